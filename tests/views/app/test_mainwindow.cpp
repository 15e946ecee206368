// The application shell: title and modified marker, the unsaved-changes question, opening files
// that are not projects, the language switch, and messages cleared when they no longer hold.
#include "gui.h"
#include "i18n.h"
#include "mainwindow.h"
#include "outcomegridmodel.h"
#include "outcomespage.h"
#include "testutil.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>

#include <boost/test/unit_test.hpp>

using namespace effekt;

BOOST_AUTO_TEST_SUITE(mainwindow)

// A small laptop screen (1024 × 700): every page fits the window's smallest size, in both languages,
// and a first start without a saved size opens no larger than the screen.
BOOST_AUTO_TEST_CASE(the_window_fits_a_small_screen_on_every_page) {
    for (const char *language : {"en", "nb"}) {
        effekt::test::Language lang(language);
        app::MainWindow w;
        w.document()->reset(workedExample());
        w.show();
        QApplication::processEvents();
        const QRect screen = w.screen()->availableGeometry();
        // Never larger than the screen (the offscreen test screen is smaller than 1024 × 700: there,
        // no larger than that).
        BOOST_TEST(w.width() <= std::max(screen.width(), 1024));
        BOOST_TEST(w.height() <= std::max(screen.height(), 700));
        for (const QString &id :
             {QStringLiteral("overview"), QStringLiteral("parties"), QStringLiteral("metrics"),
              QStringLiteral("caps"), QStringLiteral("investment"), QStringLiteral("savings"),
              QStringLiteral("outcomes"), QStringLiteral("ledger"), QStringLiteral("results"),
              QStringLiteral("risk"), QStringLiteral("assumptions")}) {
            if (!w.page(id))
                continue;
            w.showPage(id);
            QApplication::processEvents();
            BOOST_TEST_INFO(language << " " << id.toStdString());
            BOOST_TEST(w.currentPage() == id);
            const QSize least = w.minimumSizeHint().expandedTo(w.minimumSize());
            BOOST_TEST_INFO(least.width() << " × " << least.height());
            BOOST_TEST((least.width() <= 1024 && least.height() <= 700));
        }
    }
}

BOOST_AUTO_TEST_CASE(title_shows_name_and_modified_marker) {
    app::MainWindow w;
    w.document()->reset(workedExample(), QStringLiteral("/tmp/ung-i-jobb.effekt"));
    BOOST_TEST(w.windowTitle().contains(QStringLiteral("ung-i-jobb.effekt")));
    BOOST_TEST(!w.isWindowModified());
    auto *outcomes = static_cast<views::OutcomesPage *>(w.page(QStringLiteral("outcomes")));
    BOOST_REQUIRE(outcomes);
    outcomes->planModel()->setData(outcomes->planModel()->index(0, 0), QStringLiteral("1"));
    BOOST_TEST(w.isWindowModified());
    w.document()->undoStack()->undo();
    BOOST_TEST(!w.isWindowModified());
}

BOOST_AUTO_TEST_CASE(unsaved_changes_ask_and_cancel_keeps_the_work) {
    app::MainWindow w;
    w.document()->reset(workedExample());
    auto *outcomes = static_cast<views::OutcomesPage *>(w.page(QStringLiteral("outcomes")));
    outcomes->planModel()->setData(outcomes->planModel()->index(0, 0), QStringLiteral("3"));
    int asked = 0;
    w.setSaveQuestion([&](const QString &) {
        ++asked;
        return int(QMessageBox::Cancel);
    });
    BOOST_TEST(!w.maybeSave());
    BOOST_TEST(asked == 1);
    BOOST_TEST(w.document()->project().metrics[0].plan[0] == 3.0);
    w.setSaveQuestion([&](const QString &) { return int(QMessageBox::Discard); });
    BOOST_TEST(w.maybeSave());
}

BOOST_AUTO_TEST_CASE(unsaved_changes_prompt_is_unmistakable_in_bokmal) {
    views::i18n::setLanguage(QStringLiteral("nb"));
    app::MainWindow w;
    w.document()->reset(workedExample(), QStringLiteral("/tmp/ung-i-jobb.effekt"));
    auto *outcomes = static_cast<views::OutcomesPage *>(w.page(QStringLiteral("outcomes")));
    outcomes->planModel()->setData(outcomes->planModel()->index(0, 0), QStringLiteral("3"));
    QStringList buttons;
    QString question;
    // The real prompt: read it as the planner does, then press "Avbryt".
    QTimer::singleShot(0, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        BOOST_REQUIRE(box);
        question = box->text();
        for (QAbstractButton *b : box->buttons())
            buttons << b->text().remove(QLatin1Char('&'));
        box->button(QMessageBox::Cancel)->click();
    });
    BOOST_TEST(!w.maybeSave());
    views::i18n::setLanguage(QStringLiteral("en"));
    BOOST_TEST(question.contains(QStringLiteral("ung-i-jobb")), question.toStdString());
    BOOST_TEST(buttons.contains(QStringLiteral("Lagre")), buttons.join(',').toStdString());
    BOOST_TEST(buttons.contains(QStringLiteral("Ikke lagre")), buttons.join(',').toStdString());
    BOOST_TEST(buttons.contains(QStringLiteral("Avbryt")), buttons.join(',').toStdString());
    BOOST_TEST(w.document()->project().metrics[0].plan[0] == 3.0);
}

BOOST_AUTO_TEST_CASE(qt_standard_buttons_and_file_dialog_speak_bokmal) {
    views::i18n::setLanguage(QStringLiteral("nb"));
    {
        QMessageBox box(QMessageBox::Question, QStringLiteral("t"), QStringLiteral("q"),
                        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
        BOOST_TEST(box.button(QMessageBox::Save)->text().toStdString() == "Lagre");
        BOOST_TEST(box.button(QMessageBox::Discard)->text().toStdString() == "Forkast");
        BOOST_TEST(box.button(QMessageBox::Cancel)->text().toStdString() == "Avbryt");
        QMessageBox yesNo(QMessageBox::Question, QStringLiteral("t"), QStringLiteral("q"),
                          QMessageBox::Yes | QMessageBox::No | QMessageBox::Close);
        BOOST_TEST(yesNo.button(QMessageBox::Yes)->text().toStdString() == "&Ja");
        BOOST_TEST(yesNo.button(QMessageBox::No)->text().toStdString() == "&Nei");
        BOOST_TEST(yesNo.button(QMessageBox::Close)->text().toStdString() == "Lukk");
    }
    {
        QFileDialog dialog;
        dialog.setOption(QFileDialog::DontUseNativeDialog);
        dialog.setAcceptMode(QFileDialog::AcceptSave);
        QStringList labels;
        for (QLabel *l : dialog.findChildren<QLabel *>())
            labels << l->text();
        BOOST_TEST(labels.contains(QStringLiteral("Se i:")), labels.join('|').toStdString());
        BOOST_TEST(labels.contains(QStringLiteral("Fil&navn:")), labels.join('|').toStdString());
        BOOST_TEST(labels.contains(QStringLiteral("Filtype:")), labels.join('|').toStdString());
        BOOST_TEST(dialog.windowTitle().toStdString() == "Lagre som");
        QStringList tips;
        for (QAbstractButton *b : dialog.findChildren<QAbstractButton *>())
            tips << b->toolTip() << b->text();
        BOOST_TEST(tips.contains(QStringLiteral("Tilbake")), tips.join('|').toStdString());
        BOOST_TEST(tips.contains(QStringLiteral("Overordnet mappe")), tips.join('|').toStdString());
        BOOST_TEST(tips.contains(QStringLiteral("Detaljvisning")), tips.join('|').toStdString());
        BOOST_TEST(tips.contains(QStringLiteral("Avbryt")), tips.join('|').toStdString());
    }
    views::i18n::setLanguage(QStringLiteral("en"));
}

BOOST_AUTO_TEST_CASE(opening_a_file_that_is_not_a_project_says_so) {
    test::TempDir dir;
    const std::string path = dir.file("notes.effekt");
    test::writeFile(path, "These are my meeting notes, not a project.\n");
    app::MainWindow w;
    w.document()->reset(workedExample());
    QString title, text;
    w.setErrorSink([&](const QString &t, const QString &m) {
        title = t;
        text = m;
    });
    BOOST_TEST(!w.openFile(QString::fromStdString(path)));
    BOOST_TEST(title.contains(QStringLiteral("notes.effekt")));
    BOOST_TEST(!text.isEmpty());
    // The project that was open stays open.
    BOOST_TEST(w.document()->project().name == "Ung i jobb");
}

BOOST_AUTO_TEST_CASE(language_switch_takes_effect_without_restart) {
    app::MainWindow w;
    BOOST_TEST(w.menuBar()->actions().first()->text().toStdString() == "&File");
    views::i18n::setLanguage(QStringLiteral("nb"));
    QApplication::processEvents();
    BOOST_TEST(w.menuBar()->actions().first()->text().toStdString() == "&Fil");
    BOOST_TEST(QLocale().decimalPoint() == QStringLiteral(","));
    views::i18n::setLanguage(QStringLiteral("en"));
    QApplication::processEvents();
    BOOST_TEST(w.menuBar()->actions().first()->text().toStdString() == "&File");
}

BOOST_AUTO_TEST_CASE(messages_about_the_last_action_go_on_undo_and_close) {
    test::TempDir dir;
    app::MainWindow w;
    w.document()->reset(workedExample());
    w.setSaveQuestion([](const QString &) { return int(QMessageBox::Discard); });
    auto *outcomes = static_cast<views::OutcomesPage *>(w.page(QStringLiteral("outcomes")));
    BOOST_REQUIRE(outcomes);
    QTableView *plan = outcomes->view(views::OutcomeGridModel::Series::Plan);
    plan->setCurrentIndex(plan->model()->index(0, 0));
    BOOST_REQUIRE(outcomes->pasteText(QStringLiteral("1\t2\t3")));
    BOOST_TEST(!outcomes->message().isEmpty());
    BOOST_REQUIRE(w.saveAs(QString::fromStdString(dir.file("a.effekt"))));
    BOOST_TEST(!w.statusBar()->currentMessage().isEmpty()); // "Saved …"

    // Undo: neither "Pasted 3 cells" nor "Saved …" holds any more.
    w.document()->undoStack()->undo();
    BOOST_TEST(outcomes->message().isEmpty());
    BOOST_TEST(w.statusBar()->currentMessage().isEmpty());
    w.document()->undoStack()->redo();
    BOOST_TEST(outcomes->message().isEmpty());

    // Close (File menu): the next project does not inherit the last one's message.
    BOOST_REQUIRE(outcomes->pasteText(QStringLiteral("4")));
    BOOST_TEST(!outcomes->message().isEmpty());
    QAction *close = nullptr;
    for (QAction *a : w.menuBar()->actions().first()->menu()->actions())
        if (a->shortcut() == QKeySequence(QKeySequence::Close))
            close = a;
    BOOST_REQUIRE(close);
    close->trigger();
    BOOST_TEST(w.document()->project().name != "Ung i jobb");
    BOOST_TEST(outcomes->message().isEmpty());
}

BOOST_AUTO_TEST_SUITE_END()
