#include "ScorecardsPage.h"

#include "domain/Ticket.h"
#include "scorecards/ScorecardAdminService.h"
#include "scorecards/ScorecardEditor.h"
#include "scorecards/WhatIfView.h"
#include "scoring/ScorecardCoverage.h"
#include "scoring/ScorecardDiff.h"
#include "scoring/ScorecardMatcher.h"
#include "scoring/ScorecardParser.h"
#include "storage/ScorecardStore.h"
#include "storage/TicketStore.h"
#include "widgets/RecordTable.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace qadesk::ui {

namespace {

Criterion newCriterion(const QString &id, const QString &text, double weight = 1.0)
{
    Criterion c;
    c.id = id;
    c.text = text;
    c.weight = weight;
    return c;
}

QString appliesText(const AppliesTo &a)
{
    QStringList parts;
    if (!a.teams.isEmpty())
        parts.append(ScorecardsPage::tr("teams: %1").arg(a.teams.join(u", "_s)));
    if (!a.tags.isEmpty())
        parts.append(ScorecardsPage::tr("tags: %1").arg(a.tags.join(u", "_s)));
    if (!a.channels.isEmpty())
        parts.append(ScorecardsPage::tr("channels: %1").arg(a.channels.join(u", "_s)));
    return parts.isEmpty() ? ScorecardsPage::tr("every ticket") : parts.join(u"; "_s);
}

} // namespace

ScorecardsPage::ScorecardsPage(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_listPage(new QWidget(this))
    , m_editor(new ScorecardEditor(this))
    , m_whatIf(new WhatIfView(this))
    , m_table(new QTableWidget(0, 6, this))
    , m_archive(new QPushButton(tr("&Archive"), this))
    , m_status(new QLabel(this))
    , m_from(new QComboBox(this))
    , m_to(new QComboBox(this))
    , m_diff(new QPlainTextEdit(this))
    , m_ticket(new QLineEdit(this))
    , m_ticketResult(new QLabel(this))
    , m_coverage(new QPlainTextEdit(this))
{
    setObjectName(u"scorecardsPage"_s);
    m_table->setObjectName(u"cardTable"_s);
    m_table->setHorizontalHeaderLabels(
        {tr("ID"), tr("Title"), tr("Applies to"), tr("Questions"), tr("Versions"), tr("State")});
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    RecordTable::configure(m_table);

    auto *newButton = new QPushButton(tr("&New card"), this);
    newButton->setObjectName(u"newCardButton"_s);
    auto *edit = new QPushButton(tr("&Edit"), this);
    edit->setObjectName(u"editCardButton"_s);
    auto *duplicate = new QPushButton(tr("&Duplicate"), this);
    duplicate->setObjectName(u"duplicateCardButton"_s);
    m_archive->setObjectName(u"archiveCardButton"_s);
    auto *import = new QPushButton(tr("&Import…"), this);
    import->setObjectName(u"importCardButton"_s);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {newButton, edit, duplicate, m_archive, import})
        buttons->addWidget(b);
    buttons->addStretch();
    m_status->setObjectName(u"scorecardsStatus"_s);
    m_status->setWordWrap(true);

    auto *history = new QGroupBox(tr("Version history"), this);
    m_from->setObjectName(u"versionFrom"_s);
    m_to->setObjectName(u"versionTo"_s);
    m_diff->setObjectName(u"diffView"_s);
    m_diff->setReadOnly(true);
    auto *versions = new QHBoxLayout;
    versions->addWidget(new QLabel(tr("From"), history));
    versions->addWidget(m_from, 1);
    versions->addWidget(new QLabel(tr("to"), history));
    versions->addWidget(m_to, 1);
    auto *historyLayout = new QVBoxLayout(history);
    historyLayout->addLayout(versions);
    historyLayout->addWidget(m_diff);

    auto *coverage = new QGroupBox(tr("Which card a ticket gets"), this);
    m_ticket->setObjectName(u"ticketLookupEdit"_s);
    m_ticket->setPlaceholderText(tr("Ticket number in the helpdesk"));
    m_ticketResult->setObjectName(u"ticketLookupResult"_s);
    m_ticketResult->setWordWrap(true);
    m_coverage->setObjectName(u"coverageView"_s);
    m_coverage->setReadOnly(true);
    auto *coverageLayout = new QVBoxLayout(coverage);
    coverageLayout->addWidget(m_ticket);
    coverageLayout->addWidget(m_ticketResult);
    coverageLayout->addWidget(new QLabel(tr("Warnings about the cards' applies_to:"), coverage));
    coverageLayout->addWidget(m_coverage);

    auto *lower = new QHBoxLayout;
    lower->addWidget(history, 3);
    lower->addWidget(coverage, 2);
    auto *listLayout = new QVBoxLayout(m_listPage);
    listLayout->addLayout(buttons);
    listLayout->addWidget(m_table, 2);
    listLayout->addWidget(m_status);
    listLayout->addLayout(lower, 2);

    m_stack->addWidget(m_listPage);
    m_stack->addWidget(m_editor);
    m_stack->addWidget(m_whatIf);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(newButton, &QPushButton::clicked, this, &ScorecardsPage::newCard);
    connect(edit, &QPushButton::clicked, this, &ScorecardsPage::editSelected);
    connect(duplicate, &QPushButton::clicked, this, &ScorecardsPage::duplicateSelected);
    connect(m_archive, &QPushButton::clicked, this, &ScorecardsPage::toggleArchived);
    connect(import, &QPushButton::clicked, this, &ScorecardsPage::chooseImport);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ScorecardsPage::showHistory);
    connect(m_table, &QTableWidget::itemActivated, this, &ScorecardsPage::editSelected);
    connect(m_from, &QComboBox::currentIndexChanged, this, &ScorecardsPage::showDiff);
    connect(m_to, &QComboBox::currentIndexChanged, this, &ScorecardsPage::showDiff);
    connect(m_ticket, &QLineEdit::returnPressed, this, &ScorecardsPage::lookUpTicket);
    connect(m_editor, &ScorecardEditor::closeRequested, this, &ScorecardsPage::showList);
    connect(m_editor, &ScorecardEditor::saved, this, [this](const QString &slug) {
        reload();
        selectCard(slug);
        Q_EMIT scorecardsChanged();
    });
    connect(m_editor, &ScorecardEditor::whatIfRequested, this, &ScorecardsPage::showWhatIf);
    connect(m_whatIf, &WhatIfView::backRequested, this, [this] { m_stack->setCurrentWidget(m_editor); });
}

void ScorecardsPage::setContext(Database *db, const Person &person)
{
    m_db = db;
    m_person = person;
    m_editor->setContext(db, person);
    m_whatIf->setContext(db);
    reload();
}

void ScorecardsPage::say(const QString &text)
{
    m_status->setText(text);
}

void ScorecardsPage::reload()
{
    if (!m_db)
        return;
    const QString selected = selectedSlug();
    const Result<QList<ScorecardSummary>> cards = ScorecardStore(*m_db).list();
    if (!cards) {
        say(cards.error().message);
        return;
    }
    ScorecardStore store(*m_db);
    m_table->setRowCount(int(cards->size()));
    for (int r = 0; r < cards->size(); ++r) {
        const ScorecardSummary &c = cards->at(r);
        const Result<ScorecardVersion> current = store.current(c.slug);
        const QStringList cells{c.slug,
                                c.title,
                                current ? appliesText(current->card.appliesTo) : QString(),
                                QString::number(c.criterionCount),
                                QString::number(c.versionCount),
                                c.archived ? tr("archived") : tr("in use")};
        for (int col = 0; col < cells.size(); ++col)
            m_table->setItem(r, col, new QTableWidgetItem(cells.at(col)));
    }
    m_table->resizeColumnToContents(0);
    m_table->resizeColumnToContents(1);
    selectCard(selected.isEmpty() && !cards->isEmpty() ? cards->first().slug : selected);
    showCoverage();
}

QString ScorecardsPage::selectedSlug() const
{
    const int row = m_table->currentRow();
    return row >= 0 && m_table->item(row, 0) ? m_table->item(row, 0)->text() : QString();
}

void ScorecardsPage::selectCard(const QString &slug)
{
    for (int r = 0; r < m_table->rowCount(); ++r) {
        if (m_table->item(r, 0)->text() == slug) {
            m_table->selectRow(r);
            m_table->setCurrentCell(r, 0);
            break;
        }
    }
    showHistory();
}

bool ScorecardsPage::mayReplaceDraft()
{
    const ScorecardDocument *draft = m_editor->document();
    if (!draft->isModified())
        return true;
    return QMessageBox::question(this, tr("Unsaved changes"),
                                 tr("The changes to \"%1\" are not saved. Drop them?").arg(draft->card().title),
                                 QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel)
           == QMessageBox::Discard;
}

void ScorecardsPage::showList()
{
    reload();
    // Nothing the admin typed is lost by looking at the list: the draft stays in the editor.
    if (m_editor->document()->isModified())
        say(tr("The changes to \"%1\" are not saved yet; Edit on it goes back to them.")
                .arg(m_editor->document()->card().id));
    m_stack->setCurrentWidget(m_listPage);
    m_table->setFocus();
}

void ScorecardsPage::newCard()
{
    if (!mayReplaceDraft())
        return;
    Scorecard card;
    card.id = u"new-card"_s;
    card.title = tr("New scorecard");
    card.sections.append(ScorecardSection{u"main"_s, tr("Main"), 1.0, {newCriterion(u"question-1"_s, tr("New question"))}});
    m_editor->editCard(card, true);
    m_stack->setCurrentWidget(m_editor);
}

void ScorecardsPage::editSelected()
{
    if (!m_db || selectedSlug().isEmpty())
        return;
    const ScorecardDocument *draft = m_editor->document();
    if (draft->isModified() && !draft->isNew() && draft->card().id == selectedSlug()) {
        m_stack->setCurrentWidget(m_editor);
        return;
    }
    if (!mayReplaceDraft())
        return;
    const Result<ScorecardVersion> current = ScorecardStore(*m_db).current(selectedSlug());
    if (!current) {
        say(current.error().message);
        return;
    }
    m_editor->editCard(current->card, false);
    m_stack->setCurrentWidget(m_editor);
}

void ScorecardsPage::duplicateSelected()
{
    const QString slug = selectedSlug();
    if (!m_db || slug.isEmpty())
        return;
    const Result<QList<ScorecardSummary>> cards = ScorecardStore(*m_db).list();
    if (!cards)
        return say(cards.error().message);
    QString copySlug = slug + u"-copy"_s;
    for (int n = 2; std::any_of(cards->begin(), cards->end(), [&](const auto &c) { return c.slug == copySlug; }); ++n)
        copySlug = slug + u"-copy-"_s + QString::number(n);
    const Result<ScorecardImportResult> copy = ScorecardAdminService(*m_db).duplicate(slug, copySlug, {}, m_person.id);
    if (!copy)
        return say(copy.error().message);
    reload();
    selectCard(copySlug);
    say(tr("Copied \"%1\" to \"%2\".").arg(slug, copySlug));
    Q_EMIT scorecardsChanged();
}

void ScorecardsPage::toggleArchived()
{
    const QString slug = selectedSlug();
    if (!m_db || slug.isEmpty())
        return;
    const bool archived = m_table->item(m_table->currentRow(), 5)->text() == tr("archived");
    const Status s = ScorecardAdminService(*m_db).setArchived(slug, !archived, m_person.id);
    if (!s)
        return say(s.error().message);
    reload();
    selectCard(slug);
    say(archived ? tr("\"%1\" is offered for new evaluations again.").arg(slug)
                 : tr("\"%1\" is archived: no new evaluations use it; its scores stay.").arg(slug));
    Q_EMIT scorecardsChanged();
}

bool ScorecardsPage::importFrom(const QString &path)
{
    if (!mayReplaceDraft())
        return false;
    const Result<Scorecard> card = ScorecardParser::fromFile(path);
    if (!card) {
        say(card.error().message);
        return false;
    }
    bool exists = false;
    if (m_db) {
        const Result<ScorecardVersion> current = ScorecardStore(*m_db).current(card->id);
        exists = current.has_value();
    }
    // An imported card is a draft until the admin saves it; for a card already here it becomes a new version.
    m_editor->editCard(*card, !exists, true);
    m_stack->setCurrentWidget(m_editor);
    return true;
}

void ScorecardsPage::chooseImport()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import scorecard"), {}, tr("Scorecards (*.json)"));
    if (!path.isEmpty())
        importFrom(path);
}

void ScorecardsPage::showHistory()
{
    const QString slug = selectedSlug();
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_from->clear();
    m_to->clear();
    m_diff->clear();
    if (!m_db || slug.isEmpty())
        return;
    const bool archived = m_table->item(m_table->currentRow(), 5)->text() == tr("archived");
    m_archive->setText(archived ? tr("&Restore") : tr("&Archive"));
    const Result<QList<ScorecardVersion>> versions = ScorecardStore(*m_db).versions(slug);
    if (!versions)
        return;
    const QLocale locale;
    for (int i = 0; i < versions->size(); ++i) {
        const ScorecardVersion &v = versions->at(i);
        const QString label = tr("v%1 · %2 · %3%4")
                                  .arg(i + 1)
                                  .arg(locale.toString(v.createdAt.toLocalTime(), QLocale::ShortFormat),
                                       v.contentHash.left(8), v.current ? tr(" (current)") : QString());
        m_from->addItem(label, v.contentHash);
        m_to->addItem(label, v.contentHash);
    }
    m_to->setCurrentIndex(m_to->count() - 1);
    m_from->setCurrentIndex(std::max(0, m_from->count() - 2));
    showDiff();
}

void ScorecardsPage::showDiff()
{
    const QString slug = selectedSlug();
    if (!m_db || slug.isEmpty() || m_from->currentIndex() < 0 || m_to->currentIndex() < 0)
        return;
    ScorecardStore store(*m_db);
    const Result<ScorecardVersion> from = store.version(slug, m_from->currentData().toString());
    const Result<ScorecardVersion> to = store.version(slug, m_to->currentData().toString());
    if (!from || !to) {
        m_diff->setPlainText(!from ? from.error().message : to.error().message);
        return;
    }
    if (m_from->currentIndex() == m_to->currentIndex()) {
        m_diff->setPlainText(m_from->count() == 1 ? tr("This card has one version so far.")
                                                  : tr("Choose two different versions to compare."));
        return;
    }
    const QList<ScorecardChange> changes = ScorecardDiff::compare(from->card, to->card);
    QStringList lines;
    for (const ScorecardChange &c : changes)
        lines.append(u"• "_s + c.describe());
    m_diff->setPlainText(lines.isEmpty() ? tr("No changes.") : lines.join(u'\n'));
}

void ScorecardsPage::lookUpTicket()
{
    if (!m_db)
        return;
    const QString wanted = m_ticket->text().trimmed();
    const Result<QList<Ticket>> tickets = TicketStore(*m_db).list();
    const Result<QList<ScorecardSummary>> summaries = ScorecardStore(*m_db).list();
    if (!tickets || !summaries)
        return;
    QList<Scorecard> cards;
    ScorecardStore store(*m_db);
    for (const ScorecardSummary &s : *summaries) {
        if (s.archived)
            continue;
        if (const Result<ScorecardVersion> v = store.current(s.slug))
            cards.append(v->card);
    }
    for (const Ticket &t : *tickets) {
        if (t.externalId != wanted)
            continue;
        const QList<ScorecardMatcher::Match> matches = ScorecardMatcher::rank(cards, t);
        if (matches.isEmpty()) {
            m_ticketResult->setText(tr("Ticket %1 (team %2, channel %3) fits no card.")
                                        .arg(t.externalId, t.team.isEmpty() ? tr("none") : t.team, t.channel));
            return;
        }
        QStringList others;
        for (qsizetype i = 1; i < matches.size(); ++i)
            others.append(matches.at(i).card->id);
        m_ticketResult->setText(tr("Ticket %1 (team %2, channel %3) gets \"%4\"%5.")
                                    .arg(t.externalId, t.team.isEmpty() ? tr("none") : t.team, t.channel,
                                         matches.first().card->title,
                                         others.isEmpty() ? QString() : tr("; it would also fit %1").arg(others.join(u", "_s))));
        return;
    }
    m_ticketResult->setText(tr("No ticket %1 in the workspace.").arg(wanted));
}

void ScorecardsPage::showCoverage()
{
    if (!m_db)
        return;
    const Result<QList<Ticket>> tickets = TicketStore(*m_db).list();
    const Result<QList<ScorecardSummary>> summaries = ScorecardStore(*m_db).list();
    if (!tickets || !summaries)
        return;
    QList<Scorecard> cards;
    ScorecardStore store(*m_db);
    for (const ScorecardSummary &s : *summaries) {
        if (s.archived)
            continue;
        if (const Result<ScorecardVersion> v = store.current(s.slug))
            cards.append(v->card);
    }
    const QStringList warnings = ScorecardCoverage::check(cards, *tickets).warnings();
    m_coverage->setPlainText(warnings.isEmpty() ? tr("Every ticket in the workspace fits exactly one best card.")
                                                : u"⚠ "_s + warnings.join(u"\n⚠ "_s));
}

void ScorecardsPage::showWhatIf(const Scorecard &draft)
{
    m_whatIf->setDraft(draft);
    m_stack->setCurrentWidget(m_whatIf);
}

} // namespace qadesk::ui
