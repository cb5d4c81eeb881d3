#include "SourceDialog.h"

#include "helpdesk/ConnectorFactory.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace qadesk::ui {

namespace {

QStringList commaList(const QString &text)
{
    QStringList list;
    for (const QString &item : text.split(u','))
        if (!item.trimmed().isEmpty())
            list.append(item.trimmed());
    return list;
}

QString mappingText(const QMap<QString, QString> &map)
{
    QStringList lines;
    for (auto it = map.begin(); it != map.end(); ++it)
        lines.append(it.key() + u" = "_s + it.value());
    return lines.join(u'\n');
}

// "left = right" lines; `field` names the box in the error.
Result<QMap<QString, QString>> parseMapping(const QString &text, const QString &field, bool emails)
{
    QMap<QString, QString> map;
    const QStringList lines = text.split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const QString left = line.section(u'=', 0, 0).trimmed();
        const QString right = line.section(u'=', 1).trimmed();
        if (!line.contains(u'=') || left.isEmpty() || right.isEmpty()
            || (emails && (!left.contains(u'@') || !right.contains(u'@'))))
            return std::unexpected(Error::invalid(SourceDialog::tr("%1, line %2: expected \"%3\"")
                                                      .arg(field)
                                                      .arg(i + 1)
                                                      .arg(emails ? SourceDialog::tr("agent@helpdesk = engineer@company")
                                                                  : SourceDialog::tr("Group = team"))));
        map.insert(emails ? left.toLower() : left, right);
    }
    return map;
}

Result<QDate> parseDay(const QString &text, const QString &field)
{
    if (text.trimmed().isEmpty())
        return QDate();
    const QDate day = QDate::fromString(text.trimmed(), Qt::ISODate);
    if (!day.isValid())
        return std::unexpected(Error::invalid(SourceDialog::tr("%1: expected a date such as 2026-10-01").arg(field)));
    return day;
}

} // namespace

SourceDialog::SourceDialog(const Source &source, QWidget *parent)
    : QDialog(parent)
    , m_original(source)
    , m_result(source)
    , m_name(new QLineEdit(source.name, this))
    , m_url(new QLineEdit(source.baseUrl, this))
    , m_user(new QLineEdit(source.userName, this))
    , m_token(new QLineEdit(this))
    , m_warning(new QLabel(this))
    , m_statuses(new QLineEdit(source.settings.statuses.join(u", "_s), this))
    , m_solvedFrom(new QLineEdit(source.settings.solvedFrom.toString(Qt::ISODate), this))
    , m_solvedTo(new QLineEdit(source.settings.solvedTo.toString(Qt::ISODate), this))
    , m_groups(new QLineEdit(source.settings.groups.join(u", "_s), this))
    , m_tags(new QLineEdit(source.settings.tags.join(u", "_s), this))
    , m_agents(new QPlainTextEdit(mappingText(source.settings.agentEmails), this))
    , m_groupTeams(new QPlainTextEdit(mappingText(source.settings.groupTeams), this))
    , m_error(new QLabel(this))
{
    setObjectName(u"sourceDialog"_s);
    setWindowTitle(tr("Source %1 (%2)").arg(source.name, source.kind));
    m_name->setObjectName(u"editSourceName"_s);
    m_url->setObjectName(u"editSourceUrl"_s);
    m_user->setObjectName(u"editSourceUser"_s);
    m_token->setObjectName(u"editSourceToken"_s);
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(source.tokenEnvironment.isEmpty()
                                    ? tr("empty: keep the token in the system keychain")
                                    : tr("empty: keep reading it from $%1").arg(source.tokenEnvironment));
    m_warning->setObjectName(u"editSourceUrlWarning"_s);
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(u"color: #b35c00;"_s);
    m_statuses->setObjectName(u"editSourceStatuses"_s);
    m_statuses->setPlaceholderText(tr("all; e.g. solved, closed"));
    m_solvedFrom->setObjectName(u"editSourceSolvedFrom"_s);
    m_solvedFrom->setPlaceholderText(tr("YYYY-MM-DD, empty: no limit"));
    m_solvedTo->setObjectName(u"editSourceSolvedTo"_s);
    m_solvedTo->setPlaceholderText(tr("YYYY-MM-DD, empty: no limit"));
    m_groups->setObjectName(u"editSourceGroups"_s);
    m_groups->setPlaceholderText(tr("all; e.g. First line, VIP"));
    m_tags->setObjectName(u"editSourceTags"_s);
    m_tags->setPlaceholderText(tr("any; a ticket needs one of them"));
    m_agents->setObjectName(u"editSourceAgents"_s);
    m_agents->setPlaceholderText(tr("one per line: agent@helpdesk.example = engineer@company.example"));
    m_agents->setTabChangesFocus(true);
    m_groupTeams->setObjectName(u"editSourceGroupTeams"_s);
    m_groupTeams->setPlaceholderText(tr("one per line: Helpdesk group = team"));
    m_groupTeams->setTabChangesFocus(true);
    m_error->setObjectName(u"editSourceError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #c62828;"_s);
    m_error->hide();

    auto *connection = new QFormLayout;
    connection->addRow(tr("&Name:"), m_name);
    connection->addRow(tr("&Address:"), m_url);
    connection->addRow(QString(), m_warning);
    connection->addRow(tr("&User:"), m_user);
    connection->addRow(tr("New API &token:"), m_token);
    auto *connectionBox = new QGroupBox(tr("Connection"), this);
    connectionBox->setLayout(connection);

    auto *pull = new QFormLayout;
    pull->addRow(tr("&Statuses:"), m_statuses);
    pull->addRow(tr("Solved &from:"), m_solvedFrom);
    pull->addRow(tr("Solved t&o:"), m_solvedTo);
    pull->addRow(tr("&Groups:"), m_groups);
    pull->addRow(tr("T&ags:"), m_tags);
    auto *pullBox = new QGroupBox(tr("Which tickets to pull"), this);
    pullBox->setLayout(pull);

    auto *mapping = new QFormLayout;
    mapping->addRow(tr("Agents → &engineers:"), m_agents);
    mapping->addRow(tr("Groups → tea&ms:"), m_groupTeams);
    auto *mappingBox = new QGroupBox(tr("People and teams"), this);
    mappingBox->setLayout(mapping);
    auto *hint = new QLabel(tr("Agents of several sources mapped to one email are one engineer. Unmapped agents keep "
                               "their own email; unmapped groups are teams of their own. Changes apply to tickets "
                               "synced from now on."),
                            this);
    hint->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(u"saveSourceButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &SourceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SourceDialog::reject);
    connect(m_url, &QLineEdit::textChanged, this, &SourceDialog::updateWarning);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(connectionBox);
    layout->addWidget(pullBox);
    layout->addWidget(mappingBox);
    layout->addWidget(hint);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    updateWarning();
    resize(660, 760);
}

QString SourceDialog::token() const
{
    return m_token->text().trimmed();
}

QString SourceDialog::urlWarning() const
{
    QString warning;
    (void)ConnectorFactory::checkUrl(m_url->text().trimmed(), &warning);
    return warning;
}

void SourceDialog::updateWarning()
{
    const QString warning = urlWarning();
    m_warning->setText(warning.isEmpty() ? QString() : tr("Warning: %1").arg(warning));
    m_warning->setVisible(!warning.isEmpty());
}

Result<Source> SourceDialog::edited() const
{
    Source s = m_original;
    s.name = m_name->text().trimmed();
    s.baseUrl = m_url->text().trimmed();
    s.userName = m_user->text().trimmed();
    if (s.name.isEmpty())
        return std::unexpected(Error::invalid(tr("Name: a source needs a name")));
    if (const Status url = ConnectorFactory::checkUrl(s.baseUrl, nullptr); !url)
        return std::unexpected(Error::invalid(tr("Address: %1").arg(url.error().message)));
    s.settings.statuses = commaList(m_statuses->text());
    s.settings.groups = commaList(m_groups->text());
    s.settings.tags = commaList(m_tags->text());
    const Result<QDate> from = parseDay(m_solvedFrom->text(), tr("Solved from"));
    if (!from)
        return std::unexpected(from.error());
    const Result<QDate> to = parseDay(m_solvedTo->text(), tr("Solved to"));
    if (!to)
        return std::unexpected(to.error());
    if (from->isValid() && to->isValid() && *to < *from)
        return std::unexpected(Error::invalid(tr("Solved to: is before Solved from")));
    s.settings.solvedFrom = *from;
    s.settings.solvedTo = *to;
    const Result<QMap<QString, QString>> agents = parseMapping(m_agents->toPlainText(), tr("Agents"), true);
    if (!agents)
        return std::unexpected(agents.error());
    const Result<QMap<QString, QString>> teams = parseMapping(m_groupTeams->toPlainText(), tr("Groups"), false);
    if (!teams)
        return std::unexpected(teams.error());
    s.settings.agentEmails = *agents;
    s.settings.groupTeams = *teams;
    return s;
}

void SourceDialog::accept()
{
    const Result<Source> source = edited();
    if (!source) {
        m_error->setText(source.error().message);
        m_error->show();
        return;
    }
    m_result = *source;
    QDialog::accept();
}

} // namespace qadesk::ui
