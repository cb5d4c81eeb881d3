#pragma once

#include <QDate>
#include <QSortFilterProxyModel>

namespace qadesk::ui {

// The inbox's view (to evaluate, my drafts, submitted by me, all, assigned to me) and its filters: team,
// engineer, scorecard, solved period, and a search by ticket id or subject.
class InboxFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class View { ToEvaluate, MyDrafts, SubmittedByMe, All, Assigned };

    explicit InboxFilterModel(QObject *parent = nullptr);

    void setView(View view);
    void setTeam(const QString &team);
    void setEngineer(const QString &email);
    void setScorecard(const QString &scorecardId);
    void setSolvedSince(const QDate &date);       // invalid: any time
    void setSearch(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    View m_view = View::ToEvaluate;
    QString m_team;
    QString m_engineer;
    QString m_scorecard;
    QDate m_solvedSince;
    QString m_search;
};

} // namespace qadesk::ui
