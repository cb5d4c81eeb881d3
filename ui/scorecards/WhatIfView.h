#pragma once

#include "scoring/Scorecard.h"

#include <QWidget>

class QDateEdit;
class QLabel;
class QTableWidget;

namespace qadesk {
class Database;
struct WhatIfResult;
struct WhatIfRow;
}

namespace qadesk::ui {

// "What if this draft were published": the KPI per engineer and per team for a chosen period,
// as stored and re-scored under the draft, with the change; questions new in the draft are
// named as left out like N/A.
class WhatIfView final : public QWidget
{
    Q_OBJECT

public:
    explicit WhatIfView(QWidget *parent = nullptr);

    void setContext(Database *db);
    void setDraft(const Scorecard &draft);
    void setPeriod(const QDate &from, const QDate &to);
    // Re-scores now; the numbers come from WhatIfAnalysis (the same as `qadesk scorecards whatif`).
    void run();

Q_SIGNALS:
    void backRequested();

private:
    void fill(QTableWidget *table, const QList<WhatIfRow> &rows);

    Database *m_db = nullptr;
    Scorecard m_draft;
    QLabel *m_title;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_summary;
    QLabel *m_newQuestions;
    QTableWidget *m_engineers;
    QTableWidget *m_teams;
};

} // namespace qadesk::ui
