#include "MyScoresPage.h"

#include "disputes/DisputeService.h"
#include "evaluation/ScorecardView.h"
#include "kpi/KpiCalculator.h"
#include "storage/Database.h"
#include "storage/EvaluationStore.h"
#include "storage/ScorecardStore.h"
#include "widgets/RecordTable.h"

#include <QComboBox>
#include <QHash>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace qadesk::ui {

namespace {
KpiPeriod periodFor(int index)
{
    const QDate today = QDate::currentDate();
    const QDate monthStart(today.year(), today.month(), 1);
    switch (index) {
    case 1: return {monthStart.addMonths(-1), monthStart.addDays(-1)};
    case 2: return {monthStart.addMonths(-2), today};
    case 3: return {QDate(today.year(), 1, 1), today};
    default: return {monthStart, today};
    }
}
} // namespace

MyScoresPage::MyScoresPage(QWidget *parent)
    : QWidget(parent)
    , m_period(new QComboBox(this))
    , m_kpi(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_detail(new ScorecardView(this))
    , m_dispute(new QPushButton(tr("&Dispute this score…"), this))
    , m_disputeNote(new QLabel(this))
{
    setObjectName(u"myScoresPage"_s);
    m_period->setObjectName(u"kpiPeriod"_s);
    m_period->setAccessibleName(tr("Period"));
    m_period->addItems({tr("This month"), tr("Last month"), tr("Last three months"), tr("This year")});
    connect(m_period, &QComboBox::currentIndexChanged, this, &MyScoresPage::reload);
    m_kpi->setObjectName(u"kpiSummary"_s);
    m_kpi->setTextFormat(Qt::RichText);

    m_table->setObjectName(u"myEvaluations"_s);
    m_table->setAccessibleName(tr("My evaluations"));
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels(
        {tr("Submitted"), tr("Ticket"), tr("Subject"), tr("Scorecard"), tr("Score"), tr("Dispute")});
    RecordTable::configure(m_table);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    connect(m_table, &QTableWidget::currentCellChanged, this, &MyScoresPage::showSelected);

    auto *top = new QHBoxLayout;
    top->addWidget(m_period);
    top->addWidget(m_kpi, 1);
    m_dispute->setObjectName(u"disputeScore"_s);
    m_disputeNote->setObjectName(u"disputeNote"_s);
    m_disputeNote->setWordWrap(true);
    connect(m_dispute, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row >= 0 && row < m_evaluations.size())
            Q_EMIT disputeRequested(m_evaluations.at(row).id);
    });
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *disputeRow = new QHBoxLayout;
    disputeRow->addWidget(m_disputeNote, 1);
    disputeRow->addWidget(m_dispute);
    rightLayout->addLayout(disputeRow);
    rightLayout->addWidget(m_detail, 1);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(right);
    splitter->setSizes({600, 500});
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    setFocusProxy(m_table);
}

void MyScoresPage::setContext(Database *db, const Person &person)
{
    m_db = db;
    m_person = person;
    reload();
}

void MyScoresPage::reload()
{
    if (!m_db)
        return;
    const Result<QList<Evaluation>> all = EvaluationStore(*m_db).list();
    m_evaluations.clear();
    if (all) {
        for (const Evaluation &e : *all) {
            if (e.engineerEmail == m_person.email && e.status == EvaluationStatus::Submitted
                && e.kind == EvaluationKind::Normal)
                m_evaluations.append(e);
        }
    }
    const KpiPeriod period = periodFor(m_period->currentIndex());
    const KpiFigure figure = KpiCalculator::compute(m_evaluations, period);
    const QLocale locale;
    if (figure.kpi) {
        m_kpi->setText(tr("KPI %1 — %2: <b>%3</b> from %n evaluation(s); bonus multiplier %4", nullptr, figure.evaluations)
                           .arg(locale.toString(period.from, QLocale::ShortFormat), locale.toString(period.to, QLocale::ShortFormat),
                                locale.toString(*figure.kpi, 'f', 1),
                                locale.toString(100.0 * KpiCalculator::multiplier(figure.kpi).value_or(0), 'f', 0) + u" %"_s));
    } else {
        m_kpi->setText(tr("KPI %1 — %2: no evaluations in this period yet")
                           .arg(locale.toString(period.from, QLocale::ShortFormat), locale.toString(period.to, QLocale::ShortFormat)));
    }

    // Disputes of these evaluations, oldest first: the first resolved one holds the trainer's score.
    QHash<qint64, QList<Dispute>> disputes;
    if (m_person.id) {
        const QList<Dispute> visible = DisputeService(*m_db).visibleTo(m_person.id).value_or(QList<Dispute>());
        for (auto it = visible.crbegin(); it != visible.crend(); ++it)
            disputes[it->evaluationId].append(*it);
    }
    const int current = m_table->currentRow();
    int underDispute = 0;
    m_table->setRowCount(int(m_evaluations.size()));
    for (int row = 0; row < m_evaluations.size(); ++row) {
        const Evaluation &e = m_evaluations.at(row);
        QString score = e.score ? locale.toString(*e.score, 'f', 1) : tr("unscored");
        QString marker;
        const QList<Dispute> &own = disputes[e.id];
        for (const Dispute &d : own) {
            if (d.status == DisputeStatus::Resolved && !score.contains(u'(')) {
                score += u" "_s + tr("(trainer: %1)").arg(d.originalScore ? locale.toString(*d.originalScore, 'f', 1)
                                                                           : tr("unscored"));
            }
        }
        if (!own.isEmpty()) {
            const Dispute &last = own.last();
            if (last.isActive())
                ++underDispute;
            marker = u"⚖ "_s + (last.outcome ? disputeOutcomeLabel(*last.outcome) : disputeStatusLabel(last.status));
        }
        const QStringList cells{locale.toString(e.submittedAt.toLocalTime().date(), QLocale::ShortFormat), e.ticketExternalId,
                                e.ticketSubject, e.scorecardTitle, score, marker};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column == 4 && e.criticalFailed)
                item->setToolTip(tr("A critical question failed"));
            m_table->setItem(row, column, item);
        }
    }
    if (underDispute > 0) // the score of these may still change
        m_kpi->setText(m_kpi->text() + tr(" · %n evaluation(s) under dispute", nullptr, underDispute));
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    if (!m_evaluations.isEmpty())
        m_table->selectRow(std::clamp(current, 0, int(m_evaluations.size()) - 1));
    else
        m_detail->showMessage(tr("No evaluations of your tickets yet."));
}

void MyScoresPage::showSelected()
{
    const int row = m_table->currentRow();
    if (!m_db || row < 0 || row >= m_evaluations.size())
        return;
    const Result<std::optional<Evaluation>> full = EvaluationStore(*m_db).get(m_evaluations.at(row).id);
    if (!full || !*full)
        return;
    const Result<ScorecardVersion> card = ScorecardStore(*m_db).versionById((*full)->scorecardVersionId);
    if (card)
        m_detail->showCard(card->card, **full);
    // Whether it can be disputed now, and if not, why (the window closed, a dispute is open, …).
    const Status disputable = DisputeService(*m_db).canOpen((*full)->id, m_person.id);
    m_dispute->setEnabled(disputable.has_value());
    m_disputeNote->setText(disputable ? QString() : disputable.error().message);
}

} // namespace qadesk::ui
