#include "WhatIfView.h"

#include "kpi/WhatIfAnalysis.h"
#include "widgets/RecordTable.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace qadesk::ui {

namespace {

// Sorts by the number, not by its text ("9.5" before "10.2").
class NumberItem final : public QTableWidgetItem
{
public:
    bool operator<(const QTableWidgetItem &other) const override
    {
        return data(Qt::UserRole).toDouble() < other.data(Qt::UserRole).toDouble();
    }
};

QTableWidget *resultTable(QWidget *parent, const QString &name, const QString &first)
{
    auto *table = new QTableWidget(0, 6, parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels({first, WhatIfView::tr("Evaluations"), WhatIfView::tr("Re-scored"),
                                      WhatIfView::tr("KPI before"), WhatIfView::tr("KPI after"),
                                      WhatIfView::tr("Change")});
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    RecordTable::configure(table);
    table->setSortingEnabled(true);
    table->sortByColumn(0, Qt::AscendingOrder);
    return table;
}

QTableWidgetItem *numberItem(const std::optional<double> &value, int decimals, bool signedChange = false)
{
    auto *item = new NumberItem;
    item->setData(Qt::UserRole, value ? *value : -1e9); // no KPI sorts first
    if (value) {
        const QString text = QLocale().toString(*value, 'f', decimals);
        item->setText(signedChange && *value > 0.0005 ? u"+"_s + text : text);
        if (signedChange && std::abs(*value) >= 0.005)
            item->setForeground(*value > 0 ? QColor(0x1b, 0x7f, 0x3b) : QColor(0xb0, 0x00, 0x20));
    } else {
        item->setText(u"—"_s);
    }
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

WhatIfView::WhatIfView(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_summary(new QLabel(this))
    , m_newQuestions(new QLabel(this))
    , m_engineers(resultTable(this, u"whatIfEngineers"_s, tr("Engineer")))
    , m_teams(resultTable(this, u"whatIfTeams"_s, tr("Team")))
{
    m_title->setObjectName(u"whatIfTitle"_s);
    QFont big = m_title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_title->setFont(big);
    m_from->setObjectName(u"whatIfFrom"_s);
    m_to->setObjectName(u"whatIfTo"_s);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"yyyy-MM-dd"_s);
    }
    const QDate today = QDate::currentDate();
    m_from->setDate(QDate(today.year(), today.month(), 1).addMonths(-2));
    m_to->setDate(today);
    m_summary->setObjectName(u"whatIfSummary"_s);
    m_summary->setWordWrap(true);
    m_newQuestions->setObjectName(u"whatIfNewQuestions"_s);
    m_newQuestions->setWordWrap(true);
    m_newQuestions->setStyleSheet(u"background: #fff4d6; color: #5a4300; padding: 6px;"_s);

    auto *runButton = new QPushButton(tr("&Re-score"), this);
    runButton->setObjectName(u"whatIfRunButton"_s);
    auto *back = new QPushButton(tr("&Back to the editor"), this);
    back->setObjectName(u"whatIfBackButton"_s);
    auto *period = new QHBoxLayout;
    period->addWidget(new QLabel(tr("Submitted from"), this));
    period->addWidget(m_from);
    period->addWidget(new QLabel(tr("to"), this));
    period->addWidget(m_to);
    period->addWidget(runButton);
    period->addStretch();
    period->addWidget(back);

    auto *tables = new QHBoxLayout;
    tables->addWidget(m_engineers, 1);
    tables->addWidget(m_teams, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(period);
    layout->addWidget(m_summary);
    layout->addWidget(m_newQuestions);
    layout->addLayout(tables, 1);
    m_newQuestions->hide();

    connect(runButton, &QPushButton::clicked, this, &WhatIfView::run);
    connect(back, &QPushButton::clicked, this, &WhatIfView::backRequested);
}

void WhatIfView::setContext(Database *db)
{
    m_db = db;
}

void WhatIfView::setDraft(const Scorecard &draft)
{
    m_draft = draft;
    m_title->setText(tr("What if \"%1\" were published as it is in the editor").arg(draft.title));
    m_engineers->setRowCount(0);
    m_teams->setRowCount(0);
    m_summary->setText(tr("Choose a period and re-score its submitted evaluations under the draft. Nothing is saved."));
    m_newQuestions->hide();
}

void WhatIfView::setPeriod(const QDate &from, const QDate &to)
{
    m_from->setDate(from);
    m_to->setDate(to);
}

void WhatIfView::run()
{
    if (!m_db)
        return;
    KpiPeriod period;
    period.from = m_from->date();
    period.to = m_to->date();
    if (period.to < period.from) {
        m_summary->setText(tr("The period ends before it starts."));
        return;
    }
    // A month of evaluations is a few hundred rows: re-scoring them takes milliseconds.
    const Result<WhatIfResult> result = WhatIfAnalysis::run(*m_db, m_draft, period);
    if (!result) {
        m_summary->setText(result.error().message);
        return;
    }
    const QLocale locale;
    const auto kpi = [&](const std::optional<double> &v) { return v ? locale.toString(*v, 'f', 2) : u"—"_s; };
    const auto percent = [&](const std::optional<double> &v) {
        return v ? locale.toString(*v * 100, 'f', 1) + u" %"_s : u"—"_s;
    };
    const WhatIfRow &all = result->overall;
    m_summary->setText(tr("%n evaluation(s) of this card re-scored. Everyone's KPI: %1 → %2 (multiplier %3 → %4). "
                          "Evaluations of other cards count the same before and after.",
                          nullptr, all.rescored)
                           .arg(kpi(all.before.kpi), kpi(all.after.kpi),
                                percent(KpiCalculator::multiplier(all.before.kpi)),
                                percent(KpiCalculator::multiplier(all.after.kpi))));
    QStringList notes;
    if (!result->newQuestions.isEmpty())
        notes.append(tr("New in the draft, so unanswered in these evaluations and left out like N/A: %1")
                         .arg(result->newQuestions.join(u", "_s)));
    if (!result->removedQuestions.isEmpty())
        notes.append(tr("Removed in the draft, so their answers no longer count: %1")
                         .arg(result->removedQuestions.join(u", "_s)));
    m_newQuestions->setText(notes.join(u'\n'));
    m_newQuestions->setVisible(!notes.isEmpty());
    fill(m_engineers, result->engineers);
    fill(m_teams, result->teams);
}

void WhatIfView::fill(QTableWidget *table, const QList<WhatIfRow> &rows)
{
    table->setSortingEnabled(false);
    table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const WhatIfRow &row = rows.at(r);
        auto *name = new QTableWidgetItem(row.name);
        name->setToolTip(row.id);
        table->setItem(r, 0, name);
        table->setItem(r, 1, numberItem(double(row.before.evaluations), 0));
        table->setItem(r, 2, numberItem(double(row.rescored), 0));
        table->setItem(r, 3, numberItem(row.before.kpi, 2));
        table->setItem(r, 4, numberItem(row.after.kpi, 2));
        table->setItem(r, 5, numberItem(row.change(), 2, true));
    }
    table->setSortingEnabled(true);
}

} // namespace qadesk::ui
