// Help inside the application: F1 opens the bundled user guide in the interface language, at the
// chapter of the page in view (the start page's: "Getting started"), with its pictures.
#include "gui.h"
#include "helpwindow.h"
#include "i18n.h"
#include "mainwindow.h"
#include "startpage.h"
#include "testutil.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QScrollBar>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextFragment>
#include <QUrl>

#include <boost/test/unit_test.hpp>

#include <map>

using namespace effekt;

using effekt::test::activate;

namespace {

// Presses F1 in the main window, as the planner does.
app::HelpWindow *pressF1(app::MainWindow &w) {
    QApplication::setActiveWindow(&w);
    BOOST_REQUIRE(QTest::qWaitForWindowActive(&w));
    QTest::keyClick(&w, Qt::Key_F1);
    return w.helpWindow();
}

} // namespace

BOOST_AUTO_TEST_SUITE(help)

BOOST_AUTO_TEST_CASE(f1_opens_the_guide_at_the_chapter_of_each_page_in_both_languages) {
    const std::map<QString, std::pair<QString, QString>> chapters = {
        {QStringLiteral("overview"), {QStringLiteral("Oversikt"), QStringLiteral("Overview")}},
        {QStringLiteral("parties"), {QStringLiteral("Parter"), QStringLiteral("Parties")}},
        {QStringLiteral("metrics"),
         {QStringLiteral("Resultatmål og betalingsregler"),
          QStringLiteral("Outcome metrics and payment rules")}},
        {QStringLiteral("caps"),
         {QStringLiteral("Betalingstak og faste godtgjørelser"),
          QStringLiteral("Caps and fixed fees")}},
        {QStringLiteral("investment"),
         {QStringLiteral("Investering"), QStringLiteral("Investment")}},
        {QStringLiteral("savings"),
         {QStringLiteral("Innsparing og samfunnsnytte"),
          QStringLiteral("Savings and value for money")}},
        {QStringLiteral("outcomes"),
         {QStringLiteral("Resultatdata"), QStringLiteral("Outcome data")}},
        {QStringLiteral("ledger"),
         {QStringLiteral("Resultatdata"), QStringLiteral("Outcome data")}},
        {QStringLiteral("results"), {QStringLiteral("Resultater"), QStringLiteral("Results")}},
        {QStringLiteral("risk"), {QStringLiteral("Risiko"), QStringLiteral("Risk")}},
        {QStringLiteral("assumptions"),
         {QStringLiteral("Forutsetninger"), QStringLiteral("Assumptions")}},
    };
    for (const char *language : {"nb", "en"}) {
        effekt::test::Language lang(language);
        const bool nb = QLatin1String(language) == QLatin1String("nb");
        app::MainWindow w;
        w.document()->reset(workedExample());
        activate(w);
        for (const auto &[id, names] : chapters) {
            BOOST_TEST_INFO(language << " " << id.toStdString());
            w.showPage(id);
            app::HelpWindow *help = pressF1(w);
            BOOST_REQUIRE(help);
            BOOST_TEST(help->isVisible());
            BOOST_TEST(help->language() == QString::fromLatin1(language));
            BOOST_TEST_INFO("in view: " << help->chapterInView().toStdString() << " at "
                                        << help->browser()->verticalScrollBar()->value() << " of "
                                        << help->browser()->verticalScrollBar()->maximum());
            BOOST_TEST(help->chapterInView() == (nb ? names.first : names.second));
            help->hide();
        }
        // The guide in one language only: the other half is not in it.
        const QString text = w.helpWindow()->browser()->toPlainText();
        BOOST_TEST(text.contains(QStringLiteral("Slik bygger du en kontrakt")) == nb);
        BOOST_TEST(text.contains(QStringLiteral("Building a contract, step by step")) == !nb);
    }
}

BOOST_AUTO_TEST_CASE(f1_on_the_start_page_opens_getting_started) {
    for (const char *language : {"nb", "en"}) {
        effekt::test::Language lang(language);
        app::MainWindow w;
        activate(w);
        BOOST_REQUIRE(w.isStartPageShown());
        app::HelpWindow *help = pressF1(w);
        BOOST_REQUIRE(help);
        BOOST_TEST(help->chapterInView() == (QLatin1String(language) == QLatin1String("nb")
                                                 ? QStringLiteral("Komme i gang")
                                                 : QStringLiteral("Getting started")));
    }
}

BOOST_AUTO_TEST_CASE(the_start_pages_link_opens_the_guide) {
    app::MainWindow w;
    activate(w);
    emit w.startPage()->introduction()->linkActivated(QStringLiteral("help"));
    BOOST_REQUIRE(w.helpWindow());
    BOOST_TEST(w.helpWindow()->isVisible());
    BOOST_TEST(w.helpWindow()->chapterInView() == QStringLiteral("Getting started"));
}

// About is in the Help menu, no longer on F1.
BOOST_AUTO_TEST_CASE(about_is_not_on_f1) {
    app::MainWindow w;
    for (QAction *a : w.menuBar()->findChildren<QAction *>()) {
        if (a->text() == QStringLiteral("&About Effekt Studio"))
            BOOST_TEST(a->shortcut().isEmpty());
        if (a->text() == QStringLiteral("&User Guide"))
            BOOST_TEST((a->shortcut() == QKeySequence(QKeySequence::HelpContents)));
    }
}

// Every picture the guide shows is bundled, and shown no wider than the window.
BOOST_AUTO_TEST_CASE(the_guides_pictures_are_bundled) {
    for (const char *language : {"nb", "en"}) {
        app::HelpWindow help;
        help.showChapter(QString::fromLatin1(language), QString());
        QTextDocument *doc = help.browser()->document();
        int images = 0;
        for (QTextBlock b = doc->begin(); b.isValid(); b = b.next())
            for (auto it = b.begin(); !it.atEnd(); ++it) {
                const QTextCharFormat f = it.fragment().charFormat();
                if (!f.isImageFormat())
                    continue;
                ++images;
                const QTextImageFormat image = f.toImageFormat();
                BOOST_TEST_INFO(image.name().toStdString());
                const QVariant pixels =
                    doc->resource(QTextDocument::ImageResource, QUrl(image.name()));
                BOOST_TEST(pixels.isValid());
                BOOST_TEST(image.width() > 0);
                BOOST_TEST(image.width() <= help.browser()->viewport()->width());
            }
        BOOST_TEST(images >= 10);
    }
}

BOOST_AUTO_TEST_SUITE_END()
