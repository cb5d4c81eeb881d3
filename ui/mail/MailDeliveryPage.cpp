#include "MailDeliveryPage.h"

#include "MailPreferenceModel.h"
#include "mail/MailOutbox.h"
#include "widgets/RecordTable.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace qadesk::ui {

namespace {
// What the mode box offers; NotSet drops the row's own choice.
enum class Mode { PerEvaluation, Digest, NotSet };

Mode modeOf(const QComboBox *box)
{
    return Mode(box->currentData().toInt());
}
} // namespace

MailDeliveryPage::MailDeliveryPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new MailPreferenceModel(this))
    , m_table(new QTableView(this))
    , m_editing(new QLabel(this))
    , m_mode(new QComboBox(this))
    , m_hour(new QSpinBox(this))
    , m_weeklyKpi(new QCheckBox(tr("Send the team's &KPI every Monday (to team leads)"), this))
    , m_apply(new QPushButton(tr("&Apply"), this))
    , m_status(new QLabel(this))
{
    setObjectName(u"mailDeliveryPage"_s);
    m_table->setObjectName(u"deliveryTable"_s);
    m_table->setAccessibleName(tr("Mail delivery per team and person"));
    m_table->setModel(m_model);
    RecordTable::configure(m_table);
    m_editing->setObjectName(u"deliveryEditing"_s);
    m_mode->setObjectName(u"deliveryMode"_s);
    m_mode->setAccessibleName(tr("Evaluation mail"));
    m_mode->addItem(tr("One message per evaluation"), int(Mode::PerEvaluation));
    m_mode->addItem(tr("A daily digest"), int(Mode::Digest));
    m_mode->addItem(QString(), int(Mode::NotSet)); // its text depends on the row
    m_hour->setObjectName(u"digestHour"_s);
    m_hour->setAccessibleName(tr("Digest hour"));
    m_hour->setRange(0, 23);
    m_hour->setSuffix(tr(":00"));
    m_hour->setValue(MailPreference{}.digestHour);
    m_weeklyKpi->setObjectName(u"weeklyKpi"_s);
    m_apply->setObjectName(u"applyDeliveryButton"_s);
    m_status->setObjectName(u"deliveryStatus"_s);
    m_status->setWordWrap(true);

    auto *explanation = new QLabel(tr("A digest collects the day's evaluations into one message at the chosen hour "
                                      "(this computer's time). A person's own choice wins over their team's."),
                                   this);
    explanation->setWordWrap(true);
    auto *hourLabel = new QLabel(tr("at &hour:"), this);
    hourLabel->setBuddy(m_hour);
    auto *modeRow = new QHBoxLayout;
    modeRow->addWidget(m_mode);
    modeRow->addWidget(hourLabel);
    modeRow->addWidget(m_hour);
    modeRow->addStretch(1);
    auto *form = new QFormLayout;
    form->addRow(tr("Editing:"), m_editing);
    auto *modeLabel = new QLabel(tr("Evaluation &mail:"), this);
    modeLabel->setBuddy(m_mode);
    form->addRow(modeLabel, modeRow);
    form->addRow(QString(), m_weeklyKpi);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_apply);
    buttons->addWidget(m_status, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addLayout(buttons);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MailDeliveryPage::showSelected);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &MailDeliveryPage::updateForm);
    connect(m_apply, &QPushButton::clicked, this, &MailDeliveryPage::apply);
    showSelected();
}

void MailDeliveryPage::setContext(Database *db, qint64 actorId)
{
    m_db = db;
    m_actorId = actorId;
    reload();
}

void MailDeliveryPage::reload()
{
    if (!m_db)
        return;
    const QModelIndex current = m_table->currentIndex();
    const MailPreferenceEntry *was = current.isValid() ? m_model->entryAt(current.row()) : nullptr;
    const QString scope = was ? was->scope : QString();
    const QString key = was ? was->key : QString();
    Result<QList<MailPreferenceEntry>> entries = MailOutbox(*m_db).preferenceEntries(m_actorId);
    if (!entries) {
        setStatus(tr("The mail choices could not be read: %1").arg(entries.error().message), true);
        return;
    }
    m_model->setEntries(std::move(*entries));
    // Someone who is neither a lead nor sees a team has no weekly KPI mail to choose.
    bool kpiApplies = false;
    for (int row = 0; row < m_model->rowCount(); ++row)
        kpiApplies = kpiApplies || m_model->entryAt(row)->scope == u"team"_s || m_model->entryAt(row)->teamLead;
    m_table->setColumnHidden(MailPreferenceModel::WeeklyKpi, !kpiApplies);
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(MailPreferenceModel::SetBy, QHeaderView::Stretch);
    // Someone who sees only themself need not pick their own row first.
    if (!scope.isEmpty())
        select(scope, key);
    else if (m_model->rowCount() == 1)
        m_table->selectRow(0);
    showSelected();
}

void MailDeliveryPage::select(const QString &scope, const QString &key)
{
    const int row = m_model->rowOf(scope, key);
    if (row >= 0)
        m_table->setCurrentIndex(m_model->index(row, 0));
}

void MailDeliveryPage::showSelected()
{
    const QModelIndex current = m_table->currentIndex();
    const MailPreferenceEntry *e = current.isValid() ? m_model->entryAt(current.row()) : nullptr;
    for (QWidget *w : std::initializer_list<QWidget *>{m_mode, m_hour, m_weeklyKpi, m_apply})
        w->setEnabled(e != nullptr);
    if (!e) {
        m_editing->setText(tr("(choose a team or a person above)"));
        return;
    }
    m_editing->setText(e->scope == u"team"_s ? tr("team %1 (everyone in it without their own choice)").arg(e->name)
                                             : e->name);
    const bool team = e->scope == u"team"_s;
    m_mode->setItemText(2, team ? tr("Not set: the default (one message per evaluation)")
                                : tr("Not set: their team's choice, else one message per evaluation"));
    if (e->source != MailPreferenceEntry::Source::Own)
        m_mode->setCurrentIndex(2);
    else
        m_mode->setCurrentIndex(e->preference.digest ? 1 : 0);
    m_hour->setValue(e->preference.digestHour);
    m_weeklyKpi->setChecked(e->preference.weeklyKpi);
    // The weekly KPI mail goes to team leads only; for anyone else the box would do nothing.
    m_weeklyKpi->setVisible(e->scope == u"team"_s || e->teamLead);
    updateForm();
}

void MailDeliveryPage::updateForm()
{
    m_hour->setEnabled(m_apply->isEnabled() && modeOf(m_mode) == Mode::Digest);
    // Without a choice of its own the row follows its team's flag too.
    m_weeklyKpi->setEnabled(m_apply->isEnabled() && modeOf(m_mode) != Mode::NotSet);
}

void MailDeliveryPage::setStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setProperty("problem", problem);
    m_status->setStyleSheet(problem ? u"color: #c62828;"_s : QString());
}

void MailDeliveryPage::apply()
{
    const QModelIndex current = m_table->currentIndex();
    const MailPreferenceEntry *e = current.isValid() ? m_model->entryAt(current.row()) : nullptr;
    if (!m_db || !e)
        return;
    const QString scope = e->scope;
    const QString key = e->key;
    const QString name = e->name;
    if (modeOf(m_mode) == Mode::NotSet) {
        if (const Status s = MailOutbox(*m_db).clearPreference(m_actorId, scope, e->scopeId); !s) {
            setStatus(s.error().message, true);
            return;
        }
        setStatus(scope == u"team"_s ? tr("%1: the default applies again.").arg(name)
                                     : tr("%1: their team's choice (or the default) applies again.").arg(name),
                  false);
        reload();
        select(scope, key);
        m_table->setFocus();
        return;
    }
    MailPreference preference;
    preference.digest = modeOf(m_mode) == Mode::Digest;
    preference.digestHour = m_hour->value();
    preference.weeklyKpi = e->scope == u"team"_s || e->teamLead ? m_weeklyKpi->isChecked() : e->preference.weeklyKpi;
    if (const Status s = MailOutbox(*m_db).setPreference(m_actorId, scope, e->scopeId, preference); !s) {
        setStatus(s.error().message, true);
        return;
    }
    const bool leads = scope == u"team"_s || e->teamLead;
    setStatus(leads ? tr("%1: %2; weekly KPI mail: %3.")
                          .arg(name, MailPreferenceModel::deliveryText(preference),
                               preference.weeklyKpi ? tr("yes") : tr("no"))
                    : tr("%1: %2.").arg(name, MailPreferenceModel::deliveryText(preference)),
              false);
    reload();
    select(scope, key);
    m_table->setFocus();
}

} // namespace qadesk::ui
