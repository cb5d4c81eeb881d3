#pragma once

#include "domain/Evaluation.h"
#include "scoring/Scorecard.h"

#include <QWidget>

#include <optional>

class QLabel;
class QVBoxLayout;

namespace qadesk::ui {

// A scorecard with its sections and questions, each question's real share of the total score,
// and, for an evaluated ticket, the answers, comments and the score with its trace.
class ScorecardView final : public QWidget
{
    Q_OBJECT

public:
    explicit ScorecardView(QWidget *parent = nullptr);

    void showCard(const Scorecard &card, const std::optional<Evaluation> &evaluation);
    void showMessage(const QString &text);

    // Each criterion's share of the total score when everything is answered (0–1).
    static QHash<QString, double> effectiveShares(const Scorecard &card);

private:
    void clear();

    QLabel *m_summary = nullptr;
    QWidget *m_body = nullptr;
    QVBoxLayout *m_bodyLayout = nullptr;
};

} // namespace qadesk::ui
