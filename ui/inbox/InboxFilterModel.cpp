#include "InboxFilterModel.h"

#include "InboxModel.h"

namespace qadesk::ui {

InboxFilterModel::InboxFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(Qt::EditRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void InboxFilterModel::setView(View view)
{
    m_view = view;
    invalidateFilter();
}

void InboxFilterModel::setTeam(const QString &team)
{
    m_team = team;
    invalidateFilter();
}

void InboxFilterModel::setEngineer(const QString &email)
{
    m_engineer = email;
    invalidateFilter();
}

void InboxFilterModel::setScorecard(const QString &scorecardId)
{
    m_scorecard = scorecardId;
    invalidateFilter();
}

void InboxFilterModel::setSolvedSince(const QDate &date)
{
    m_solvedSince = date;
    invalidateFilter();
}

void InboxFilterModel::setSearch(const QString &text)
{
    m_search = text.trimmed();
    invalidateFilter();
}

bool InboxFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto state = InboxItem::State(index.data(InboxModel::StateRole).toInt());
    switch (m_view) {
    case View::ToEvaluate:
        if (state != InboxItem::State::ToEvaluate && state != InboxItem::State::MyDraft)
            return false;
        break;
    case View::MyDrafts:
        if (state != InboxItem::State::MyDraft)
            return false;
        break;
    case View::SubmittedByMe:
        if (state != InboxItem::State::SubmittedByMe)
            return false;
        break;
    case View::All:
        break;
    case View::Assigned:
        if (index.data(InboxModel::AssignmentRole).toLongLong() == 0)
            return false;
        break;
    }
    if (!m_team.isEmpty() && index.data(InboxModel::TeamRole).toString() != m_team)
        return false;
    if (!m_engineer.isEmpty() && index.data(InboxModel::EngineerRole).toString() != m_engineer)
        return false;
    if (!m_scorecard.isEmpty() && index.data(InboxModel::ScorecardRole).toString() != m_scorecard)
        return false;
    if (m_solvedSince.isValid()) {
        const QDateTime solved = index.data(InboxModel::SolvedRole).toDateTime();
        if (!solved.isValid() || solved.toLocalTime().date() < m_solvedSince)
            return false;
    }
    if (!m_search.isEmpty()) {
        const QString id = sourceModel()->index(sourceRow, InboxModel::ExternalId, sourceParent).data().toString();
        const QString subject = sourceModel()->index(sourceRow, InboxModel::Subject, sourceParent).data().toString();
        if (!id.contains(m_search, Qt::CaseInsensitive) && !subject.contains(m_search, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace qadesk::ui
