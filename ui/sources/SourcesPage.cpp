#include "SourcesPage.h"

#include "SourceDialog.h"
#include "helpdesk/ConnectorFactory.h"
#include "helpdesk/SyncEngine.h"
#include "helpdesk/TokenVault.h"
#include "net/HttpClient.h"
#include "storage/Database.h"
#include "storage/SourceStore.h"
#include "widgets/RecordTable.h"

#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace qadesk::ui {

SourcesPage::SourcesPage(QWidget *parent)
    : QWidget(parent)
    , m_http(new HttpClient(this))
    , m_table(new QTableWidget(this))
    , m_kind(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_url(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_token(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_test(new QPushButton(tr("&Test connection"), this))
    , m_sync(new QPushButton(tr("S&ync now"), this))
    , m_cancel(new QPushButton(tr("&Cancel sync"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_progress(new QProgressBar(this))
    , m_log(new QPlainTextEdit(this))
{
    setObjectName(u"sourcesPage"_s);
    m_table->setObjectName(u"sourceTable"_s);
    m_table->setAccessibleName(tr("Sources"));
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Helpdesk"), tr("Address"), tr("User"), tr("Pulls"), tr("Synced")});
    RecordTable::configure(m_table);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);

    for (const QString &kind : ConnectorFactory::supportedKinds())
        m_kind->addItem(kind, kind);
    m_kind->setObjectName(u"sourceKind"_s);
    m_name->setObjectName(u"sourceName"_s);
    m_url->setObjectName(u"sourceUrl"_s);
    m_url->setPlaceholderText(u"https://example.zendesk.com"_s);
    m_user->setObjectName(u"sourceUser"_s);
    m_user->setPlaceholderText(tr("the API user's email"));
    m_token->setObjectName(u"sourceToken"_s);
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("kept in the system keychain, never in the workspace"));
    auto *add = new QPushButton(tr("&Add source"), this);
    add->setObjectName(u"addSourceButton"_s);
    connect(add, &QPushButton::clicked, this, &SourcesPage::addSource);

    auto *form = new QFormLayout;
    form->addRow(tr("Helpdesk:"), m_kind);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Address:"), m_url);
    form->addRow(tr("User:"), m_user);
    form->addRow(tr("API token:"), m_token);
    form->addRow(QString(), add);
    auto *addBox = new QGroupBox(tr("New source"), this);
    addBox->setLayout(form);

    m_status->setObjectName(u"sourceStatus"_s);
    m_status->setWordWrap(true);
    m_test->setObjectName(u"testSourceButton"_s);
    m_sync->setObjectName(u"syncButton"_s);
    m_cancel->setObjectName(u"cancelSyncButton"_s);
    m_cancel->setEnabled(false);
    m_remove->setObjectName(u"removeSourceButton"_s);
    m_edit->setObjectName(u"editSourceButton"_s);
    m_progress->setObjectName(u"syncProgress"_s);
    m_progress->setRange(0, 0);
    m_progress->setFormat(QString());
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_log->setObjectName(u"syncLog"_s);
    m_log->setAccessibleName(tr("Sync log"));
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(2000);
    connect(m_test, &QPushButton::clicked, this, &SourcesPage::testSource);
    connect(m_sync, &QPushButton::clicked, this, &SourcesPage::syncSource);
    connect(m_cancel, &QPushButton::clicked, this, &SourcesPage::cancelSync);
    connect(m_remove, &QPushButton::clicked, this, &SourcesPage::removeSource);
    connect(m_edit, &QPushButton::clicked, this, &SourcesPage::editSource);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &SourcesPage::editSource);
    connect(m_http, &HttpClient::retrying, this, [this](const QUrl &url, int attempt, int delayMs, const QString &reason) {
        log(tr("retrying %1 (attempt %2 in %3 s): %4").arg(url.host()).arg(attempt).arg(delayMs / 1000.0, 0, 'f', 1).arg(reason));
    });

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_edit, m_test, m_sync, m_cancel, m_remove})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h3>Sources</h3><p>The helpdesks this workspace pulls tickets from.</p>"), this));
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_log, 1);
    layout->addWidget(addBox);
}

SourcesPage::~SourcesPage()
{
    m_engine.reset(); // before the connector it uses
}

void SourcesPage::setContext(Database *db, TokenVault *vault)
{
    m_db = db;
    m_vault = vault;
    reload();
}

bool SourcesPage::isSyncing() const
{
    return m_engine && m_engine->isRunning();
}

void SourcesPage::reload()
{
    if (!m_db)
        return;
    SourceStore store(*m_db);
    const Result<QList<Source>> sources = store.list();
    const QList<Source> list = sources.value_or(QList<Source>());
    m_table->setRowCount(int(list.size()));
    for (int row = 0; row < list.size(); ++row) {
        const Source &s = list.at(row);
        const QStringList cells{s.name, s.kind, s.baseUrl, s.userName,
                                s.settings.hasFilter() ? tr("filtered") : tr("all tickets"),
                                store.checkpoint(s.name).value_or(QString()).isEmpty() ? tr("never") : tr("yes")};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    if (m_table->currentRow() < 0 && !list.isEmpty())
        m_table->selectRow(0);
}

std::optional<Source> SourcesPage::selectedSource() const
{
    const int row = m_table->currentRow();
    if (!m_db || row < 0)
        return std::nullopt;
    const Result<std::optional<Source>> source = SourceStore(*m_db).find(m_table->item(row, 0)->text());
    return source ? *source : std::nullopt;
}

void SourcesPage::log(const QString &line)
{
    m_log->appendPlainText(QDateTime::currentDateTime().toString(u"HH:mm:ss"_s) + u"  "_s + line);
}

void SourcesPage::addSource()
{
    if (!m_db)
        return;
    Source source;
    source.kind = m_kind->currentData().toString();
    source.name = m_name->text().trimmed();
    source.baseUrl = m_url->text().trimmed();
    source.userName = m_user->text().trimmed();
    QString warning;
    if (source.name.isEmpty()) {
        m_status->setText(tr("Give the source a name."));
        m_name->setFocus();
        return;
    }
    if (const Status url = ConnectorFactory::checkUrl(source.baseUrl, &warning); !url) {
        m_status->setText(url.error().message);
        m_url->setFocus();
        return;
    }
    if (m_token->text().isEmpty()) {
        m_status->setText(tr("Enter the API token."));
        m_token->setFocus();
        return;
    }
    const QString token = m_token->text();
    m_vault->write(source.name, token, [this, source, warning](Status stored) {
        if (!stored) {
            m_status->setText(stored.error().message);
            return;
        }
        if (const Result<qint64> added = SourceStore(*m_db).add(source); !added) {
            m_status->setText(added.error().message);
            return;
        }
        m_token->clear();
        m_name->clear();
        m_status->setText(warning.isEmpty() ? tr("Source \"%1\" added.").arg(source.name)
                                            : tr("Source \"%1\" added. Warning: %2").arg(source.name, warning));
        log(tr("source %1 added (%2)").arg(source.name, source.baseUrl));
        reload();
    });
}

void SourcesPage::withConnector(const Source &source, const std::function<void(HelpdeskConnector &)> &use)
{
    ConnectorFactory::resolveToken(source, m_vault, [this, source, use](Result<QString> token) {
        if (!token) {
            m_status->setText(token.error().message);
            return;
        }
        auto connector = ConnectorFactory::create(source, *token, *m_http);
        if (!connector) {
            m_status->setText(connector.error().message);
            return;
        }
        m_engine.reset();
        m_connector = std::move(*connector);
        use(*m_connector);
    });
}

void SourcesPage::testSource()
{
    const std::optional<Source> source = selectedSource();
    if (!source || isSyncing())
        return;
    m_status->setText(tr("Testing %1…").arg(source->baseUrl));
    withConnector(*source, [this, source](HelpdeskConnector &connector) {
        connector.testConnection([this, source](Status status) {
            m_status->setText(status ? tr("%1 answers and accepts the token.").arg(source->baseUrl)
                                     : status.error().message);
        });
    });
}

void SourcesPage::syncSource()
{
    const std::optional<Source> source = selectedSource();
    if (!source || isSyncing())
        return;
    withConnector(*source, [this, source](HelpdeskConnector &connector) {
        m_engine = std::make_unique<SyncEngine>(*m_db, connector, source->name);
        connect(m_engine.get(), &SyncEngine::logLine, this, &SourcesPage::log);
        connect(m_engine.get(), &SyncEngine::progress, this, [this](const SyncEngine::Stats &s) {
            if (s.fraction >= 0) {
                m_progress->setRange(0, 100);
                m_progress->setValue(qRound(s.fraction * 100));
            }
            m_progress->setFormat(SyncEngine::progressText(s));
            Q_EMIT ticketsChanged();
        });
        connect(m_engine.get(), &SyncEngine::finished, this, [this](bool, const QString &message) {
            m_status->setText(message);
            m_progress->hide();
            m_cancel->setEnabled(false);
            m_sync->setEnabled(true);
            reload();
            Q_EMIT ticketsChanged();
        });
        m_progress->setRange(0, 0);
        m_progress->setFormat(tr("Starting…"));
        log(tr("sync of %1 started").arg(source->name));
        m_progress->show();
        m_cancel->setEnabled(true);
        m_sync->setEnabled(false);
        m_engine->start();
    });
}

void SourcesPage::cancelSync()
{
    if (isSyncing()) {
        m_engine->cancel(); // first: the aborted requests' errors then find the sync cancelled
        m_http->cancelAll();
    }
}

void SourcesPage::removeSource()
{
    const std::optional<Source> source = selectedSource();
    if (!source || isSyncing())
        return;
    if (const Status removed = SourceStore(*m_db).remove(source->name); !removed) {
        m_status->setText(removed.error().message);
        return;
    }
    m_vault->remove(source->name, [](Status) {});
    m_status->setText(tr("Source \"%1\" removed.").arg(source->name));
    reload();
}

} // namespace qadesk::ui

namespace qadesk::ui {

void SourcesPage::editSource()
{
    const std::optional<Source> source = selectedSource();
    if (!source || isSyncing())
        return;
    auto *dialog = new SourceDialog(*source, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, before = *source] {
        saveEdited(before, dialog->source(), dialog->token(), dialog->urlWarning());
    });
    dialog->open(); // window-modal, nothing waits for it
}

void SourcesPage::saveEdited(const Source &before, const Source &edited, const QString &newToken, const QString &warning)
{
    Source after = edited;
    if (!newToken.isEmpty())
        after.tokenEnvironment.clear(); // a token entered here lives in the keychain
    const bool renamed = after.name != before.name;
    if (renamed) {
        const Result<std::optional<Source>> taken = SourceStore(*m_db).find(after.name);
        if (!taken || *taken) {
            m_status->setText(taken ? tr("A source named \"%1\" already exists.").arg(after.name)
                                    : taken.error().message);
            return;
        }
    }
    const auto store = [this, before, after, warning, renamed](Status tokenMoved) {
        if (!tokenMoved) {
            m_status->setText(tr("Source \"%1\" was not changed: %2").arg(before.name, tokenMoved.error().message));
            return;
        }
        if (const Status updated = SourceStore(*m_db).update(before.name, after); !updated) {
            m_status->setText(updated.error().message);
            return;
        }
        if (renamed && before.tokenEnvironment.isEmpty())
            m_vault->remove(before.name, [](Status) {}); // the new entry is in place
        m_status->setText(warning.isEmpty() ? tr("Source \"%1\" changed.").arg(after.name)
                                            : tr("Source \"%1\" changed. Warning: %2").arg(after.name, warning));
        log(tr("source %1 changed").arg(after.name));
        reload();
    };
    if (!newToken.isEmpty()) {
        m_vault->write(after.name, newToken, store);
        return;
    }
    if (renamed && before.tokenEnvironment.isEmpty()) {
        m_vault->read(before.name, [this, after, store](Result<QString> token) {
            if (!token) {
                store(std::unexpected(token.error()));
                return;
            }
            m_vault->write(after.name, *token, store);
        });
        return;
    }
    store({});
}

} // namespace qadesk::ui
