#include "DisputesPage.h"

#include "DisputeListModel.h"
#include "DisputeView.h"
#include "OpenDisputeForm.h"
#include "disputes/DisputeService.h"
#include "domain/Evaluation.h"
#include "widgets/RecordTable.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace qadesk::ui {

DisputesPage::DisputesPage(QWidget *parent)
    : QWidget(parent)
    , m_filter(new QComboBox(this))
    , m_onBehalf(new QComboBox(this))
    , m_disputeOnBehalf(new QPushButton(tr("Dispute…"), this))
    , m_table(new QTableView(this))
    , m_model(new DisputeListModel(this))
    , m_right(new QStackedWidget(this))
    , m_view(new DisputeView(this))
    , m_form(new OpenDisputeForm(this))
{
    setObjectName(u"disputesPage"_s);
    m_filter->setObjectName(u"disputeFilter"_s);
    m_filter->setAccessibleName(tr("Show"));
    m_filter->addItems({tr("Waiting for me"), tr("Not closed"), tr("All")});
    m_filter->setCurrentIndex(1);
    connect(m_filter, &QComboBox::currentIndexChanged, this, &DisputesPage::reload);
    m_table->setObjectName(u"disputeTable"_s);
    m_table->setModel(m_model);
    RecordTable::configure(m_table);
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DisputesPage::showSelected);
    m_right->addWidget(m_view);
    m_right->addWidget(m_form);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(new QLabel(tr("Show:"), this));
    filterRow->addWidget(m_filter, 1);
    leftLayout->addLayout(filterRow);
    leftLayout->addWidget(m_table, 1);
    m_onBehalf->setObjectName(u"disputeOnBehalfChoice"_s);
    m_onBehalf->setAccessibleName(tr("Evaluation to dispute for an engineer of your team"));
    m_disputeOnBehalf->setObjectName(u"disputeOnBehalf"_s);
    auto *onBehalfRow = new QHBoxLayout;
    onBehalfRow->addWidget(m_onBehalf, 1);
    onBehalfRow->addWidget(m_disputeOnBehalf);
    leftLayout->addLayout(onBehalfRow);
    connect(m_disputeOnBehalf, &QPushButton::clicked, this, [this] {
        if (m_onBehalf->currentIndex() >= 0)
            openDisputeOn(m_onBehalf->currentData().toLongLong());
    });
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(m_right);
    splitter->setSizes({420, 980});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    setFocusProxy(m_table);

    connect(m_view, &DisputeView::disputeChanged, this, [this](qint64 id) {
        reload();
        fillOnBehalf();
        const int row = m_model->rowOf(id);
        if (row >= 0)
            m_table->selectRow(row);
        Q_EMIT changed();
    });
    connect(m_view, &DisputeView::message, this, &DisputesPage::message);
    connect(m_form, &OpenDisputeForm::opened, this, [this](qint64 id) {
        m_filter->setCurrentIndex(1);
        fillOnBehalf();
        Q_EMIT message(tr("Dispute %1 opened; your team lead decides whether it goes to arbitration.").arg(id));
        Q_EMIT changed();
        showDispute(id);
    });
    connect(m_form, &OpenDisputeForm::cancelled, this, [this] {
        m_right->setCurrentWidget(m_view);
        showSelected();
    });
}

void DisputesPage::setContext(Database *db, const Person &person)
{
    m_db = db;
    m_person = person;
    m_view->setContext(db, person);
    m_form->setContext(db, person);
    reload();
    fillOnBehalf();
}

void DisputesPage::fillOnBehalf()
{
    const bool lead = m_db && m_person.hasRole(Role::TeamLead);
    m_onBehalf->setVisible(lead);
    m_disputeOnBehalf->setVisible(lead);
    m_onBehalf->clear();
    if (!lead)
        return;
    const QLocale locale;
    for (const Evaluation &e : DisputeService(*m_db).disputableBy(m_person.id).value_or(QList<Evaluation>())) {
        m_onBehalf->addItem(tr("%1 · ticket %2 · %3").arg(e.engineerName, e.ticketExternalId,
                                                          e.score ? locale.toString(*e.score, 'f', 1) : tr("unscored")),
                            e.id);
    }
    m_disputeOnBehalf->setEnabled(m_onBehalf->count() > 0);
}

void DisputesPage::reload()
{
    if (!m_db)
        return;
    const qint64 selected = m_view->disputeId();
    DisputeService service(*m_db);
    const Result<QList<Dispute>> visible = service.visibleTo(m_person.id);
    QList<Dispute> shown;
    for (const Dispute &d : visible.value_or(QList<Dispute>())) {
        if (m_filter->currentIndex() == 2 || (m_filter->currentIndex() == 1 && d.isActive()))
            shown.append(d);
        else if (m_filter->currentIndex() == 0 && !service.actionsFor(d, m_person.id).value_or(QList<DisputeAction>()).isEmpty())
            shown.append(d);
    }
    m_model->setDisputes(shown);
    m_table->resizeColumnsToContents();
    const int row = m_model->rowOf(selected);
    if (row >= 0) {
        m_table->selectRow(row);
    } else if (selected) {
        // The dispute just acted on left this filter (resolved, say): it stays in view.
        m_table->clearSelection();
    } else if (m_right->currentWidget() == m_view) {
        if (shown.isEmpty())
            m_view->clear(visible ? tr("No disputes here.") : visible.error().message);
        else
            m_table->selectRow(0);
    }
}

void DisputesPage::showSelected()
{
    const Dispute *d = m_model->disputeAt(m_table->currentIndex().row());
    if (!d)
        return;
    m_right->setCurrentWidget(m_view);
    if (d->id != m_view->disputeId())
        m_view->showDispute(d->id);
}

void DisputesPage::showDispute(qint64 disputeId)
{
    m_right->setCurrentWidget(m_view);
    int row = m_model->rowOf(disputeId);
    if (row < 0) {
        m_filter->setCurrentIndex(2);
        row = m_model->rowOf(disputeId);
    }
    m_view->showDispute(disputeId);
    if (row >= 0)
        m_table->selectRow(row);
}

void DisputesPage::openDisputeOn(qint64 evaluationId)
{
    m_right->setCurrentWidget(m_form);
    m_form->showEvaluation(evaluationId);
}

} // namespace qadesk::ui
