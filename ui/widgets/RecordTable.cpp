#include "RecordTable.h"

#include <QHeaderView>
#include <QTableView>

namespace qadesk::ui {

void RecordTable::configure(QTableView *view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
}

} // namespace qadesk::ui
