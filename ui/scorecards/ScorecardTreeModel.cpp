#include "ScorecardTreeModel.h"

#include "scoring/ScorecardShares.h"

#include <QDataStream>
#include <QColor>
#include <QFont>
#include <QIODevice>
#include <QLocale>
#include <QMimeData>

using namespace Qt::StringLiterals;

namespace qadesk::ui {

namespace {

const QString mimeType = u"application/x-qadesk-scorecard-item"_s;
// Internal ids: 0 for a section row, section index + 1 for a question row.
constexpr quintptr sectionRow = 0;

} // namespace

ScorecardTreeModel::ScorecardTreeModel(ScorecardDocument *document, QObject *parent)
    : QAbstractItemModel(parent)
    , m_document(document)
    , m_shape(shape())
{
    connect(m_document, &ScorecardDocument::changed, this, &ScorecardTreeModel::onChanged);
}

QList<QStringList> ScorecardTreeModel::shape() const
{
    QList<QStringList> ids;
    for (const ScorecardSection &s : m_document->card().sections) {
        QStringList questions{s.id};
        for (const Criterion &c : s.criteria)
            questions.append(c.id);
        ids.append(questions);
    }
    return ids;
}

void ScorecardTreeModel::onChanged()
{
    const QList<QStringList> now = shape();
    bool sameRows = now.size() == m_shape.size();
    for (qsizetype i = 0; sameRows && i < now.size(); ++i)
        sameRows = now.at(i).size() == m_shape.at(i).size();
    if (!sameRows || now != m_shape) {
        beginResetModel();
        m_shape = now;
        endResetModel();
        return;
    }
    // Same items in the same places: only texts and weights (and so every share) changed.
    for (int s = 0; s < rowCount(); ++s) {
        Q_EMIT dataChanged(index(s, 0), index(s, ColumnCount - 1));
        const QModelIndex section = index(s, 0);
        if (rowCount(section) > 0)
            Q_EMIT dataChanged(index(0, 0, section), index(rowCount(section) - 1, ColumnCount - 1, section));
    }
}

QModelIndex ScorecardTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, sectionRow);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex ScorecardTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == sectionRow)
        return {};
    return createIndex(int(child.internalId() - 1), 0, sectionRow);
}

int ScorecardTreeModel::rowCount(const QModelIndex &parent) const
{
    const Scorecard &card = m_document->card();
    if (!parent.isValid())
        return int(card.sections.size());
    if (parent.column() != 0 || parent.internalId() != sectionRow || parent.row() >= card.sections.size())
        return 0;
    return int(card.sections.at(parent.row()).criteria.size());
}

int ScorecardTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

CardPath ScorecardTreeModel::pathOf(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == sectionRow)
        return {index.row(), -1};
    return {qsizetype(index.internalId() - 1), index.row()};
}

QModelIndex ScorecardTreeModel::indexOf(const CardPath &path, int column) const
{
    if (path.isSection())
        return index(int(path.section), column);
    if (path.isQuestion())
        return index(int(path.question), column, index(int(path.section), 0));
    return {};
}

QVariant ScorecardTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Scorecard &card = m_document->card();
    const CardPath path = pathOf(index);
    if (path.section >= card.sections.size())
        return {};
    const ScorecardSection &section = card.sections.at(path.section);
    if (path.isQuestion() && path.question >= section.criteria.size())
        return {};
    const Criterion *question = path.isQuestion() ? &section.criteria.at(path.question) : nullptr;
    const QLocale locale;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case TextColumn:
            if (!question)
                return section.title;
            return question->critical ? tr("%1 (critical)").arg(question->text) : question->text;
        case IdColumn: return question ? question->id : section.id;
        case WeightColumn: return locale.toString(question ? question->weight : section.weight, 'g', 6);
        case ShareColumn: {
            const double share = question ? ScorecardShares::question(card, path.section, path.question)
                                          : ScorecardShares::section(card, path.section);
            return tr("%1 %").arg(locale.toString(share, 'f', 1));
        }
        default: break;
        }
    }
    if (role == Qt::ForegroundRole && m_problems.contains(path))
        return QColor(0xb0, 0x00, 0x20);
    if (role == Qt::TextAlignmentRole && index.column() >= WeightColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::FontRole && !question && index.column() == TextColumn) {
        QFont font;
        font.setBold(true);
        return font;
    }
    return {};
}

void ScorecardTreeModel::setProblems(const QList<CardPath> &paths)
{
    if (paths == m_problems)
        return;
    m_problems = paths;
    onChanged();
}

QVariant ScorecardTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TextColumn: return tr("Section / question");
    case IdColumn: return tr("ID");
    case WeightColumn: return tr("Weight");
    case ShareColumn: return tr("Share of score");
    default: return {};
    }
}

Qt::ItemFlags ScorecardTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
    if (index.internalId() == sectionRow)
        f |= Qt::ItemIsDropEnabled;
    return f;
}

Qt::DropActions ScorecardTreeModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList ScorecardTreeModel::mimeTypes() const
{
    return {mimeType};
}

QMimeData *ScorecardTreeModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    const CardPath path = pathOf(indexes.first());
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    stream << qint64(path.section) << qint64(path.question);
    auto *mime = new QMimeData;
    mime->setData(mimeType, bytes);
    return mime;
}

bool ScorecardTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                                      const QModelIndex &parent)
{
    if (action != Qt::MoveAction || !data || !data->hasFormat(mimeType))
        return false;
    QDataStream stream(data->data(mimeType));
    qint64 section = -1;
    qint64 question = -1;
    stream >> section >> question;
    const CardPath from{section, question};
    CardPath to;
    const CardPath target = pathOf(parent);
    if (from.isSection()) {
        // Sections are dropped between sections only.
        if (parent.isValid())
            to = {target.section + 1, -1};
        else
            to = {row < 0 ? rowCount() : row, -1};
    } else if (from.isQuestion()) {
        if (!parent.isValid())
            return false;
        to = {target.section, row};
    } else {
        return false;
    }
    const CardPath now = m_document->moveTo(from, to);
    Q_EMIT moved(now);
    // The document already moved the rows (the model was reset); nothing for the view to remove.
    return false;
}

} // namespace qadesk::ui
