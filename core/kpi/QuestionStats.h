#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace qadesk {

// How one question of a scorecard version was answered in a period.
struct QuestionStat
{
    QString criterionId;
    QString sectionTitle;
    QString text;
    bool critical = false;
    int yes = 0;
    int partly = 0;
    int no = 0;
    int na = 0;
    std::optional<double> noShare;       // of the answers that are not N/A
    std::optional<double> partlyShare;   // of the answers that are not N/A
    std::optional<double> naShare;       // of all answers
};

// The per-question view of one scorecard version.
struct QuestionReport
{
    qint64 scorecardVersionId = 0;
    QString scorecardSlug;
    QString scorecardTitle;
    QString versionHash;
    int evaluations = 0;
    QList<QuestionStat> questions;       // in the card's order

    // The questions answered No most often (then Partly), worst first; never-failed ones left out.
    [[nodiscard]] QList<QuestionStat> topFailing(int count) const;
};

} // namespace qadesk
