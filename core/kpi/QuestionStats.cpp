#include "QuestionStats.h"

#include <algorithm>

namespace qadesk {

QList<QuestionStat> QuestionReport::topFailing(int count) const
{
    QList<QuestionStat> failing;
    for (const QuestionStat &q : questions) {
        if (q.no + q.partly > 0)
            failing.append(q);
    }
    std::stable_sort(failing.begin(), failing.end(), [](const QuestionStat &a, const QuestionStat &b) {
        if (a.noShare.value_or(0) != b.noShare.value_or(0))
            return a.noShare.value_or(0) > b.noShare.value_or(0);
        return a.partlyShare.value_or(0) > b.partlyShare.value_or(0);
    });
    if (failing.size() > count)
        failing.resize(count);
    return failing;
}

} // namespace qadesk
