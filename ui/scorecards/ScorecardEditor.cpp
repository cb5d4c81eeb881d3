#include "ScorecardEditor.h"

#include "scorecards/ScorecardAdminService.h"
#include "scorecards/ScorecardTreeModel.h"
#include "scoring/ScorecardShares.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace qadesk::ui {

namespace {

QStringList splitList(const QString &text)
{
    QStringList items;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            items.append(part.trimmed());
    }
    return items;
}

void setText(QLineEdit *edit, const QString &text)
{
    if (edit->text() != text) {
        const QSignalBlocker block(edit);
        edit->setText(text);
    }
}

void setValue(QDoubleSpinBox *spin, double value)
{
    if (spin->value() != value) {
        const QSignalBlocker block(spin);
        spin->setValue(value);
    }
}

void setChecked(QCheckBox *box, bool checked)
{
    const QSignalBlocker block(box);
    box->setChecked(checked);
}

QDoubleSpinBox *weightSpin(QWidget *parent, const QString &name)
{
    auto *spin = new QDoubleSpinBox(parent);
    spin->setObjectName(name);
    // 0 is allowed here so that the file format's "must be > 0" is shown rather than silently prevented.
    spin->setRange(0, 1000);
    spin->setDecimals(2);
    spin->setSingleStep(0.5);
    return spin;
}

} // namespace

ScorecardEditor::ScorecardEditor(QWidget *parent)
    : QWidget(parent)
    , m_document(new ScorecardDocument(this))
    , m_model(new ScorecardTreeModel(m_document, this))
    , m_tree(new QTreeView(this))
    , m_cardId(new QLineEdit(this))
    , m_cardTitle(new QLineEdit(this))
    , m_cardCredit(new QDoubleSpinBox(this))
    , m_teams(new QLineEdit(this))
    , m_tags(new QLineEdit(this))
    , m_channels(new QLineEdit(this))
    , m_validation(new QLabel(this))
    , m_status(new QLabel(this))
    , m_save(new QPushButton(tr("&Save as new version"), this))
{
    m_cardId->setObjectName(u"cardIdEdit"_s);
    m_cardTitle->setObjectName(u"cardTitleEdit"_s);
    m_cardCredit->setObjectName(u"cardPartialCredit"_s);
    m_cardCredit->setRange(0, 1);
    m_cardCredit->setDecimals(2);
    m_cardCredit->setSingleStep(0.05);
    m_teams->setObjectName(u"appliesTeamsEdit"_s);
    m_tags->setObjectName(u"appliesTagsEdit"_s);
    m_channels->setObjectName(u"appliesChannelsEdit"_s);
    for (QLineEdit *edit : {m_teams, m_tags, m_channels})
        edit->setPlaceholderText(tr("any (comma-separated list to limit)"));

    auto *header = new QFormLayout;
    header->addRow(tr("Card ID:"), m_cardId);
    header->addRow(tr("Title:"), m_cardTitle);
    header->addRow(tr("Credit for Partly:"), m_cardCredit);
    auto *applies = new QHBoxLayout;
    applies->addWidget(new QLabel(tr("Teams:"), this));
    applies->addWidget(m_teams);
    applies->addWidget(new QLabel(tr("Tags:"), this));
    applies->addWidget(m_tags);
    applies->addWidget(new QLabel(tr("Channels:"), this));
    applies->addWidget(m_channels);
    header->addRow(tr("Applies to:"), applies);

    m_tree->setObjectName(u"scorecardTree"_s);
    m_tree->setModel(m_model);
    m_tree->setDragDropMode(QAbstractItemView::InternalMove);
    m_tree->setDefaultDropAction(Qt::MoveAction);
    m_tree->setDragEnabled(true);
    m_tree->setAcceptDrops(true);
    m_tree->setDropIndicatorShown(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(ScorecardTreeModel::TextColumn, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_tree->installEventFilter(this);
    m_tree->setToolTip(tr("Drag to reorder, or Ctrl+Up / Ctrl+Down"));

    auto *addSection = new QPushButton(tr("Add &section"), this);
    addSection->setObjectName(u"addSectionButton"_s);
    auto *addQuestion = new QPushButton(tr("Add &question"), this);
    addQuestion->setObjectName(u"addQuestionButton"_s);
    auto *remove = new QPushButton(tr("&Remove"), this);
    remove->setObjectName(u"removeItemButton"_s);
    auto *up = new QPushButton(tr("Move &up"), this);
    up->setObjectName(u"moveUpButton"_s);
    auto *down = new QPushButton(tr("Move &down"), this);
    down->setObjectName(u"moveDownButton"_s);
    auto *undo = new QPushButton(tr("Undo"), this);
    undo->setObjectName(u"undoButton"_s);
    undo->setShortcut(QKeySequence::Undo);
    auto *redo = new QPushButton(tr("Redo"), this);
    redo->setObjectName(u"redoButton"_s);
    redo->setShortcut(QKeySequence::Redo);
    auto *tools = new QHBoxLayout;
    for (QPushButton *b : {addSection, addQuestion, remove, up, down, undo, redo})
        tools->addWidget(b);
    tools->addStretch();

    auto *formHost = new QWidget(this);
    buildForms(formHost);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_tree);
    splitter->addWidget(formHost);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    m_validation->setObjectName(u"validationLabel"_s);
    m_validation->setWordWrap(true);
    m_validation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setObjectName(u"editorStatus"_s);
    m_status->setWordWrap(true);
    m_save->setObjectName(u"saveCardButton"_s);
    auto *exportButton = new QPushButton(tr("&Export…"), this);
    exportButton->setObjectName(u"exportCardButton"_s);
    auto *whatIf = new QPushButton(tr("&What if…"), this);
    whatIf->setObjectName(u"whatIfButton"_s);
    whatIf->setToolTip(tr("Re-score a period's evaluations under this draft before saving it"));
    auto *close = new QPushButton(tr("&Back to the list"), this);
    close->setObjectName(u"closeEditorButton"_s);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_status, 1);
    for (QPushButton *b : {whatIf, exportButton, m_save, close})
        actions->addWidget(b);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addLayout(tools);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_validation);
    layout->addLayout(actions);

    QUndoStack *stack = m_document->undoStack();
    connect(undo, &QPushButton::clicked, stack, &QUndoStack::undo);
    connect(redo, &QPushButton::clicked, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::canUndoChanged, undo, &QWidget::setEnabled);
    connect(stack, &QUndoStack::canRedoChanged, redo, &QWidget::setEnabled);
    undo->setEnabled(false);
    redo->setEnabled(false);

    connect(addSection, &QPushButton::clicked, this, [this] { select(m_document->addSection(currentPath().section)); });
    connect(addQuestion, &QPushButton::clicked, this, [this] {
        select(m_document->addQuestion(currentPath()));
        m_questionText->setFocus();
        m_questionText->selectAll();
    });
    connect(remove, &QPushButton::clicked, this, [this] { m_document->remove(currentPath()); });
    connect(up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_save, &QPushButton::clicked, this, &ScorecardEditor::save);
    connect(exportButton, &QPushButton::clicked, this, &ScorecardEditor::chooseExport);
    connect(whatIf, &QPushButton::clicked, this, [this] { Q_EMIT whatIfRequested(m_document->card()); });
    connect(close, &QPushButton::clicked, this, &ScorecardEditor::closeRequested);

    connect(m_document, &ScorecardDocument::changed, this, &ScorecardEditor::refresh);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_tree->expandAll();
        select(m_selected);
    });
    connect(m_model, &ScorecardTreeModel::moved, this, [this](const CardPath &path) { select(path); });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        m_selected = m_model->pathOf(current);
        refreshForms();
    });

    connect(m_cardId, &QLineEdit::textEdited, this, [this](const QString &text) {
        editCardField(u"id"_s, [&](Scorecard &c) { c.id = text.trimmed(); });
    });
    connect(m_cardTitle, &QLineEdit::textEdited, this, [this](const QString &text) {
        editCardField(u"title"_s, [&](Scorecard &c) { c.title = text; });
    });
    connect(m_cardCredit, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        editCardField(u"credit"_s, [&](Scorecard &c) { c.partialCredit = value; });
    });
    connect(m_teams, &QLineEdit::textEdited, this, [this](const QString &text) {
        editCardField(u"teams"_s, [&](Scorecard &c) { c.appliesTo.teams = splitList(text); });
    });
    connect(m_tags, &QLineEdit::textEdited, this, [this](const QString &text) {
        editCardField(u"tags"_s, [&](Scorecard &c) { c.appliesTo.tags = splitList(text); });
    });
    connect(m_channels, &QLineEdit::textEdited, this, [this](const QString &text) {
        editCardField(u"channels"_s, [&](Scorecard &c) { c.appliesTo.channels = splitList(text); });
    });
}

void ScorecardEditor::buildForms(QWidget *host)
{
    m_forms = new QStackedWidget(host);
    m_forms->setObjectName(u"itemForms"_s);
    auto *empty = new QLabel(tr("Choose a section or a question to edit it."), m_forms);
    empty->setWordWrap(true);
    m_forms->addWidget(empty);

    auto *sectionPage = new QGroupBox(tr("Section"), m_forms);
    m_sectionId = new QLineEdit(sectionPage);
    m_sectionId->setObjectName(u"sectionIdEdit"_s);
    m_sectionTitle = new QLineEdit(sectionPage);
    m_sectionTitle->setObjectName(u"sectionTitleEdit"_s);
    m_sectionWeight = weightSpin(sectionPage, u"sectionWeightSpin"_s);
    m_sectionShare = new QLabel(sectionPage);
    m_sectionShare->setObjectName(u"sectionShareLabel"_s);
    m_sectionShare->setWordWrap(true);
    auto *sectionForm = new QFormLayout(sectionPage);
    sectionForm->addRow(tr("ID:"), m_sectionId);
    sectionForm->addRow(tr("Title:"), m_sectionTitle);
    sectionForm->addRow(tr("Weight:"), m_sectionWeight);
    sectionForm->addRow(m_sectionShare);
    m_forms->addWidget(sectionPage);

    auto *questionPage = new QGroupBox(tr("Question"), m_forms);
    m_questionId = new QLineEdit(questionPage);
    m_questionId->setObjectName(u"questionIdEdit"_s);
    m_questionText = new QLineEdit(questionPage);
    m_questionText->setObjectName(u"questionTextEdit"_s);
    m_questionHelp = new QPlainTextEdit(questionPage);
    m_questionHelp->setObjectName(u"questionHelpEdit"_s);
    m_questionHelp->setPlaceholderText(tr("What trainers should look for (shown next to the question)"));
    m_questionHelp->setTabChangesFocus(true);
    m_questionHelp->setMaximumHeight(80);
    m_questionWeight = weightSpin(questionPage, u"questionWeightSpin"_s);
    m_questionShare = new QLabel(questionPage);
    m_questionShare->setObjectName(u"questionShareLabel"_s);
    m_questionShare->setWordWrap(true);
    m_ownCredit = new QCheckBox(tr("Own credit for Partly:"), questionPage);
    m_ownCredit->setObjectName(u"ownCreditCheck"_s);
    m_questionCredit = new QDoubleSpinBox(questionPage);
    m_questionCredit->setObjectName(u"questionCreditSpin"_s);
    m_questionCredit->setRange(0, 1);
    m_questionCredit->setDecimals(2);
    m_questionCredit->setSingleStep(0.05);
    m_ownComments = new QCheckBox(tr("Own comment rule; a comment is needed on:"), questionPage);
    m_ownComments->setObjectName(u"ownCommentsCheck"_s);
    auto *commentRow = new QHBoxLayout;
    for (AnswerValue v : AnswerValueSet::all) {
        auto *box = new QCheckBox(answerValueLabel(v), questionPage);
        box->setObjectName(u"commentFor_"_s + answerValueId(v));
        m_commentFor.append(box);
        commentRow->addWidget(box);
    }
    m_critical = new QCheckBox(tr("Critical: failing it caps the whole score"), questionPage);
    m_critical->setObjectName(u"criticalCheck"_s);
    m_naAllowed = new QCheckBox(tr("N/A allowed"), questionPage);
    m_naAllowed->setObjectName(u"naAllowedCheck"_s);
    auto *questionForm = new QFormLayout(questionPage);
    questionForm->addRow(tr("ID:"), m_questionId);
    questionForm->addRow(tr("Question:"), m_questionText);
    questionForm->addRow(tr("Help for trainers:"), m_questionHelp);
    questionForm->addRow(tr("Weight:"), m_questionWeight);
    questionForm->addRow(m_questionShare);
    questionForm->addRow(m_ownCredit, m_questionCredit);
    questionForm->addRow(m_ownComments);
    questionForm->addRow(commentRow);
    questionForm->addRow(m_critical);
    questionForm->addRow(m_naAllowed);
    m_forms->addWidget(questionPage);

    auto *layout = new QVBoxLayout(host);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_forms);
    layout->addStretch();

    connect(m_sectionId, &QLineEdit::textEdited, this, [this](const QString &t) {
        editCurrent(u"id"_s, [&](ScorecardSection &s) { s.id = t.trimmed(); }, {});
    });
    connect(m_sectionTitle, &QLineEdit::textEdited, this, [this](const QString &t) {
        editCurrent(u"title"_s, [&](ScorecardSection &s) { s.title = t; }, {});
    });
    connect(m_sectionWeight, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        editCurrent(u"weight"_s, [&](ScorecardSection &s) { s.weight = v; }, {});
    });
    connect(m_questionId, &QLineEdit::textEdited, this, [this](const QString &t) {
        editCurrent(u"id"_s, {}, [&](Criterion &c) { c.id = t.trimmed(); });
    });
    connect(m_questionText, &QLineEdit::textEdited, this, [this](const QString &t) {
        editCurrent(u"text"_s, {}, [&](Criterion &c) { c.text = t; });
    });
    connect(m_questionHelp, &QPlainTextEdit::textChanged, this, [this] {
        const QString text = m_questionHelp->toPlainText();
        editCurrent(u"help"_s, {}, [&](Criterion &c) { c.help = text; });
    });
    connect(m_questionWeight, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        editCurrent(u"weight"_s, {}, [&](Criterion &c) { c.weight = v; });
    });
    connect(m_ownCredit, &QCheckBox::toggled, this, [this](bool own) {
        const double credit = m_questionCredit->value();
        editCurrent(u"own-credit"_s, {}, [&](Criterion &c) {
            c.partialCredit = own ? std::optional(credit) : std::nullopt;
        });
    });
    connect(m_questionCredit, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        editCurrent(u"credit"_s, {}, [&](Criterion &c) { c.partialCredit = v; });
    });
    const auto commentSet = [this] {
        AnswerValueSet set;
        for (qsizetype i = 0; i < m_commentFor.size(); ++i) {
            if (m_commentFor.at(i)->isChecked())
                set.insert(AnswerValueSet::all[i]);
        }
        return set;
    };
    connect(m_ownComments, &QCheckBox::toggled, this, [this, commentSet](bool own) {
        const AnswerValueSet set = commentSet();
        editCurrent(u"own-comments"_s, {}, [&](Criterion &c) {
            c.commentRequiredFor = own ? std::optional(set) : std::nullopt;
        });
    });
    for (QCheckBox *box : m_commentFor) {
        connect(box, &QCheckBox::toggled, this, [this, commentSet] {
            const AnswerValueSet set = commentSet();
            editCurrent(u"comments"_s, {}, [&](Criterion &c) { c.commentRequiredFor = set; });
        });
    }
    connect(m_critical, &QCheckBox::toggled, this, [this](bool on) {
        editCurrent(u"critical"_s, {}, [&](Criterion &c) { c.critical = on; });
    });
    connect(m_naAllowed, &QCheckBox::toggled, this, [this](bool on) {
        editCurrent(u"na"_s, {}, [&](Criterion &c) { c.naAllowed = on; });
    });
}

void ScorecardEditor::setContext(Database *db, const Person &person)
{
    m_db = db;
    m_person = person;
}

void ScorecardEditor::editCard(const Scorecard &card, bool isNew, bool unsaved)
{
    m_selected = card.sections.isEmpty() ? CardPath{} : CardPath{0, card.sections.first().criteria.isEmpty() ? -1 : 0};
    m_document->load(card, isNew || unsaved);
    // The id names the card in evaluations and files: it is chosen once, for a new card.
    m_cardId->setReadOnly(!isNew);
    m_status->clear();
    select(m_selected);
}

CardPath ScorecardEditor::currentPath() const
{
    return m_model->pathOf(m_tree->currentIndex());
}

void ScorecardEditor::select(const CardPath &path)
{
    const QModelIndex index = m_model->indexOf(path);
    m_selected = path;
    if (index.isValid()) {
        m_tree->setCurrentIndex(index);
        m_tree->scrollTo(index);
    }
    refreshForms();
}

void ScorecardEditor::moveCurrent(int step)
{
    const CardPath path = currentPath();
    if (path.section < 0)
        return;
    select(m_document->move(path, step));
}

bool ScorecardEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tree && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() == Qt::ControlModifier && (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down)) {
            moveCurrent(key->key() == Qt::Key_Up ? -1 : 1);
            return true;
        }
        if (key->modifiers() == Qt::NoModifier && key->key() == Qt::Key_Delete) {
            m_document->remove(currentPath());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ScorecardEditor::editCardField(const QString &field, const std::function<void(Scorecard &)> &change)
{
    Scorecard card = m_document->card();
    change(card);
    m_document->edit(card, tr("Edit card"), u"card:"_s + field);
}

void ScorecardEditor::editCurrent(const QString &field, const std::function<void(ScorecardSection &)> &onSection,
                                  const std::function<void(Criterion &)> &onQuestion)
{
    const CardPath path = m_selected;
    Scorecard card = m_document->card();
    if (path.section < 0 || path.section >= card.sections.size())
        return;
    ScorecardSection &section = card.sections[path.section];
    const QString key = u"%1:%2:%3"_s.arg(path.section).arg(path.question).arg(field);
    if (path.isSection() && onSection) {
        onSection(section);
        m_document->edit(card, tr("Edit section \"%1\"").arg(section.title), key);
    } else if (path.isQuestion() && onQuestion && path.question < section.criteria.size()) {
        onQuestion(section.criteria[path.question]);
        m_document->edit(card, tr("Edit question \"%1\"").arg(section.criteria.at(path.question).id), key);
    }
}

void ScorecardEditor::refresh()
{
    const Scorecard &card = m_document->card();
    setText(m_cardId, card.id);
    setText(m_cardTitle, card.title);
    setValue(m_cardCredit, card.partialCredit);
    setText(m_teams, card.appliesTo.teams.join(u", "_s));
    setText(m_tags, card.appliesTo.tags.join(u", "_s));
    setText(m_channels, card.appliesTo.channels.join(u", "_s));
    refreshForms();
    updateValidation();
}

void ScorecardEditor::refreshForms()
{
    const Scorecard &card = m_document->card();
    const CardPath path = m_selected;
    const QLocale locale;
    if (path.section < 0 || path.section >= card.sections.size()) {
        m_forms->setCurrentIndex(0);
        return;
    }
    const ScorecardSection &section = card.sections.at(path.section);
    if (path.isSection()) {
        m_forms->setCurrentIndex(1);
        setText(m_sectionId, section.id);
        setText(m_sectionTitle, section.title);
        setValue(m_sectionWeight, section.weight);
        m_sectionShare->setText(tr("This section carries %1 % of the total score.")
                                    .arg(locale.toString(ScorecardShares::section(card, path.section), 'f', 1)));
        return;
    }
    if (path.question >= section.criteria.size()) {
        m_forms->setCurrentIndex(0);
        return;
    }
    m_forms->setCurrentIndex(2);
    const Criterion &c = section.criteria.at(path.question);
    setText(m_questionId, c.id);
    setText(m_questionText, c.text);
    if (m_questionHelp->toPlainText() != c.help) {
        const QSignalBlocker block(m_questionHelp);
        m_questionHelp->setPlainText(c.help);
    }
    setValue(m_questionWeight, c.weight);
    m_questionShare->setText(
        tr("Weight %1 in section \"%2\" (weight %3): this question carries %4 % of the total score when every "
           "question is answered.")
            .arg(locale.toString(c.weight, 'g', 6), section.title, locale.toString(section.weight, 'g', 6),
                 locale.toString(ScorecardShares::question(card, path.section, path.question), 'f', 1)));
    setChecked(m_ownCredit, c.partialCredit.has_value());
    m_questionCredit->setEnabled(c.partialCredit.has_value());
    setValue(m_questionCredit, card.partialCreditFor(c));
    setChecked(m_ownComments, c.commentRequiredFor.has_value());
    const AnswerValueSet comments = c.commentRequiredFor.value_or(card.commentRequiredFor);
    for (qsizetype i = 0; i < m_commentFor.size(); ++i) {
        setChecked(m_commentFor.at(i), comments.contains(AnswerValueSet::all[i]));
        m_commentFor.at(i)->setEnabled(c.commentRequiredFor.has_value());
    }
    setChecked(m_critical, c.critical);
    setChecked(m_naAllowed, c.naAllowed);
}

void ScorecardEditor::updateValidation()
{
    const Result<Scorecard> valid = ScorecardAdminService::validate(m_document->card());
    // "sections[1].criteria[0].weight: …" names the item: mark it in the tree.
    QList<CardPath> problems;
    if (!valid) {
        static const QRegularExpression where(uR"(^sections\[(\d+)\](?:\.criteria\[(\d+)\])?)"_s);
        for (const QString &line : valid.error().message.split(u'\n')) {
            const QRegularExpressionMatch m = where.match(line);
            if (m.hasMatch())
                problems.append({m.captured(1).toLongLong(), m.hasCaptured(2) ? m.captured(2).toLongLong() : -1});
        }
    }
    m_model->setProblems(problems);
    if (valid) {
        m_validation->clear();
        m_validation->hide();
    } else {
        m_validation->setText(u"<b>%1</b><br>%2"_s.arg(tr("This card cannot be saved yet:").toHtmlEscaped(),
                                                       valid.error().message.toHtmlEscaped().replace(u'\n', u"<br>"_s)));
        m_validation->setStyleSheet(u"color: #b00020"_s);
        m_validation->show();
    }
    m_save->setEnabled(valid.has_value() && m_document->isModified());
}

bool ScorecardEditor::save()
{
    if (!m_db)
        return false;
    const Result<ScorecardImportResult> saved = ScorecardAdminService(*m_db).save(m_document->card(), m_person.id);
    if (!saved) {
        m_status->setText(saved.error().message);
        return false;
    }
    m_document->markSaved();
    m_cardId->setReadOnly(true);
    m_status->setText(saved->newVersion ? tr("Saved as version %1. Evaluations already made keep their version.")
                                              .arg(saved->version.left(12))
                                        : tr("Nothing changed: this content is version %1.").arg(saved->version.left(12)));
    updateValidation();
    Q_EMIT this->saved(saved->slug);
    return true;
}

bool ScorecardEditor::exportTo(const QString &path)
{
    QFile file(path);
    const QByteArray json = QJsonDocument(m_document->card().toJson()).toJson(QJsonDocument::Indented);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(json) != json.size()) {
        m_status->setText(tr("%1: cannot write: %2").arg(path, file.errorString()));
        return false;
    }
    m_status->setText(tr("Exported to %1.").arg(path));
    return true;
}

void ScorecardEditor::chooseExport()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export scorecard"), m_document->card().id + u".json"_s,
                                                      tr("Scorecards (*.json)"));
    if (!path.isEmpty())
        exportTo(path);
}

} // namespace qadesk::ui
