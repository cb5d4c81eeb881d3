#include "OutboxPage.h"

#include "mail/MailOutbox.h"
#include "mail/OutboxModel.h"
#include "widgets/RecordTable.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace qadesk::ui {

OutboxPage::OutboxPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new OutboxModel(this))
    , m_table(new QTableView(this))
    , m_filter(new QComboBox(this))
    , m_retry(new QPushButton(tr("&Retry"), this))
    , m_cancel(new QPushButton(tr("Ca&ncel message"), this))
    , m_details(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
{
    setObjectName(u"outboxPage"_s);
    m_table->setObjectName(u"outboxTable"_s);
    m_table->setAccessibleName(tr("Outbox"));
    m_table->setModel(m_model);
    RecordTable::configure(m_table);
    for (int column : {OutboxModel::Queued, OutboxModel::Kind, OutboxModel::State, OutboxModel::Attempts})
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(OutboxModel::Subject, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(OutboxModel::LastError, QHeaderView::Stretch);

    m_filter->setObjectName(u"outboxFilter"_s);
    m_filter->addItem(tr("All messages"), QString());
    m_filter->addItem(tr("Needs attention (failed, maybe sent)"), u"attention"_s);
    for (OutboxStatus s : {OutboxStatus::Queued, OutboxStatus::Held, OutboxStatus::Sending, OutboxStatus::Sent,
                           OutboxStatus::Failed, OutboxStatus::Uncertain, OutboxStatus::Cancelled})
        m_filter->addItem(outboxStatusLabel(s), outboxStatusId(s));
    connect(m_filter, &QComboBox::currentIndexChanged, this, &OutboxPage::reload);

    auto *refresh = new QPushButton(tr("Re&fresh"), this);
    refresh->setObjectName(u"refreshOutboxButton"_s);
    auto *sendNow = new QPushButton(tr("&Send now"), this);
    sendNow->setObjectName(u"sendNowButton"_s);
    m_retry->setObjectName(u"retryMessageButton"_s);
    m_cancel->setObjectName(u"cancelMessageButton"_s);
    m_details->setObjectName(u"messageDetails"_s);
    m_details->setReadOnly(true);
    m_details->setAccessibleName(tr("Message"));
    m_status->setObjectName(u"outboxStatus"_s);
    m_status->setWordWrap(true);
    connect(refresh, &QPushButton::clicked, this, &OutboxPage::reload);
    connect(sendNow, &QPushButton::clicked, this, &OutboxPage::sendNowRequested);
    connect(m_retry, &QPushButton::clicked, this, &OutboxPage::retrySelected);
    connect(m_cancel, &QPushButton::clicked, this, &OutboxPage::cancelSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &OutboxPage::showSelected);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Show:"), this));
    top->addWidget(m_filter);
    top->addStretch(1);
    top->addWidget(refresh);
    top->addWidget(sendNow);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_retry);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 2);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(m_details, 1);
    showSelected();
}

void OutboxPage::setContext(Database *db, qint64 actorId)
{
    m_db = db;
    m_actorId = actorId;
}

void OutboxPage::reload()
{
    if (!m_db)
        return;
    const qint64 keep = selectedId();
    const QString filter = m_filter->currentData().toString();
    QList<OutboxStatus> statuses;
    if (filter == u"attention"_s)
        statuses = {OutboxStatus::Failed, OutboxStatus::Uncertain};
    else if (const auto status = outboxStatusFromId(filter))
        statuses = {*status};
    const Result<QList<OutboxMessage>> messages = MailOutbox(*m_db).list(m_actorId, statuses);
    if (!messages) {
        m_model->setMessages({});
        m_status->setText(messages.error().message);
        return;
    }
    m_model->setMessages(*messages);
    int queued = 0;
    int attention = 0;
    for (const OutboxMessage &m : *messages) {
        queued += m.status == OutboxStatus::Queued ? 1 : 0;
        attention += m.status == OutboxStatus::Failed || m.status == OutboxStatus::Uncertain ? 1 : 0;
    }
    m_status->setText(tr("%1 message(s) shown; %2 waiting to be sent, %3 need attention.")
                          .arg(messages->size())
                          .arg(queued)
                          .arg(attention));
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->messageAt(row)->id == keep)
            m_table->selectRow(row);
    }
    showSelected();
}

qint64 OutboxPage::selectedId() const
{
    const OutboxMessage *m = m_model->messageAt(m_table->currentIndex().row());
    return m ? m->id : 0;
}

void OutboxPage::showSelected()
{
    const OutboxMessage *m = m_model->messageAt(m_table->currentIndex().row());
    m_retry->setEnabled(m && (m->status == OutboxStatus::Failed || m->status == OutboxStatus::Uncertain
                              || m->status == OutboxStatus::Cancelled));
    m_cancel->setEnabled(m && (m->status == OutboxStatus::Queued || m->status == OutboxStatus::Held
                               || m->status == OutboxStatus::Failed || m->status == OutboxStatus::Uncertain));
    if (!m) {
        m_details->clear();
        return;
    }
    QString text = tr("To: %1 <%2>\nSubject: %3\nState: %4, tries: %5\n")
                       .arg(m->recipientName, m->recipient, m->subject, outboxStatusLabel(m->status))
                       .arg(m->attempts);
    if (!m->lastError.isEmpty())
        text += tr("Last error: %1\n").arg(m->lastError);
    text += u'\n' + m->bodyText;
    m_details->setPlainText(text);
}

void OutboxPage::retrySelected()
{
    const qint64 id = selectedId();
    if (!m_db || id == 0)
        return;
    const Status done = MailOutbox(*m_db).retry(m_actorId, id);
    reload();
    m_status->setText(done ? tr("Message %1 is queued again.").arg(id) : done.error().message);
}

void OutboxPage::cancelSelected()
{
    const qint64 id = selectedId();
    if (!m_db || id == 0)
        return;
    const Status done = MailOutbox(*m_db).cancel(m_actorId, id);
    reload();
    m_status->setText(done ? tr("Message %1 is cancelled.").arg(id) : done.error().message);
}

} // namespace qadesk::ui
