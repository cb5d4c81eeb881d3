#include "TicketsPage.h"

#include "TicketListModel.h"
#include "storage/Database.h"
#include "storage/EvaluationStore.h"
#include "storage/TicketStore.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace qadesk::ui {

TicketsPage::TicketsPage(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
    , m_model(new TicketListModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(u"ticketsPage"_s);
    m_search->setObjectName(u"ticketSearch"_s);
    m_search->setPlaceholderText(tr("Search by ticket, subject, team or engineer (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_count->setObjectName(u"ticketCount"_s);

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortRole(Qt::EditRole);

    m_table->setObjectName(u"ticketTable"_s);
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(TicketListModel::Subject, QHeaderView::Stretch);
    m_table->sortByColumn(TicketListModel::Solved, Qt::DescendingOrder);
    m_table->installEventFilter(this);

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    setFocusProxy(m_table);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        updateCount();
    });
    connect(m_table, &QTableView::activated, this, &TicketsPage::activate);
    m_search->installEventFilter(this);
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, m_search, [this] { m_search->setFocus(); m_search->selectAll(); });
    addAction(find);
}

void TicketsPage::setDatabase(Database *db)
{
    m_db = db;
    reload();
}

void TicketsPage::reload()
{
    if (!m_db)
        return;
    Result<QList<Ticket>> tickets = TicketStore(*m_db).list();
    const Result<QList<Evaluation>> evaluations = EvaluationStore(*m_db).list();
    QHash<qint64, double> scores;
    if (evaluations) {
        // The list is newest first: keep the first normal, submitted score of each ticket.
        for (const Evaluation &e : *evaluations) {
            if (e.kind == EvaluationKind::Normal && e.status == EvaluationStatus::Submitted && e.score
                && !scores.contains(e.ticketId))
                scores.insert(e.ticketId, *e.score);
        }
    }
    m_model->setTickets(tickets ? std::move(*tickets) : QList<Ticket>(), scores);
    if (!tickets)
        m_count->setText(tr("Tickets could not be read: %1").arg(tickets.error().message));
    else
        updateCount();
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(TicketListModel::Subject, QHeaderView::Stretch);
    if (m_proxy->rowCount() > 0)
        m_table->selectRow(0);
}

void TicketsPage::updateCount()
{
    m_count->setText(tr("%1 of %n ticket(s)", nullptr, m_model->rowCount()).arg(m_proxy->rowCount()));
}

void TicketsPage::activate(const QModelIndex &proxyIndex)
{
    if (!proxyIndex.isValid())
        return;
    const qint64 id = m_proxy->data(proxyIndex, TicketListModel::TicketIdRole).toLongLong();
    if (id > 0)
        Q_EMIT ticketActivated(id);
}

bool TicketsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (watched == m_table && enter) {
            activate(m_table->currentIndex());
            return true;
        }
        // From the search box, Down and Enter go to the list.
        if (watched == m_search && (key->key() == Qt::Key_Down || enter)) {
            m_table->setFocus();
            if (!m_table->currentIndex().isValid() && m_proxy->rowCount() > 0)
                m_table->selectRow(0);
            if (enter)
                activate(m_table->currentIndex());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace qadesk::ui
