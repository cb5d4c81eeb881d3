#include "MainWindow.h"
#include "UiTestSupport.h"
#include "evaluation/ConversationView.h"
#include "evaluation/EvaluationPage.h"
#include "evaluation/QuestionRow.h"
#include "evaluation/ScorecardForm.h"
#include "evaluations/EvaluationService.h"
#include "inbox/InboxModel.h"
#include "inbox/InboxPage.h"
#include "people/IdentityPage.h"
#include "scores/MyScoresPage.h"
#include "scoring/ScoringEngine.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/EvaluationStore.h"
#include "storage/TicketStore.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace qadesk;
using namespace qadesk::ui;
using namespace qadesk::test;
using namespace Qt::StringLiterals;

namespace {

const QString trainer = u"o.belova@demo.qadesk.example"_s;
const QString admin = u"e.kuznetsova@demo.qadesk.example"_s;
const QString engineer = u"a.smirnova@demo.qadesk.example"_s;

// Keys go where the user's keyboard goes: to the focused widget. Every press is counted.
struct Keyboard
{
    int presses = 0;
    void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget *target = QApplication::focusWidget();
        REQUIRE(target);
        if (key > 0xff) {
            // A letter of another layout (QTest's keyClick knows only ASCII keys).
            const QString text(QChar(char16_t(key)).toLower());
            QTest::sendKeyEvent(QTest::Press, target, Qt::Key(key), text, modifiers);
            QTest::sendKeyEvent(QTest::Release, target, Qt::Key(key), text, modifiers);
        } else {
            QTest::keyClick(target, Qt::Key(key), modifiers);
        }
        ++presses;
    }
    void type(const QString &text)
    {
        QWidget *target = QApplication::focusWidget();
        REQUIRE(target);
        for (const QChar c : text) {
            if (c.unicode() < 0x80) {
                QTest::keyClick(target, c.toLatin1());
            } else { // QTest's keyClicks knows only ASCII
                QTest::sendKeyEvent(QTest::Press, target, Qt::Key(c.toUpper().unicode()), QString(c), Qt::NoModifier);
                QTest::sendKeyEvent(QTest::Release, target, Qt::Key(c.toUpper().unicode()), QString(c), Qt::NoModifier);
            }
        }
        presses += int(text.size());
    }
};

// Selects the first line of "To evaluate" in the inbox and starts it with Enter.
qint64 startFirstTicket(MainWindow &window, Keyboard &keys)
{
    auto *table = window.findChild<QTableView *>(u"ticketTable"_s);
    REQUIRE(table);
    REQUIRE(table->model()->rowCount() > 0);
    table->setFocus();
    table->selectRow(0);
    const qint64 ticketId = table->model()->index(0, 0).data(InboxModel::TicketIdRole).toLongLong();
    keys.press(Qt::Key_Return);
    REQUIRE(currentPage(window) == window.findChild<EvaluationPage *>());
    return ticketId;
}

Evaluation storedEvaluation(Database &db, qint64 ticketId)
{
    const QList<Evaluation> list = EvaluationStore(db).forTicket(ticketId).value();
    REQUIRE(list.size() == 1);
    return *EvaluationStore(db).get(list.first().id).value();
}

} // namespace

TEST_CASE("first start seeds the demo workspace off the GUI thread and asks who is working", "[ui]")
{
    QTemporaryDir dir;
    MainWindow window;
    window.show();
    QSignalSpy ready(&window, &MainWindow::workspaceReady);
    window.openWorkspace(u"sqlite:"_s + dir.filePath(u"demo.qadesk"_s), true);
    CHECK(currentPage(window)->objectName() == u"statusPage"_s); // the window answers meanwhile
    REQUIRE(ready.wait(60000));
    auto *identity = window.findChild<IdentityPage *>();
    REQUIRE(currentPage(window) == identity);
    auto *people = window.findChild<QListWidget *>(u"peopleList"_s);
    REQUIRE(people->count() == 21);
    CHECK(people->currentItem()->text().contains(u"Trainer"_s)); // a trainer is offered first
    people->setFocus();
    QTest::keyClick(people, Qt::Key_Return);
    CHECK(currentPage(window) == window.findChild<InboxPage *>());
    CHECK(window.person().hasRole(Role::Trainer));
}

TEST_CASE("a trainer scores a demo ticket by keyboard and a missing comment blocks the submit", "[ui][evaluation]")
{
    QTemporaryDir dir;
    MainWindow window;
    openAs(window, u"sqlite:"_s + dir.filePath(u"demo.qadesk"_s), true, trainer);
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    REQUIRE(currentPage(window) == window.findChild<InboxPage *>());
    screenshot(window, u"inbox.png"_s);

    Keyboard keys;
    const qint64 ticketId = startFirstTicket(window, keys);
    auto *form = window.findChild<ScorecardForm *>();
    auto *submit = window.findChild<QPushButton *>(u"submitButton"_s);
    auto *missing = window.findChild<QListWidget *>(u"missingList"_s);
    REQUIRE(form->isVisible());
    const EvaluationDraft draft = EvaluationService(*window.database()).findDraft(ticketId, window.person().id).value().value();
    const QStringList questions = draft.scorecard.card.criterionIds();
    REQUIRE(questions.size() >= 3);
    // The first question has the focus at once.
    CHECK(QApplication::focusWidget() == form->row(questions.first()));

    // "No" needs a comment: the cursor goes into it and the submit stays blocked.
    keys.press(Qt::Key_3);
    auto *comment = form->row(questions.first())->commentEdit();
    CHECK(QApplication::focusWidget() == comment);
    CHECK(comment->isVisible());
    for (int i = 1; i < questions.size(); ++i) {
        if (i == 1)
            QTest::keyClick(comment, Qt::Key_Tab); // leave the comment empty for now
        else
            CHECK(QApplication::focusWidget() == form->row(questions.at(i)));
        keys.press(i % 2 ? Qt::Key_Y : 0x041D); // Y, and the same key in the Russian layout (Н)
    }
    CHECK_FALSE(submit->isEnabled());
    REQUIRE(missing->count() == 1);
    CHECK(missing->item(0)->text().startsWith(u"Comment required"_s));
    screenshot(window, u"evaluation-incomplete.png"_s);
    keys.press(Qt::Key_Return, Qt::ControlModifier); // refused: nothing submitted
    CHECK(storedEvaluation(*window.database(), ticketId).status == EvaluationStatus::Draft);

    // The missing item leads to the comment; with text the evaluation is complete.
    QTest::mouseClick(missing->viewport(), Qt::LeftButton, {}, missing->visualItemRect(missing->item(0)).center());
    CHECK(QApplication::focusWidget() == comment);
    keys.type(u"Не уточнил версию PHP"_s);
    CHECK(submit->isEnabled());
    screenshot(window, u"evaluation-en.png"_s);
    keys.press(Qt::Key_Return, Qt::ControlModifier);

    const Evaluation stored = storedEvaluation(*window.database(), ticketId);
    CHECK(stored.status == EvaluationStatus::Submitted);
    CHECK(stored.trainerEmail == trainer);
    CHECK(stored.answers.value(questions.first()).value == AnswerValue::No);
    CHECK(stored.answers.value(questions.first()).comment == u"Не уточнил версию PHP"_s);
    CHECK(stored.answers.value(questions.last()).value == AnswerValue::Yes);
    const ScoreResult expected = ScoringEngine::score(draft.scorecard.card, stored.answers);
    CHECK(stored.score == expected.score);
    CHECK(stored.scorecardVersion == draft.scorecard.contentHash);
    // Locked now: the page shows the result, not the form.
    CHECK_FALSE(form->isVisible());
    CHECK(window.findChild<EvaluationPage *>()->findChild<QLabel *>(u"scoreSummary"_s)->isVisible());
}

TEST_CASE("an all-Yes card of N questions is submitted in N+1 keystrokes after opening", "[ui][evaluation][keys]")
{
    QTemporaryDir dir;
    MainWindow window;
    openAs(window, u"sqlite:"_s + dir.filePath(u"demo.qadesk"_s), true, trainer);
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    Keyboard open;
    const qint64 ticketId = startFirstTicket(window, open);
    const EvaluationDraft draft = EvaluationService(*window.database()).findDraft(ticketId, window.person().id).value().value();
    const int n = draft.scorecard.card.criterionCount();

    Keyboard keys;
    for (int i = 0; i < n; ++i)
        keys.press(Qt::Key_1);
    CHECK(storedEvaluation(*window.database(), ticketId).status == EvaluationStatus::Draft);
    keys.press(Qt::Key_Return, Qt::ControlModifier);
    CHECK(keys.presses == n + 1);
    const Evaluation stored = storedEvaluation(*window.database(), ticketId);
    CHECK(stored.status == EvaluationStatus::Submitted);
    CHECK(stored.score == 100.0);
}

TEST_CASE("a draft is in the database within a second and comes back exactly after a restart", "[ui][draft]")
{
    QTemporaryDir dir;
    const QString url = u"sqlite:"_s + dir.filePath(u"demo.qadesk"_s);
    qint64 ticketId = 0;
    QString focused;
    DraftState entered;
    {
        MainWindow window;
        openAs(window, url, true, trainer);
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
        Keyboard keys;
        ticketId = startFirstTicket(window, keys);
        auto *form = window.findChild<ScorecardForm *>();
        keys.press(Qt::Key_2);               // Partly: needs a comment
        keys.type(u"Обход без шагов"_s);
        keys.press(Qt::Key_Tab);
        keys.press(Qt::Key_1);               // Yes, the focus moves to the third question
        entered = form->state();
        focused = entered.focusedCriterion;
        REQUIRE_FALSE(focused.isEmpty());

        // Within a second the database has it, read through a separate connection.
        auto other = Database::open(url).value();
        QElapsedTimer clock;
        clock.start();
        bool saved = false;
        while (!saved && clock.elapsed() < 1000) {
            QTest::qWait(50);
            const auto draft = EvaluationService(*other).findDraft(ticketId, window.person().id).value();
            saved = draft && draft->state == entered;
        }
        CHECK(saved);
        CHECK(clock.elapsed() < 1000);
    } // the window goes away as a killed process would leave it: no save on the way out is needed

    MainWindow again;
    openAs(again, url, false, trainer);
    again.openTicket(ticketId);
    auto *form = again.findChild<ScorecardForm *>();
    REQUIRE(form->isVisible());
    CHECK(form->state() == entered);
    CHECK(form->state().answers.first().comment == u"Обход без шагов"_s);
    CHECK(QApplication::focusWidget() == form->row(focused));
}

TEST_CASE("two windows on the same draft do not overwrite each other silently", "[ui][draft]")
{
    QTemporaryDir dir;
    const QString url = u"sqlite:"_s + dir.filePath(u"demo.qadesk"_s);
    MainWindow first;
    openAs(first, url, true, trainer);
    Keyboard keys;
    first.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&first));
    const qint64 ticketId = startFirstTicket(first, keys);

    MainWindow second;
    openAs(second, url, false, trainer);
    auto *secondPage = second.findChild<EvaluationPage *>();
    second.openTicket(ticketId);

    // The first window answers and saves.
    first.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&first));
    first.findChild<ScorecardForm *>()->focusQuestion(QString());
    keys.press(Qt::Key_1);
    REQUIRE(first.findChild<EvaluationPage *>()->flush());

    // The second, opened before that save, is told instead of overwriting it.
    auto *form = second.findChild<ScorecardForm *>();
    const QString question = form->state().focusedCriterion;
    form->row(question)->setValue(AnswerValue::No);
    CHECK_FALSE(secondPage->flush());
    auto *banner = second.findChild<QLabel *>(u"problemBanner"_s);
    CHECK(banner->isVisible());
    CHECK(banner->text().contains(u"changed elsewhere"_s));
    CHECK(second.findChild<QPushButton *>(u"reloadButton"_s)->isVisible());
    const auto stored = EvaluationService(*first.database()).findDraft(ticketId, first.person().id).value();
    REQUIRE(stored.has_value());
    CHECK(stored->state.answers.value(question).value == AnswerValue::Yes);
    // Reload shows the saved version.
    QTest::mouseClick(second.findChild<QPushButton *>(u"reloadButton"_s), Qt::LeftButton);
    CHECK(form->state().answers.value(question).value == AnswerValue::Yes);
    CHECK_FALSE(banner->isVisible());
}

TEST_CASE("an engineer sees their own scores, comments and KPI", "[ui][scores]")
{
    QTemporaryDir dir;
    MainWindow window;
    openAs(window, u"sqlite:"_s + dir.filePath(u"demo.qadesk"_s), true, engineer);
    auto *page = window.findChild<MyScoresPage *>();
    REQUIRE(currentPage(window) == page);
    auto *table = window.findChild<QTableWidget *>(u"myEvaluations"_s);
    int expected = 0;
    const QList<Evaluation> all = EvaluationStore(*window.database()).list().value();
    for (const Evaluation &e : all)
        expected += e.engineerEmail == engineer && e.kind == EvaluationKind::Normal;
    CHECK(table->rowCount() == expected);
    CHECK(expected > 0);
    auto *period = window.findChild<QComboBox *>(u"kpiPeriod"_s);
    period->setCurrentIndex(2); // the last three months hold the demo's evaluations
    CHECK(window.findChild<QLabel *>(u"kpiSummary"_s)->text().contains(u"bonus multiplier"_s));
    CHECK_FALSE(page->findChild<QLabel *>(u"scoreSummary"_s)->text().isEmpty());
    screenshot(window, u"my-scores.png"_s);
}

TEST_CASE("an admin reopens a submitted evaluation with a reason in the audit log", "[ui][reopen]")
{
    QTemporaryDir dir;
    MainWindow window;
    openAs(window, u"sqlite:"_s + dir.filePath(u"demo.qadesk"_s), true, admin);
    const Evaluation submitted = EvaluationStore(*window.database()).list().value().first();
    auto *page = window.findChild<EvaluationPage *>();
    page->setReasonProvider([] { return std::optional(u"Перепутан ответ на вопрос о вежливости"_s); });
    window.openTicket(submitted.ticketId);
    auto *reopen = window.findChild<QPushButton *>(u"reopenButton"_s);
    REQUIRE(reopen->isVisible());
    QTest::mouseClick(reopen, Qt::LeftButton);
    CHECK(EvaluationStore(*window.database()).get(submitted.id).value()->status == EvaluationStatus::Draft);
    const QList<AuditEntry> log = AuditLog(*window.database()).list(u"evaluation"_s, QString::number(submitted.id)).value();
    REQUIRE_FALSE(log.isEmpty());
    CHECK(log.last().action == u"evaluation.reopen"_s);
    CHECK(log.last().reason == u"Перепутан ответ на вопрос о вежливости"_s);
}

TEST_CASE("the evaluation view in Russian", "[ui][translation]")
{
    QTranslator russian;
    REQUIRE(russian.load(u":/i18n/qadesk_ru.qm"_s));
    QApplication::installTranslator(&russian);
    {
        QTemporaryDir dir;
        MainWindow window;
        openAs(window, u"sqlite:"_s + dir.filePath(u"demo.qadesk"_s), true, trainer);
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
        Keyboard keys;
        startFirstTicket(window, keys);
        keys.press(Qt::Key_1);
        keys.press(Qt::Key_3);
        CHECK(window.findChild<QPushButton *>(u"submitButton"_s)->text().startsWith(u"Отправить"_s));
        screenshot(window, u"evaluation-ru.png"_s);
    }
    QApplication::removeTranslator(&russian);
}

TEST_CASE("a workspace that cannot be opened says why instead of crashing", "[ui]")
{
    MainWindow window;
    window.show();
    QSignalSpy ready(&window, &MainWindow::workspaceReady);
    window.openWorkspace(u"postgresql://nobody@127.0.0.1:1/none"_s, false);
    auto *status = window.findChild<QLabel *>(u"statusPage"_s);
    REQUIRE(status);
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"could not be opened"_s), 20000);
    CHECK(status->text().contains(u"postgresql://nobody@127.0.0.1:1/none"_s));
    CHECK(ready.isEmpty());
}

TEST_CASE("Ctrl+] and Ctrl+[ go through the inbox and Ctrl+F finds in the conversation", "[ui][keys]")
{
    QTemporaryDir dir;
    MainWindow window;
    openAs(window, u"sqlite:"_s + dir.filePath(u"demo.qadesk"_s), true, trainer);
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    auto *table = window.findChild<QTableView *>(u"ticketTable"_s);
    REQUIRE(table->model()->rowCount() >= 3);
    const qint64 second = table->model()->index(1, 0).data(InboxModel::TicketIdRole).toLongLong();
    const qint64 third = table->model()->index(2, 0).data(InboxModel::TicketIdRole).toLongLong();
    Keyboard keys;
    startFirstTicket(window, keys);
    keys.press(Qt::Key_1); // a change in the first ticket's draft is saved on the way
    auto *page = window.findChild<EvaluationPage *>();
    const qint64 first = page->ticketId();
    keys.press(Qt::Key_BracketRight, Qt::ControlModifier);
    CHECK(page->ticketId() == second);
    keys.press(Qt::Key_BracketRight, Qt::ControlModifier);
    CHECK(page->ticketId() == third);
    keys.press(Qt::Key_BracketLeft, Qt::ControlModifier);
    CHECK(page->ticketId() == second);
    const auto kept = EvaluationService(*window.database()).findDraft(first, window.person().id).value();
    REQUIRE(kept.has_value());
    CHECK(kept->state.answers.size() == 1);

    // Find: the bar opens, a word of the subject is found, Esc closes the bar and stays on the page.
    auto *conversation = page->findChild<ConversationView *>(); // the evaluation page's, not the dispute view's
    conversation->setFocus();
    keys.press(Qt::Key_F, Qt::ControlModifier);
    auto *find = window.findChild<QLineEdit *>(u"findInConversation"_s);
    REQUIRE(find->isVisible());
    CHECK(QApplication::focusWidget() == find);
    const Ticket shown = *TicketStore(*window.database()).get(second).value();
    const QString word = shown.messages.first().bodyText.section(u' ', 0, 0);
    keys.type(word);
    CHECK(conversation->textCursor().selectedText().compare(word, Qt::CaseInsensitive) == 0);
    keys.press(Qt::Key_Escape);
    CHECK_FALSE(find->isVisible());
    CHECK(currentPage(window) == page);
}

TEST_CASE("the evaluation view is readable in a dark palette", "[ui][palette]")
{
    const QPalette original = QApplication::palette();
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, Qt::white);
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::Text, Qt::white);
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, Qt::white);
    for (const auto role : {QPalette::ButtonText, QPalette::Text, QPalette::WindowText})
        dark.setColor(QPalette::Disabled, role, QColor(0x7f, 0x7f, 0x7f));
    QApplication::setPalette(dark);
    {
        QTemporaryDir dir;
        MainWindow window;
        openAs(window, u"sqlite:"_s + dir.filePath(u"demo.qadesk"_s), true, trainer);
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
        Keyboard keys;
        startFirstTicket(window, keys);
        keys.press(Qt::Key_1);
        // The conversation uses its dark tints: no light message backgrounds under light text.
        const QString html = window.findChild<EvaluationPage *>()->findChild<ConversationView *>()->toHtml();
        CHECK_FALSE(html.contains(u"#e8f1fb"_s, Qt::CaseInsensitive));
        CHECK_FALSE(html.contains(u"#fff8e1"_s, Qt::CaseInsensitive));
        screenshot(window, u"evaluation-dark.png"_s);
    }
    QApplication::setPalette(original);
}
