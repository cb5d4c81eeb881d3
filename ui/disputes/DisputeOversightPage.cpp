#include "DisputeOversightPage.h"

#include "disputes/DisputeOversight.h"
#include "disputes/DisputeService.h"
#include "widgets/RecordTable.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace qadesk::ui {

namespace {
QTableWidget *table(const QString &name, const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(parent);
    t->setObjectName(name);
    t->setColumnCount(int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    RecordTable::configure(t);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

void fillRates(QTableWidget *t, const QList<OverturnRate> &rates)
{
    const QLocale locale;
    t->setRowCount(int(rates.size()));
    for (int row = 0; row < rates.size(); ++row) {
        const OverturnRate &r = rates.at(row);
        const QStringList cells{r.label, QString::number(r.resolved), QString::number(r.overturned),
                                locale.toString(100.0 * r.rate(), 'f', 0) + u" %"_s};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(r.key);
            t->setItem(row, c, item);
        }
    }
    t->resizeColumnsToContents();
}
} // namespace

DisputeOversightPage::DisputeOversightPage(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_window(new QSpinBox(this))
    , m_saveWindow(new QPushButton(tr("Save"), this))
{
    setObjectName(u"disputeOversightPage"_s);
    m_summary->setObjectName(u"oversightSummary"_s);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_open = table(u"openDisputesByAge"_s, {tr("No."), tr("Age (days)"), tr("Status"), tr("Ticket"), tr("Engineer"), tr("Trainer")}, this);
    m_trainers = table(u"overturnByTrainer"_s, {tr("Trainer"), tr("Resolved"), tr("Overturned"), tr("Rate")}, this);
    m_questions = table(u"overturnByQuestion"_s, {tr("Question"), tr("Arbitrated"), tr("Changed"), tr("Rate")}, this);
    m_window->setObjectName(u"disputeWindowDays"_s);
    m_window->setRange(1, 365);
    m_window->setSuffix(tr(" days"));
    m_window->setAccessibleName(tr("Days to open a dispute after submission"));
    m_saveWindow->setObjectName(u"saveDisputeWindow"_s);
    connect(m_saveWindow, &QPushButton::clicked, this, &DisputeOversightPage::saveWindow);
    connect(m_open, &QTableWidget::cellActivated, this, [this](int row, int) {
        if (QTableWidgetItem *item = m_open->item(row, 0))
            Q_EMIT disputeRequested(item->text().toLongLong());
    });

    auto *windowRow = new QHBoxLayout;
    windowRow->addWidget(new QLabel(tr("A dispute can be opened up to"), this));
    windowRow->addWidget(m_window);
    windowRow->addWidget(new QLabel(tr("after submission."), this));
    windowRow->addWidget(m_saveWindow);
    windowRow->addStretch(1);
    auto *grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("<b>Open disputes, oldest first</b>"), this), 0, 0, 1, 2);
    grid->addWidget(m_open, 1, 0, 1, 2);
    grid->addWidget(new QLabel(tr("<b>Overturn rate by trainer</b> (often overturned: calibrate)"), this), 2, 0);
    grid->addWidget(new QLabel(tr("<b>Overturn rate by question</b> (often overturned: ambiguous)"), this), 2, 1);
    grid->addWidget(m_trainers, 3, 0);
    grid->addWidget(m_questions, 3, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(windowRow);
    layout->addLayout(grid, 1);
}

void DisputeOversightPage::setContext(Database *db, const Person &person)
{
    m_db = db;
    m_person = person;
    const bool admin = person.hasRole(Role::Admin);
    m_window->setEnabled(admin);
    m_saveWindow->setVisible(admin);
    reload();
}

void DisputeOversightPage::reload()
{
    if (!m_db)
        return;
    DisputeService service(*m_db);
    const Result<QList<Dispute>> disputes = service.visibleTo(m_person.id);
    if (!disputes) {
        m_summary->setText(disputes.error().message.toHtmlEscaped());
        return;
    }
    m_window->setValue(service.windowDays().value_or(DisputeService::defaultWindowDays));
    const DisputeOversightReport r = DisputeOversightReport::compute(*disputes, QDateTime::currentDateTimeUtc());
    const QLocale locale;
    const auto days = [&](const std::optional<double> &d) { return d ? locale.toString(*d, 'f', 1) : u"—"_s; };
    m_summary->setText(tr("<h3>Disputes</h3>%1 open · %2 resolved · %3 declined · %4 withdrawn · time to resolution: "
                          "median %5 days, mean %6 days")
                           .arg(r.open.size())
                           .arg(r.resolved)
                           .arg(r.declined)
                           .arg(r.withdrawn)
                           .arg(days(r.medianDaysToResolution), days(r.meanDaysToResolution)));
    m_open->setRowCount(int(r.open.size()));
    for (int row = 0; row < r.open.size(); ++row) {
        const OpenDisputeAge &a = r.open.at(row);
        const QStringList cells{QString::number(a.disputeId), locale.toString(a.ageDays, 'f', 1), disputeStatusLabel(a.status),
                                a.ticket, a.engineer, a.trainer};
        for (int c = 0; c < cells.size(); ++c)
            m_open->setItem(row, c, new QTableWidgetItem(cells.at(c)));
    }
    m_open->resizeColumnsToContents();
    fillRates(m_trainers, r.byTrainer);
    fillRates(m_questions, r.byQuestion);
}

void DisputeOversightPage::saveWindow()
{
    if (!m_db)
        return;
    const Status saved = DisputeService(*m_db).setWindowDays(m_window->value(), m_person.id);
    Q_EMIT message(saved ? tr("Disputes can now be opened up to %n day(s) after submission.", nullptr, m_window->value())
                         : saved.error().message);
}

} // namespace qadesk::ui
