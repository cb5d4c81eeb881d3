#pragma once

#include "scorecards/ScorecardDocument.h"

#include <QAbstractItemModel>

namespace qadesk::ui {

// The sections and questions of the card being edited, with each one's share of the total
// score. Rows move by drag and drop (as undoable document edits). Structural changes reset the
// model; changes of text and weights are dataChanged.
class ScorecardTreeModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { TextColumn, IdColumn, WeightColumn, ShareColumn, ColumnCount };

    explicit ScorecardTreeModel(ScorecardDocument *document, QObject *parent = nullptr);

    [[nodiscard]] QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex &child) const override;
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    [[nodiscard]] Qt::DropActions supportedDropActions() const override;
    [[nodiscard]] QStringList mimeTypes() const override;
    [[nodiscard]] QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    // Items the file format finds a problem with are shown in red.
    void setProblems(const QList<CardPath> &paths);

    [[nodiscard]] CardPath pathOf(const QModelIndex &index) const;
    [[nodiscard]] QModelIndex indexOf(const CardPath &path, int column = TextColumn) const;

Q_SIGNALS:
    // After a drop: where the moved item is now.
    void moved(const CardPath &path);

private:
    void onChanged();
    [[nodiscard]] QList<QStringList> shape() const;

    ScorecardDocument *m_document;
    QList<QStringList> m_shape;
    QList<CardPath> m_problems;     // ids per section, to tell a structural change from an edit
};

} // namespace qadesk::ui
