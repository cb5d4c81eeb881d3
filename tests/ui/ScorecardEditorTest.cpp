#include "MainWindow.h"
#include "UiTestSupport.h"
#include "demo/DemoWorkspace.h"
#include "kpi/WhatIfAnalysis.h"
#include "scorecards/ScorecardEditor.h"
#include "scorecards/ScorecardTreeModel.h"
#include "scorecards/ScorecardsPage.h"
#include "scorecards/WhatIfView.h"
#include "scoring/ScorecardParser.h"
#include "storage/PeopleStore.h"
#include "storage/ScorecardStore.h"
#include "storage/TicketStore.h"
#include "support/TestData.h"
#include "support/TestDatabase.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QJsonDocument>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace qadesk;
using namespace qadesk::ui;
using namespace qadesk::test;
using namespace Qt::StringLiterals;

namespace {

const QString adminEmail = u"e.kuznetsova@demo.qadesk.example"_s;
const QString trainerEmail = u"o.belova@demo.qadesk.example"_s;

struct AdminPage
{
    explicit AdminPage(const QString &email = adminEmail)
        : t(Backend::Sqlite)
    {
        REQUIRE(DemoWorkspace::seed(t.db()).has_value());
        person = PeopleStore(t.db()).findByEmail(email).value().value();
        page.resize(1300, 860);
        page.show();
        page.setContext(&t.db(), person);
        REQUIRE(QTest::qWaitForWindowExposed(&page));
    }

    template<typename T>
    T *find(const QString &name)
    {
        T *widget = page.findChild<T *>(name);
        INFO("no widget " << name.toStdString());
        REQUIRE(widget);
        return widget;
    }

    void click(const QString &button) { QTest::mouseClick(find<QPushButton>(button), Qt::LeftButton); }

    void openCard(const QString &slug)
    {
        page.selectCard(slug);
        click(u"editCardButton"_s);
        REQUIRE(page.editor()->isVisible());
    }

    // A click on a row of the editor's tree, as the user does.
    void clickRow(const CardPath &path)
    {
        auto *tree = find<QTreeView>(u"scorecardTree"_s);
        auto *model = static_cast<ScorecardTreeModel *>(tree->model());
        const QModelIndex index = model->indexOf(path);
        REQUIRE(index.isValid());
        tree->scrollTo(index);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(index).center());
        REQUIRE(page.editor()->currentPath() == path);
    }

    [[nodiscard]] const Scorecard &card() const { return page.editor()->document()->card(); }

    TestDatabase t;
    Person person;
    ScorecardsPage page;
};

void typeInto(QWidget *widget, const QString &text)
{
    widget->setFocus();
    QTest::keyClick(widget, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(widget, Qt::Key_Backspace);
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            QTest::keyClick(widget, char(c.unicode()));
        } else {
            // QTest's keyClick knows only ASCII: a Cyrillic letter goes as a key event with its text.
            QTest::sendKeyEvent(QTest::Press, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
            QTest::sendKeyEvent(QTest::Release, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
        }
    }
}

} // namespace

TEST_CASE("the scorecard editor: add a question, weigh it, reorder, validate, save a version, see the diff",
          "[ui][scorecards]")
{
    AdminPage p;
    auto *table = p.find<QTableWidget>(u"cardTable"_s);
    REQUIRE(table->rowCount() == 5);
    screenshot(p.page, u"scorecards-list.png"_s);
    const QString oldVersion = ScorecardStore(p.t.db()).current(u"first-line"_s).value().contentHash;

    p.openCard(u"first-line"_s);
    auto *tree = p.find<QTreeView>(u"scorecardTree"_s);
    QAbstractItemModelTester tester(tree->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    const Scorecard original = p.card();
    const qsizetype questions = original.sections.at(0).criteria.size();

    // Add a question after the first one and name it.
    p.clickRow({0, 0});
    p.click(u"addQuestionButton"_s);
    CHECK(p.card().sections.at(0).criteria.size() == questions + 1);
    CHECK(p.page.editor()->currentPath() == CardPath{0, 1});
    auto *text = p.find<QLineEdit>(u"questionTextEdit"_s);
    CHECK(text->hasFocus());
    typeInto(text, u"Был ли первый ответ полным?"_s);
    CHECK(p.card().sections.at(0).criteria.at(1).text == u"Был ли первый ответ полным?"_s);
    CHECK(tree->model()->rowCount(tree->model()->index(0, 0)) == int(questions + 1));

    // Weight 3: the share in the tree and in the form follow at once.
    auto *share = p.find<QLabel>(u"questionShareLabel"_s);
    const QString shareBefore = share->text();
    const QModelIndex shareCell = tree->model()->index(1, ScorecardTreeModel::ShareColumn, tree->model()->index(0, 0));
    const QString cellBefore = shareCell.data().toString();
    typeInto(p.find<QDoubleSpinBox>(u"questionWeightSpin"_s), u"3"_s);
    CHECK(p.card().sections.at(0).criteria.at(1).weight == 3.0);
    CHECK(share->text() != shareBefore);
    CHECK(share->text().contains(u"Weight 3"_s));
    CHECK(shareCell.data().toString() != cellBefore);
    screenshot(p.page, u"scorecard-editor.png"_s);

    // Ctrl+Down moves the new question one place down; undo puts it back, redo again.
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Down, Qt::ControlModifier);
    CHECK(p.card().sections.at(0).criteria.at(2).text == u"Был ли первый ответ полным?"_s);
    CHECK(p.page.editor()->currentPath() == CardPath{0, 2});
    p.click(u"undoButton"_s);
    CHECK(p.card().sections.at(0).criteria.at(1).text == u"Был ли первый ответ полным?"_s);
    p.click(u"redoButton"_s);
    CHECK(p.card().sections.at(0).criteria.at(2).text == u"Был ли первый ответ полным?"_s);
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Up, Qt::ControlModifier);
    CHECK(p.card().sections.at(0).criteria.at(1).text == u"Был ли первый ответ полным?"_s);

    // An empty question text: the file format's message, and no saving.
    p.clickRow({0, 1});
    auto *validation = p.find<QLabel>(u"validationLabel"_s);
    CHECK_FALSE(validation->isVisible());
    typeInto(text, QString());
    CHECK(validation->isVisible());
    CHECK(validation->text().contains(u"sections[0].criteria[1].text"_s));
    CHECK_FALSE(p.find<QPushButton>(u"saveCardButton"_s)->isEnabled());
    screenshot(p.page, u"scorecard-editor-invalid.png"_s);
    typeInto(text, u"Был ли первый ответ полным?"_s);
    CHECK_FALSE(validation->isVisible());
    REQUIRE(p.find<QPushButton>(u"saveCardButton"_s)->isEnabled());

    // Save: a new version; the old one is kept.
    p.click(u"saveCardButton"_s);
    CHECK(p.find<QLabel>(u"editorStatus"_s)->text().contains(u"Saved as version"_s));
    const QList<ScorecardVersion> versions = ScorecardStore(p.t.db()).versions(u"first-line"_s).value();
    REQUIRE(versions.size() == 2);
    CHECK(versions.first().contentHash == oldVersion);
    CHECK(versions.last().current);
    CHECK(versions.last().card.sections.at(0).criteria.at(1).weight == 3.0);

    // The history shows what changed between the two versions.
    p.click(u"closeEditorButton"_s);
    const QString diff = p.find<QPlainTextEdit>(u"diffView"_s)->toPlainText();
    INFO(diff.toStdString());
    CHECK(diff.contains(u"Question \"question-1\" added in section \""_s + original.sections.at(0).id));
    CHECK(diff.contains(u"Был ли первый ответ полным?"_s));
    screenshot(p.page, u"scorecards-history.png"_s);
}

TEST_CASE("the editor's tree moves questions by drag and drop as undoable edits", "[ui][scorecards]")
{
    AdminPage p;
    p.openCard(u"first-line"_s);
    auto *model = static_cast<ScorecardTreeModel *>(p.find<QTreeView>(u"scorecardTree"_s)->model());
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const Scorecard before = p.card();
    REQUIRE(before.sections.size() >= 2);
    const QString moved = before.sections.at(0).criteria.at(0).id;
    // Drop the first question of section 1 at the end of section 2, as the tree view would.
    std::unique_ptr<QMimeData> data(model->mimeData({model->indexOf({0, 0})}));
    REQUIRE(data);
    model->dropMimeData(data.get(), Qt::MoveAction, -1, 0, model->indexOf({1, -1}));
    CHECK(p.card().sections.at(1).criteria.last().id == moved);
    CHECK(p.card().sections.at(0).criteria.size() == before.sections.at(0).criteria.size() - 1);
    CHECK(p.page.editor()->currentPath() == CardPath{1, p.card().sections.at(1).criteria.size() - 1});
    p.page.editor()->document()->undoStack()->undo();
    CHECK(p.card().toJson() == before.toJson());
}

TEST_CASE("what-if view shows KPI before and after per engineer and team, as the core computes", "[ui][scorecards][whatif]")
{
    AdminPage p;
    p.openCard(u"first-line"_s);
    p.clickRow({0, 0});
    typeInto(p.find<QDoubleSpinBox>(u"questionWeightSpin"_s), u"9"_s);
    p.click(u"addQuestionButton"_s);
    const Scorecard draft = p.card();
    p.click(u"whatIfButton"_s);
    REQUIRE(p.page.whatIfView()->isVisible());
    p.page.whatIfView()->setPeriod(QDate(2000, 1, 1), QDate(2100, 1, 1));
    p.click(u"whatIfRunButton"_s);

    KpiPeriod period;
    period.from = QDate(2000, 1, 1);
    period.to = QDate(2100, 1, 1);
    const WhatIfResult expected = WhatIfAnalysis::run(p.t.db(), draft, period).value();
    auto *engineers = p.find<QTableWidget>(u"whatIfEngineers"_s);
    auto *teams = p.find<QTableWidget>(u"whatIfTeams"_s);
    REQUIRE(engineers->rowCount() == expected.engineers.size());
    REQUIRE(teams->rowCount() == expected.teams.size());
    const QLocale locale;
    for (const WhatIfRow &row : expected.engineers) {
        INFO(row.name.toStdString());
        const QList<QTableWidgetItem *> found = engineers->findItems(row.name, Qt::MatchExactly);
        REQUIRE(found.size() == 1);
        const int r = found.first()->row();
        CHECK(engineers->item(r, 3)->text() == locale.toString(row.before.kpi.value(), 'f', 2));
        CHECK(engineers->item(r, 4)->text() == locale.toString(row.after.kpi.value(), 'f', 2));
        CHECK(engineers->item(r, 2)->text() == QString::number(row.rescored));
    }
    auto *note = p.find<QLabel>(u"whatIfNewQuestions"_s);
    CHECK(note->isVisible());
    CHECK(note->text().contains(u"left out like N/A: question-1"_s));
    screenshot(p.page, u"scorecard-whatif.png"_s);
    // Nothing was saved by looking.
    CHECK(ScorecardStore(p.t.db()).versions(u"first-line"_s).value().size() == 1);
    p.click(u"whatIfBackButton"_s);
    CHECK(p.page.editor()->isVisible());
}

TEST_CASE("a trainer on the scorecards page is refused by the core, with the reason shown", "[ui][scorecards][roles]")
{
    AdminPage p(trainerEmail);
    p.page.selectCard(u"first-line"_s);
    p.click(u"archiveCardButton"_s);
    CHECK(p.find<QLabel>(u"scorecardsStatus"_s)->text().contains(u"is not a QA admin"_s));
    CHECK_FALSE(ScorecardStore(p.t.db()).list().value().first().archived);
    p.openCard(u"first-line"_s);
    p.clickRow({0, 0});
    typeInto(p.find<QDoubleSpinBox>(u"questionWeightSpin"_s), u"11"_s);
    REQUIRE(p.find<QPushButton>(u"saveCardButton"_s)->isEnabled());
    p.click(u"saveCardButton"_s);
    INFO(p.find<QLabel>(u"editorStatus"_s)->text().toStdString());
    CHECK(p.find<QLabel>(u"editorStatus"_s)->text().contains(u"is not a QA admin and cannot change scorecards"_s));
    CHECK(ScorecardStore(p.t.db()).versions(u"first-line"_s).value().size() == 1);
}

TEST_CASE("an admin archives and duplicates cards, imports a file and checks which card a ticket gets", "[ui][scorecards]")
{
    AdminPage p;
    p.page.selectCard(u"calls"_s);
    p.click(u"archiveCardButton"_s);
    CHECK(p.find<QLabel>(u"scorecardsStatus"_s)->text().contains(u"archived"_s));
    bool archived = false;
    const QList<ScorecardSummary> cards = ScorecardStore(p.t.db()).list().value();
    for (const ScorecardSummary &s : cards)
        archived = archived || (s.slug == u"calls"_s && s.archived);
    CHECK(archived);

    p.page.selectCard(u"chats"_s);
    p.click(u"duplicateCardButton"_s);
    CHECK(ScorecardStore(p.t.db()).current(u"chats-copy"_s).has_value());

    // Coverage: archiving the calls card leaves the phone tickets without a card.
    CHECK(p.find<QPlainTextEdit>(u"coverageView"_s)->toPlainText().contains(u"fit no card"_s));
    auto *lookup = p.find<QLineEdit>(u"ticketLookupEdit"_s);
    const QString someTicket = u"nonexistent-42"_s;
    lookup->setFocus();
    QTest::keyClicks(lookup, someTicket);
    QTest::keyClick(lookup, Qt::Key_Return);
    CHECK(p.find<QLabel>(u"ticketLookupResult"_s)->text().contains(u"No ticket nonexistent-42"_s));
    // A first-line e-mail ticket gets the first-line card.
    QString firstLineTicket;
    const QList<Ticket> tickets = TicketStore(p.t.db()).list().value();
    for (const Ticket &t : tickets) {
        if (t.team == u"first-line"_s && t.channel == u"email"_s && t.tags.contains(u"l1"_s)) {
            firstLineTicket = t.externalId;
            break;
        }
    }
    REQUIRE_FALSE(firstLineTicket.isEmpty());
    typeInto(lookup, firstLineTicket);
    QTest::keyClick(lookup, Qt::Key_Return);
    CHECK(p.find<QLabel>(u"ticketLookupResult"_s)->text().contains(u"gets \"Первая линия\""_s));

    // Import puts the file in the editor; saving it makes a new card.
    QTemporaryDir dir;
    Scorecard imported = ScorecardParser::parse(readData(u"scorecard-all-options.json"_s)).value();
    imported.id = u"imported-card"_s;
    QFile file(dir.filePath(u"card.json"_s));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(imported.toJson()).toJson());
    file.close();
    REQUIRE(p.page.importFrom(file.fileName()));
    CHECK(p.card().id == u"imported-card"_s);
    p.click(u"saveCardButton"_s);
    CHECK(ScorecardStore(p.t.db()).current(u"imported-card"_s).value().card.toJson() == imported.toJson());
    // And export writes the same document back.
    REQUIRE(p.page.editor()->exportTo(dir.filePath(u"out.json"_s)));
    CHECK(ScorecardParser::fromFile(dir.filePath(u"out.json"_s)).value().toJson() == imported.toJson());
}

TEST_CASE("Settings -> Scorecards is offered to QA admins only", "[ui][scorecards][roles]")
{
    TestDatabase t(Backend::Sqlite);
    MainWindow window;
    openAs(window, t.url(), true, trainerEmail);
    auto *action = window.findChild<QAction *>(u"scorecardsAction"_s);
    REQUIRE(action);
    CHECK_FALSE(action->isEnabled());

    MainWindow adminWindow;
    openAs(adminWindow, t.url(), false, adminEmail);
    auto *adminAction = adminWindow.findChild<QAction *>(u"scorecardsAction"_s);
    REQUIRE(adminAction->isEnabled());
    adminAction->trigger();
    CHECK(currentPage(adminWindow)->objectName() == u"scorecardsPage"_s);
}

TEST_CASE("unsaved edits survive a look at the list, and problems are marked in the tree", "[ui][scorecards]")
{
    AdminPage p;
    p.openCard(u"second-line"_s);
    p.clickRow({0, 0});
    typeInto(p.find<QDoubleSpinBox>(u"questionWeightSpin"_s), u"0"_s);
    auto *tree = p.find<QTreeView>(u"scorecardTree"_s);
    CHECK(tree->model()->index(0, 0, tree->model()->index(0, 0)).data(Qt::ForegroundRole).value<QColor>()
          == QColor(0xb0, 0x00, 0x20));
    CHECK(p.find<QLabel>(u"validationLabel"_s)->text().contains(u"sections[0].criteria[0].weight: must be &gt; 0"_s));
    typeInto(p.find<QDoubleSpinBox>(u"questionWeightSpin"_s), u"7"_s);
    CHECK_FALSE(tree->model()->index(0, 0, tree->model()->index(0, 0)).data(Qt::ForegroundRole).isValid());

    p.click(u"closeEditorButton"_s);
    CHECK(p.find<QLabel>(u"scorecardsStatus"_s)->text().contains(u"not saved yet"_s));
    p.openCard(u"second-line"_s);
    CHECK(p.card().sections.at(0).criteria.at(0).weight == 7.0);
    CHECK(p.page.editor()->document()->isModified());
}
