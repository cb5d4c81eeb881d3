#include "MailSettingsPage.h"

#include "helpdesk/TokenVault.h"
#include "mail/MailComposer.h"
#include "mail/MailOutbox.h"
#include "mail/MailSendWorker.h"
#include "mail/MailTemplateSet.h"
#include "storage/EvaluationStore.h"

#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace qadesk::ui {

MailSettingsPage::MailSettingsPage(QWidget *parent)
    : QWidget(parent)
    , m_worker(new MailSendWorker(this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_security(new QComboBox(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_sender(new QLineEdit(this))
    , m_senderName(new QLineEdit(this))
    , m_scoresUrl(new QLineEdit(this))
    , m_disputeWindow(new QSpinBox(this))
    , m_disputeWait(new QSpinBox(this))
    , m_testRecipient(new QLineEdit(this))
    , m_test(new QPushButton(tr("Send &test message"), this))
    , m_status(new QLabel(this))
    , m_templatesDir(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_previewInfo(new QLabel(this))
    , m_preview(new QTextBrowser(this))
{
    setObjectName(u"mailSettingsPage"_s);
    m_host->setObjectName(u"smtpHost"_s);
    m_host->setPlaceholderText(u"smtp.example.com"_s);
    m_port->setObjectName(u"smtpPort"_s);
    m_port->setRange(1, 65535);
    m_security->setObjectName(u"smtpSecurity"_s);
    m_security->addItem(tr("STARTTLS (port 587)"), MailSettings::securityId(MailSettings::Security::StartTls));
    m_security->addItem(tr("TLS (port 465)"), MailSettings::securityId(MailSettings::Security::Tls));
    m_security->addItem(tr("None (only to this computer)"), MailSettings::securityId(MailSettings::Security::None));
    connect(m_security, &QComboBox::activated, this, [this] {
        const auto security = MailSettings::securityFromId(m_security->currentData().toString());
        if (security == MailSettings::Security::StartTls)
            m_port->setValue(587);
        else if (security == MailSettings::Security::Tls)
            m_port->setValue(465);
    });
    m_user->setObjectName(u"smtpUser"_s);
    m_user->setPlaceholderText(tr("empty when the server needs no login"));
    m_password->setObjectName(u"smtpPassword"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("kept in the system keychain; empty keeps the stored one"));
    m_sender->setObjectName(u"smtpSender"_s);
    m_sender->setPlaceholderText(u"qa@example.com"_s);
    m_senderName->setObjectName(u"smtpSenderName"_s);
    m_scoresUrl->setObjectName(u"scoresUrl"_s);
    m_scoresUrl->setPlaceholderText(tr("optional: where \"All my scores\" in the mail points"));
    m_disputeWindow->setObjectName(u"disputeWindowDays"_s);
    m_disputeWindow->setRange(1, 365);
    m_disputeWindow->setSuffix(tr(" days"));
    m_disputeWait->setObjectName(u"disputeWaitDays"_s);
    m_disputeWait->setRange(1, 365);
    m_disputeWait->setSuffix(tr(" days"));
    m_testRecipient->setObjectName(u"testRecipient"_s);
    m_test->setObjectName(u"testMailButton"_s);
    m_status->setObjectName(u"mailSettingsStatus"_s);
    m_status->setWordWrap(true);
    auto *saveButton = new QPushButton(tr("&Save"), this);
    saveButton->setObjectName(u"saveMailSettingsButton"_s);
    connect(saveButton, &QPushButton::clicked, this, &MailSettingsPage::save);
    connect(m_test, &QPushButton::clicked, this, &MailSettingsPage::sendTest);
    connect(m_worker, &MailSendWorker::testFinished, this, [this](bool ok, const QString &message) {
        m_test->setEnabled(true);
        setStatus(message, ok);
    });

    auto *form = new QFormLayout;
    form->addRow(tr("Server:"), m_host);
    form->addRow(tr("Port:"), m_port);
    form->addRow(tr("Security:"), m_security);
    form->addRow(tr("User:"), m_user);
    form->addRow(tr("Password:"), m_password);
    form->addRow(tr("Sender address:"), m_sender);
    form->addRow(tr("Sender name:"), m_senderName);
    form->addRow(tr("Link to all scores:"), m_scoresUrl);
    form->addRow(tr("Disputes possible for:"), m_disputeWindow);
    form->addRow(tr("Tell me of disputes waiting over:"), m_disputeWait);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testRecipient, 1);
    testRow->addWidget(m_test);
    form->addRow(tr("Test to:"), testRow);
    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(saveButton);
    saveRow->addStretch(1);
    form->addRow(QString(), saveRow);
    auto *serverBox = new QGroupBox(tr("Outgoing mail (SMTP)"), this);
    serverBox->setLayout(form);

    m_templatesDir->setObjectName(u"templatesDir"_s);
    m_templatesDir->setPlaceholderText(tr("empty: the built-in Russian and English templates"));
    m_kind->setObjectName(u"templateKind"_s);
    for (const QString &kind : MailTemplateSet::kinds())
        m_kind->addItem(kind, kind);
    m_language->setObjectName(u"templateLanguage"_s);
    m_language->addItem(tr("Russian"), u"ru"_s);
    m_language->addItem(tr("English"), u"en"_s);
    auto *previewButton = new QPushButton(tr("&Preview"), this);
    previewButton->setObjectName(u"previewTemplateButton"_s);
    auto *exportButton = new QPushButton(tr("&Copy built-in templates there"), this);
    exportButton->setObjectName(u"exportTemplatesButton"_s);
    m_previewInfo->setObjectName(u"templatePreviewInfo"_s);
    m_previewInfo->setWordWrap(true);
    m_preview->setObjectName(u"templatePreview"_s);
    m_preview->setOpenLinks(false);
    connect(previewButton, &QPushButton::clicked, this, &MailSettingsPage::preview);
    connect(exportButton, &QPushButton::clicked, this, &MailSettingsPage::exportTemplates);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &MailSettingsPage::preview);
    connect(m_language, &QComboBox::currentIndexChanged, this, &MailSettingsPage::preview);

    auto *dirRow = new QHBoxLayout;
    dirRow->addWidget(new QLabel(tr("Own templates folder:"), this));
    dirRow->addWidget(m_templatesDir, 1);
    dirRow->addWidget(exportButton);
    auto *previewRow = new QHBoxLayout;
    previewRow->addWidget(m_kind);
    previewRow->addWidget(m_language);
    previewRow->addWidget(previewButton);
    previewRow->addStretch(1);
    auto *templatesLayout = new QVBoxLayout;
    templatesLayout->addLayout(dirRow);
    templatesLayout->addLayout(previewRow);
    templatesLayout->addWidget(m_previewInfo);
    templatesLayout->addWidget(m_preview, 1);
    auto *templatesBox = new QGroupBox(tr("Templates"), this);
    templatesBox->setLayout(templatesLayout);

    auto *layout = new QHBoxLayout(this);
    auto *left = new QVBoxLayout;
    left->addWidget(serverBox);
    left->addWidget(m_status);
    left->addStretch(1);
    layout->addLayout(left, 2);
    layout->addWidget(templatesBox, 3);
}

void MailSettingsPage::setContext(Database *db, TokenVault *vault, qint64 actorId, const QString &actorEmail)
{
    m_db = db;
    m_vault = vault;
    m_actorId = actorId;
    m_testRecipient->setText(actorEmail);
}

void MailSettingsPage::reload()
{
    if (!m_db)
        return;
    const Result<MailSettings> settings = MailSettings::load(*m_db);
    if (!settings) {
        setStatus(settings.error().message, false);
        return;
    }
    m_loaded = *settings;
    m_host->setText(settings->host);
    m_port->setValue(settings->port);
    m_security->setCurrentIndex(m_security->findData(MailSettings::securityId(settings->security)));
    m_user->setText(settings->user);
    m_password->clear();
    m_sender->setText(settings->sender);
    m_senderName->setText(settings->senderName);
    m_scoresUrl->setText(settings->scoresUrl);
    m_disputeWindow->setValue(settings->disputeWindowDays);
    m_disputeWait->setValue(settings->disputeWaitDays);
    m_templatesDir->setText(settings->templatesDir);
    preview();
}

MailSettings MailSettingsPage::formSettings() const
{
    MailSettings s = m_loaded;
    s.host = m_host->text().trimmed();
    s.port = m_port->value();
    s.security = MailSettings::securityFromId(m_security->currentData().toString()).value_or(MailSettings::Security::StartTls);
    s.user = m_user->text().trimmed();
    s.sender = m_sender->text().trimmed();
    s.senderName = m_senderName->text().trimmed();
    s.scoresUrl = m_scoresUrl->text().trimmed();
    s.disputeWindowDays = m_disputeWindow->value();
    s.disputeWaitDays = m_disputeWait->value();
    s.templatesDir = m_templatesDir->text().trimmed();
    return s;
}

void MailSettingsPage::setStatus(const QString &text, bool ok)
{
    m_status->setText(text);
    m_status->setStyleSheet(ok ? QString() : u"color: #c02020;"_s);
}

void MailSettingsPage::save()
{
    if (!m_db)
        return;
    const MailSettings settings = formSettings();
    if (const Status s = MailOutbox(*m_db).saveSettings(m_actorId, settings); !s) {
        setStatus(s.error().message, false);
        return;
    }
    m_loaded = settings;
    const QStringList problems = settings.problems();
    setStatus(problems.isEmpty() ? tr("Saved.") : tr("Saved, but mail cannot be sent yet: %1").arg(problems.join(u"; "_s)),
              problems.isEmpty());
    if (!m_password->text().isEmpty() && m_vault) {
        m_vault->write(MailSettings::vaultKey.toString(), m_password->text(), [this](Status written) {
            if (!written)
                setStatus(written.error().message, false);
        });
        m_password->clear();
    }
    Q_EMIT saved();
}

void MailSettingsPage::sendTest()
{
    const MailSettings settings = formSettings();
    if (const QStringList problems = settings.problems(); !problems.isEmpty()) {
        setStatus(problems.join(u'\n'), false);
        return;
    }
    const QString recipient = m_testRecipient->text().trimmed();
    m_test->setEnabled(false);
    setStatus(tr("Sending a test message to %1…").arg(recipient), true);
    if (!m_password->text().isEmpty() || settings.user.isEmpty() || !m_vault) {
        m_worker->sendTest(settings, m_password->text(), recipient);
        return;
    }
    m_vault->read(MailSettings::vaultKey.toString(), [this, settings, recipient](Result<QString> password) {
        if (!password) {
            m_test->setEnabled(true);
            setStatus(password.error().message, false);
            return;
        }
        m_worker->sendTest(settings, *password, recipient);
    });
}

void MailSettingsPage::preview()
{
    if (!m_db)
        return;
    const MailSettings settings = formSettings();
    const QString kind = m_kind->currentData().toString();
    const QString language = m_language->currentData().toString();
    // A real evaluation shows the evaluation template as engineers will see it; other kinds
    // show their layout with empty values.
    QJsonObject data;
    QString source = tr("no data: empty values");
    if (kind == u"evaluation"_s) {
        const Result<QList<Evaluation>> evaluations = EvaluationStore(*m_db).list();
        if (evaluations) {
            for (const Evaluation &e : *evaluations) {
                if (e.status != EvaluationStatus::Submitted)
                    continue;
                if (const Result<OutboxMessage> m = MailComposer(*m_db, settings).evaluation(e.id)) {
                    data = m->data;
                    source = tr("evaluation %1 of ticket %2").arg(e.id).arg(e.ticketExternalId);
                }
                break;
            }
        }
    }
    const Result<RenderedMail> mail = MailTemplateSet::render(kind, language, data, settings.templatesDir);
    if (!mail) {
        m_previewInfo->setText(mail.error().message);
        m_previewInfo->setStyleSheet(u"color: #c02020;"_s);
        m_preview->clear();
        return;
    }
    m_previewInfo->setStyleSheet(QString());
    m_previewInfo->setText(tr("Subject: %1\nTemplate: %2\nFilled with: %3")
                               .arg(mail->subject,
                                    QDir::toNativeSeparators(MailTemplateSet::sourcePath(
                                        kind, language, MailTemplateSet::Part::Html, settings.templatesDir)),
                                    source));
    m_preview->setHtml(mail->html);
}

void MailSettingsPage::exportTemplates()
{
    const QString dir = m_templatesDir->text().trimmed();
    if (dir.isEmpty()) {
        setStatus(tr("Own templates folder: name a folder first"), false);
        return;
    }
    const Result<int> written = MailTemplateSet::exportBuiltIns(dir);
    if (!written) {
        setStatus(written.error().message, false);
        return;
    }
    setStatus(tr("%1 template file(s) copied to %2; edit them and press Preview. Save to use them.")
                  .arg(*written)
                  .arg(QDir::toNativeSeparators(dir)),
              true);
    preview();
}

} // namespace qadesk::ui
