#pragma once

class QTableView;

namespace qadesk::ui {

// How every list of records in QA Desk behaves, so that they all answer the keyboard and the
// mouse alike: a click or an arrow key chooses a whole row, one at a time; nothing is edited in
// place (changes go through a form that checks them); rows alternate in colour and carry no
// row numbers.
class RecordTable final
{
public:
    RecordTable() = delete;
    static void configure(QTableView *view);
};

} // namespace qadesk::ui
