#include "InboxPage.h"

#include "ActionButtonDelegate.h"
#include "InboxFilterModel.h"
#include "InboxModel.h"
#include "storage/Database.h"
#include "storage/PeopleStore.h"
#include "widgets/RecordTable.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace qadesk::ui {

namespace {
QComboBox *makeCombo(QWidget *parent, const QString &name, const QString &accessibleName)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(name);
    combo->setAccessibleName(accessibleName);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return combo;
}
} // namespace

InboxPage::InboxPage(QWidget *parent)
    : QWidget(parent)
    , m_view(makeCombo(this, u"inboxView"_s, tr("Which tickets")))
    , m_team(makeCombo(this, u"teamFilter"_s, tr("Team")))
    , m_engineer(makeCombo(this, u"engineerFilter"_s, tr("Engineer")))
    , m_scorecard(makeCombo(this, u"scorecardFilter"_s, tr("Scorecard")))
    , m_period(makeCombo(this, u"periodFilter"_s, tr("Solved")))
    , m_search(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
    , m_model(new InboxModel(this))
    , m_proxy(new InboxFilterModel(this))
{
    setObjectName(u"inboxPage"_s);
    m_view->addItem(tr("To evaluate"), int(InboxFilterModel::View::ToEvaluate));
    m_view->addItem(tr("My drafts"), int(InboxFilterModel::View::MyDrafts));
    m_view->addItem(tr("Submitted by me"), int(InboxFilterModel::View::SubmittedByMe));
    m_view->addItem(tr("All tickets"), int(InboxFilterModel::View::All));
    m_view->addItem(tr("Assigned to me"), int(InboxFilterModel::View::Assigned));
    m_period->addItem(tr("Solved any time"));
    m_period->addItem(tr("Solved in the last 7 days"));
    m_period->addItem(tr("Solved this month"));
    m_period->addItem(tr("Solved in the last 30 days"));
    m_period->addItem(tr("Solved in the last 90 days"));

    m_search->setObjectName(u"ticketSearch"_s);
    m_search->setAccessibleName(tr("Search by ticket id or subject"));
    m_search->setPlaceholderText(tr("Ticket id or subject (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_count->setObjectName(u"ticketCount"_s);

    m_proxy->setSourceModel(m_model);
    m_table->setObjectName(u"ticketTable"_s);
    m_table->setAccessibleName(tr("Tickets"));
    m_table->setModel(m_proxy);
    RecordTable::configure(m_table);
    m_table->setSortingEnabled(true);
    m_table->setMouseTracking(true);
    m_table->sortByColumn(InboxModel::Solved, Qt::DescendingOrder);
    auto *buttons = new ActionButtonDelegate(m_table);
    m_table->setItemDelegateForColumn(InboxModel::Action, buttons);
    connect(buttons, &ActionButtonDelegate::clicked, this, &InboxPage::activateRow);
    connect(m_table, &QTableView::doubleClicked, this, &InboxPage::activateRow);
    m_table->installEventFilter(this);
    m_search->installEventFilter(this);

    auto *filters = new QHBoxLayout;
    for (QWidget *w : {static_cast<QWidget *>(m_view), static_cast<QWidget *>(m_team), static_cast<QWidget *>(m_engineer),
                       static_cast<QWidget *>(m_scorecard), static_cast<QWidget *>(m_period)})
        filters->addWidget(w);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    setFocusProxy(m_table);

    connect(m_view, &QComboBox::currentIndexChanged, this, [this] {
        const auto view = InboxFilterModel::View(m_view->currentData().toInt());
        m_proxy->setView(view);
        if (view == InboxFilterModel::View::Assigned)
            m_table->sortByColumn(InboxModel::Due, Qt::AscendingOrder); // what is due first
        updateCount();
    });
    connect(m_team, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setTeam(m_team->currentData().toString());
        updateCount();
    });
    connect(m_engineer, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setEngineer(m_engineer->currentData().toString());
        updateCount();
    });
    connect(m_scorecard, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setScorecard(m_scorecard->currentData().toString());
        updateCount();
    });
    connect(m_period, &QComboBox::currentIndexChanged, this, &InboxPage::applyPeriod);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setSearch(text);
        updateCount();
    });
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    addAction(find);
}

void InboxPage::setContext(Database *db, const Person &person)
{
    m_db = db;
    m_person = person;
    reload();
}

void InboxPage::reload()
{
    if (!m_db)
        return;
    const QModelIndex current = m_table->currentIndex();
    const qint64 selected = current.isValid() ? current.data(InboxModel::TicketIdRole).toLongLong() : 0;
    Result<QList<InboxItem>> items = TrainerInbox::build(*m_db, m_person);
    if (!items) {
        m_model->setItems({});
        m_count->setText(tr("The tickets could not be read: %1").arg(items.error().message));
        return;
    }
    m_model->setItems(std::move(*items));
    fillFilters();
    updateAssignedLabel();
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(InboxModel::Subject, QHeaderView::Stretch);
    updateCount();
    if (selected)
        selectTicket(selected);
    if (!m_table->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_table->selectRow(0);
}

void InboxPage::fillFilters()
{
    auto refill = [](QComboBox *combo, const QString &allLabel, const QMap<QString, QString> &entries) {
        const QString current = combo->currentData().toString();
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(allLabel, QString());
        for (auto it = entries.begin(); it != entries.end(); ++it)
            combo->addItem(it.value(), it.key());
        combo->setCurrentIndex(std::max(0, combo->findData(current)));
    };
    QMap<QString, QString> teams;
    QMap<QString, QString> engineers;
    QMap<QString, QString> cards;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const InboxItem *item = m_model->itemAt(row);
        if (!item->ticket.team.isEmpty())
            teams.insert(item->ticket.team, item->ticket.teamName.isEmpty() ? item->ticket.team : item->ticket.teamName);
        if (!item->ticket.assigneeEmail.isEmpty())
            engineers.insert(item->ticket.assigneeEmail,
                             item->ticket.assigneeName.isEmpty() ? item->ticket.assigneeEmail : item->ticket.assigneeName);
        if (!item->scorecardId.isEmpty())
            cards.insert(item->scorecardId, item->scorecardTitle);
    }
    refill(m_team, tr("All teams"), teams);
    refill(m_engineer, tr("All engineers"), engineers);
    refill(m_scorecard, tr("All scorecards"), cards);
}

void InboxPage::updateAssignedLabel()
{
    int open = 0;
    int overdue = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const InboxItem *item = m_model->itemAt(row);
        if (item->assignmentId && !item->assignmentDone) {
            ++open;
            overdue += m_model->index(row, 0).data(InboxModel::OverdueRole).toBool() ? 1 : 0;
        }
    }
    const int at = m_view->findData(int(InboxFilterModel::View::Assigned));
    m_view->setItemText(at, overdue > 0 ? tr("Assigned to me (%1 open, %2 overdue)").arg(open).arg(overdue)
                            : open > 0  ? tr("Assigned to me (%1 open)").arg(open)
                                        : tr("Assigned to me"));
}

void InboxPage::applyPeriod(int index)
{
    const QDate today = QDate::currentDate();
    QDate since;
    switch (index) {
    case 1: since = today.addDays(-6); break;
    case 2: since = QDate(today.year(), today.month(), 1); break;
    case 3: since = today.addDays(-29); break;
    case 4: since = today.addDays(-89); break;
    default: break;
    }
    m_proxy->setSolvedSince(since);
    updateCount();
}

void InboxPage::updateCount()
{
    m_count->setText(tr("%1 of %n ticket(s)", nullptr, m_model->rowCount()).arg(m_proxy->rowCount()));
}

void InboxPage::activateRow(const QModelIndex &proxyIndex)
{
    if (!proxyIndex.isValid())
        return;
    const qint64 id = m_proxy->data(proxyIndex, InboxModel::TicketIdRole).toLongLong();
    const auto state = InboxItem::State(m_proxy->data(proxyIndex, InboxModel::StateRole).toInt());
    if (state == InboxItem::State::ToEvaluate)
        Q_EMIT startRequested(id);
    else
        Q_EMIT openRequested(id);
}

qint64 InboxPage::adjacentTicket(qint64 ticketId, int step) const
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        if (m_proxy->index(row, 0).data(InboxModel::TicketIdRole).toLongLong() == ticketId) {
            const int target = row + step;
            if (target < 0 || target >= m_proxy->rowCount())
                return 0;
            return m_proxy->index(target, 0).data(InboxModel::TicketIdRole).toLongLong();
        }
    }
    return 0;
}

void InboxPage::selectTicket(qint64 ticketId)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        if (m_proxy->index(row, 0).data(InboxModel::TicketIdRole).toLongLong() == ticketId) {
            m_table->selectRow(row);
            m_table->scrollTo(m_proxy->index(row, 0));
            return;
        }
    }
}

bool InboxPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (watched == m_table && enter && key->modifiers() == Qt::NoModifier) {
            activateRow(m_table->currentIndex());
            return true;
        }
        // From the search box, Down and Enter go to the list.
        if (watched == m_search && (key->key() == Qt::Key_Down || enter)) {
            m_table->setFocus();
            if (!m_table->currentIndex().isValid() && m_proxy->rowCount() > 0)
                m_table->selectRow(0);
            if (enter)
                activateRow(m_table->currentIndex());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace qadesk::ui
