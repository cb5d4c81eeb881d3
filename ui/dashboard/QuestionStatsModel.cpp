#include "QuestionStatsModel.h"

using namespace Qt::StringLiterals;

namespace qadesk::ui {

namespace {
QString percent(const std::optional<double> &share)
{
    return share ? QString::number(*share * 100, 'f', 1) + u" %"_s : u"—"_s;
}
} // namespace

QuestionStatsModel::QuestionStatsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void QuestionStatsModel::setReport(const QuestionReport &report)
{
    beginResetModel();
    m_report = report;
    endResetModel();
}

int QuestionStatsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_report.questions.size());
}

int QuestionStatsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QuestionStatsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_report.questions.size())
        return {};
    const QuestionStat &q = m_report.questions.at(index.row());
    const auto column = Column(index.column());
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Question: return q.critical ? q.text + u" ⚑"_s : q.text;
        case Section: return q.sectionTitle;
        case Answers: return q.yes + q.partly + q.no + q.na;
        case NoShare: return percent(q.noShare);
        case PartlyShare: return percent(q.partlyShare);
        case NaShare: return percent(q.naShare);
        case ColumnCount: break;
        }
        return {};
    }
    if (role == SortRole) {
        switch (column) {
        case Question: return q.text;
        case Section: return q.sectionTitle;
        case Answers: return q.yes + q.partly + q.no + q.na;
        case NoShare: return q.noShare.value_or(-1);
        case PartlyShare: return q.partlyShare.value_or(-1);
        case NaShare: return q.naShare.value_or(-1);
        case ColumnCount: break;
        }
        return {};
    }
    if (role == Qt::ToolTipRole)
        return tr("Yes %1, Partly %2, No %3, N/A %4").arg(q.yes).arg(q.partly).arg(q.no).arg(q.na);
    if (role == Qt::TextAlignmentRole && column >= Answers)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant QuestionStatsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Question: return tr("Question");
    case Section: return tr("Section");
    case Answers: return tr("Answers");
    case NoShare: return tr("No");
    case PartlyShare: return tr("Partly");
    case NaShare: return tr("N/A");
    case ColumnCount: break;
    }
    return {};
}

} // namespace qadesk::ui
