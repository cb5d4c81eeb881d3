// A dispute walked through the window from opening to resolution, each step by the person whose
// step it is, with real mouse and key events on the demo workspace.
#include "MainWindow.h"
#include "UiTestSupport.h"
#include "disputes/DisputeListModel.h"
#include "disputes/DisputeService.h"
#include "disputes/DisputeView.h"
#include "disputes/DisputesPage.h"
#include "notifications/NotificationsPage.h"
#include "scores/MyScoresPage.h"
#include "storage/Database.h"
#include "storage/DisputeStore.h"
#include "storage/EvaluationStore.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QToolButton>

using namespace qadesk;
using namespace qadesk::ui;
using namespace qadesk::test;
using namespace Qt::StringLiterals;

namespace {

const QString engineer = u"d.kozlov@demo.qadesk.example"_s;
const QString lead = u"a.solovyov@demo.qadesk.example"_s;
const QString admin = u"e.kuznetsova@demo.qadesk.example"_s;
const QString arbiter = u"t.grigorieva@demo.qadesk.example"_s;

template<typename T>
T *child(QWidget &window, const QString &name)
{
    T *found = window.findChild<T *>(name);
    INFO("widget " << name.toStdString());
    REQUIRE(found);
    return found;
}

// Widgets added to a shown layout appear with the next event loop pass, as on a user's screen.
void waitVisible(QWidget *widget)
{
    for (int i = 0; i < 200 && !widget->isVisible(); ++i)
        QTest::qWait(10);
}

void click(QWidget &window, const QString &name)
{
    auto *button = child<QAbstractButton>(window, name);
    INFO("button " << name.toStdString());
    waitVisible(button);
    REQUIRE(button->isVisible());
    REQUIRE(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

void typeInto(QWidget &window, const QString &name, const QString &text)
{
    auto *edit = child<QLineEdit>(window, name);
    INFO("line edit " << name.toStdString());
    waitVisible(edit);
    REQUIRE(edit->isEnabled());
    QTest::mouseClick(edit, Qt::LeftButton);
    for (const QChar c : text) {
        if (c.unicode() < 0x80)
            QTest::keyClick(edit, c.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, edit, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
    REQUIRE(edit->text() == text);
}

void trigger(QWidget &window, const QString &actionName)
{
    auto *action = window.findChild<QAction *>(actionName);
    REQUIRE(action);
    REQUIRE(action->isEnabled());
    action->trigger();
}

Dispute onlyDispute(const QString &url)
{
    auto db = Database::open(url);
    REQUIRE(db.has_value());
    const QList<Dispute> all = DisputeStore(**db).list().value();
    REQUIRE(all.size() == 1);
    return all.first();
}

// Opens the person's notifications from the status bar and the newest one with Enter.
void openNewestNotification(MainWindow &window)
{
    auto *badge = child<QToolButton>(window, u"notificationBadge"_s);
    CHECK(badge->text().contains(u"("_s)); // something unread
    QTest::mouseClick(badge, Qt::LeftButton);
    REQUIRE(currentPage(window) == window.findChild<NotificationsPage *>());
    auto *list = child<QListWidget>(window, u"notificationList"_s);
    REQUIRE(list->count() > 0);
    list->setFocus();
    list->setCurrentRow(0);
    QTest::keyClick(list, Qt::Key_Return);
    REQUIRE(currentPage(window) == window.findChild<DisputesPage *>());
}

} // namespace

TEST_CASE("a dispute goes from My scores through triage and assignment to the arbiter's decision", "[ui][disputes]")
{
    QTemporaryDir dir;
    const QString url = u"sqlite:"_s + dir.filePath(u"demo.qadesk"_s);
    qint64 evaluationId = 0;
    double trainerScore = 0;

    {   // The engineer disputes two answers of their newest evaluation.
        MainWindow window;
        openAs(window, url, true, engineer);
        auto *scores = window.findChild<MyScoresPage *>();
        REQUIRE(currentPage(window) == scores);
        // The disputes list model is checked through every change of this walk.
        auto *model = window.findChild<DisputeListModel *>();
        REQUIRE(model);
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        auto *table = child<QTableWidget>(window, u"myEvaluations"_s);
        REQUIRE(table->rowCount() > 0);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualItemRect(table->item(0, 1)).center());
        {
            auto db = Database::open(url);
            const QList<Evaluation> all = EvaluationStore(**db).list().value();
            for (const Evaluation &e : all) {
                if (e.engineerEmail == engineer && e.kind == EvaluationKind::Normal) {
                    evaluationId = e.id;
                    trainerScore = *e.score;
                    break;
                }
            }
        }
        click(window, u"disputeScore"_s);
        REQUIRE(child<QWidget>(window, u"openDisputeForm"_s)->isVisible());
        click(window, u"pick_sla"_s);
        typeInto(window, u"reason_sla"_s, u"Replied in 20 minutes, the SLA is an hour"_s);
        auto *proposal = child<QComboBox>(window, u"proposed_sla"_s);
        proposal->setFocus();
        QTest::keyClick(proposal, Qt::Key_Down); // "No proposal" -> "Yes"
        REQUIRE(proposal->currentText() == answerValueLabel(AnswerValue::Yes));
        click(window, u"pick_first-answer"_s);
        typeInto(window, u"reason_first-answer"_s, u"The first reply solved it"_s);
        screenshot(window, u"dispute-open.png"_s);
        click(window, u"submitDispute"_s);
        auto *header = child<QLabel>(window, u"disputeHeader"_s);
        REQUIRE(header->isVisible());
        CHECK(header->text().contains(disputeStatusLabel(DisputeStatus::Open)));
        CHECK(child<QPushButton>(window, u"withdrawDispute"_s)->isVisible());
        CHECK_FALSE(child<QPushButton>(window, u"acceptDispute"_s)->isVisible());
        CHECK(model->rowCount() == 1);
    }
    const Dispute opened = onlyDispute(url);
    CHECK(opened.evaluationId == evaluationId);
    CHECK(opened.items.size() == 2);
    CHECK(opened.item(u"sla"_s)->proposed == AnswerValue::Yes);

    {   // The team lead accepts it from the notification.
        MainWindow window;
        openAs(window, url, false, lead);
        openNewestNotification(window);
        // A team lead may also dispute for an engineer of the team (not this one: it is disputed).
        CHECK_FALSE(child<QPushButton>(window, u"disputeOnBehalf"_s)->isHidden());
        CHECK(child<DisputeView>(window, u"disputeView"_s)->disputeId() == opened.id);
        click(window, u"acceptDispute"_s);
        CHECK(child<QLabel>(window, u"disputeHeader"_s)->text().contains(disputeStatusLabel(DisputeStatus::Accepted)));
    }
    {   // The admin assigns the next arbiter in turn.
        MainWindow window;
        openAs(window, url, false, admin);
        openNewestNotification(window);
        click(window, u"assignNextArbiter"_s);
        CHECK(onlyDispute(url).arbiterEmail == arbiter);
    }
    {   // The arbiter decides each question with a comment; the preview shows the result first.
        MainWindow window;
        openAs(window, url, false, arbiter);
        openNewestNotification(window);
        auto *resolve = child<QPushButton>(window, u"resolveDispute"_s);
        CHECK_FALSE(resolve->isEnabled()); // nothing decided yet
        click(window, u"accept_sla"_s);
        typeInto(window, u"comment_sla"_s, u"The reply came within the SLA"_s);
        click(window, u"keep_first-answer"_s);
        auto *preview = child<QLabel>(window, u"resolutionPreview"_s);
        CHECK(preview->text().contains(u"first-answer: the decision needs a comment"_s));
        CHECK_FALSE(resolve->isEnabled());
        typeInto(window, u"comment_first-answer"_s, u"The steps were missing"_s);
        CHECK(preview->text().contains(disputeOutcomeLabel(DisputeOutcome::Partial)));
        REQUIRE(resolve->isEnabled());
        screenshot(window, u"dispute-arbitration.png"_s);
        click(window, u"resolveDispute"_s);
        CHECK(child<QLabel>(window, u"disputeHeader"_s)->text().contains(disputeStatusLabel(DisputeStatus::Resolved)));
        auto *decision = child<QWidget>(window, u"decision_sla"_s);
        waitVisible(decision);
        CHECK(decision->isVisible());
        screenshot(window, u"dispute-resolved.png"_s);
    }
    const Dispute resolved = onlyDispute(url);
    CHECK(resolved.status == DisputeStatus::Resolved);
    CHECK(resolved.outcome == DisputeOutcome::Partial);
    REQUIRE(resolved.resolvedScore.has_value());
    CHECK(*resolved.resolvedScore > trainerScore);

    {   // The engineer sees the arbitrated score, the trainer's original and the dispute marker.
        MainWindow window;
        openAs(window, url, false, engineer);
        auto *table = child<QTableWidget>(window, u"myEvaluations"_s);
        int row = -1;
        for (int r = 0; r < table->rowCount(); ++r) {
            if (!table->item(r, 5)->text().isEmpty())
                row = r;
        }
        REQUIRE(row >= 0);
        const QLocale locale;
        CHECK(table->item(row, 4)->text().startsWith(locale.toString(*resolved.resolvedScore, 'f', 1)));
        CHECK(table->item(row, 4)->text().contains(locale.toString(trainerScore, 'f', 1)));
        CHECK(table->item(row, 5)->text().contains(disputeOutcomeLabel(DisputeOutcome::Partial)));
        screenshot(window, u"dispute-my-scores.png"_s);
    }
    {   // The admin's oversight counts it.
        MainWindow window;
        openAs(window, url, false, admin);
        trigger(window, u"disputeOversightAction"_s);
        CHECK(child<QLabel>(window, u"oversightSummary"_s)->text().contains(u"1 resolved"_s));
        auto *byTrainer = child<QTableWidget>(window, u"overturnByTrainer"_s);
        REQUIRE(byTrainer->rowCount() == 1);
        CHECK(byTrainer->item(0, 3)->text().startsWith(u"100"_s));
        screenshot(window, u"dispute-oversight.png"_s);
    }
}
