// Keyboard and accessibility of the contract designer: every input has an accessible name (or a
// label naming it), every page is reachable by a shortcut, and the pages render at 200 % scaling
// and in a dark palette (set EFFEKT_SCREENSHOT_DIR to keep the pictures and look at them).
#include "mainwindow.h"
#include "pages.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QTest>

#include <boost/test/unit_test.hpp>

using namespace effekt;

namespace {
const char *kDesignPages[] = {"overview",   "parties", "metrics",    "caps",
                              "investment", "savings", "assumptions"};

bool named(QWidget *w, QWidget *page) {
    if (!w->accessibleName().isEmpty())
        return true;
    for (QLabel *l : page->findChildren<QLabel *>())
        if (l->buddy() == w)
            return true;
    if (auto *b = qobject_cast<QAbstractButton *>(w))
        return !b->text().isEmpty();
    return false;
}

QPalette darkPalette() {
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
    p.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xc0));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x99, 0x99, 0x99));
    return p;
}
} // namespace

BOOST_AUTO_TEST_SUITE(design_access)

BOOST_AUTO_TEST_CASE(every_input_has_an_accessible_name_and_tool_tip) {
    app::MainWindow w;
    w.document()->reset(workedExample());
    for (const char *id : kDesignPages) {
        QWidget *page = w.page(QString::fromLatin1(id));
        BOOST_REQUIRE_MESSAGE(page, id);
        for (QWidget *input : page->findChildren<QWidget *>()) {
            const bool isInput =
                qobject_cast<QLineEdit *>(input) || qobject_cast<QComboBox *>(input) ||
                qobject_cast<QAbstractSpinBox *>(input) || qobject_cast<QPlainTextEdit *>(input) ||
                qobject_cast<QAbstractItemView *>(input) || qobject_cast<QAbstractButton *>(input);
            // Line edits inside spin boxes and combo boxes belong to them; headers and corner
            // buttons to their table.
            bool part = false;
            for (QWidget *p = input->parentWidget(); p && p != page; p = p->parentWidget())
                part = part || qobject_cast<QAbstractSpinBox *>(p) ||
                       qobject_cast<QComboBox *>(p) || qobject_cast<QAbstractItemView *>(p);
            if (!isInput || part)
                continue;
            BOOST_TEST_CONTEXT(id << ": " << input->metaObject()->className() << " "
                                  << input->objectName().toStdString()) {
                BOOST_TEST(named(input, page));
                BOOST_TEST(input->focusPolicy() != Qt::NoFocus);
                if (!qobject_cast<QAbstractButton *>(input) &&
                    !qobject_cast<QAbstractItemView *>(input))
                    BOOST_TEST(!input->toolTip().isEmpty());
            }
        }
    }
}

BOOST_AUTO_TEST_CASE(every_page_has_a_keyboard_shortcut) {
    app::MainWindow w;
    QMenu *view = nullptr;
    for (QAction *a : w.menuBar()->actions())
        if (a->text() == QStringLiteral("&View"))
            view = a->menu();
    BOOST_REQUIRE(view);
    int shortcuts = 0;
    for (QAction *a : view->actions())
        if (!a->shortcut().isEmpty())
            ++shortcuts;
    // Nine pages (Ctrl+1 … Ctrl+9) and the undo history.
    BOOST_TEST(shortcuts >= 10);
}

BOOST_AUTO_TEST_CASE(pages_render_in_dark_mode_and_at_double_size) {
    const QPalette before = QApplication::palette();
    QApplication::setPalette(darkPalette());
    {
        app::MainWindow w;
        w.document()->reset(workedExample());
        w.resize(1280, 800);
        w.show();
        BOOST_REQUIRE(QTest::qWaitForWindowExposed(&w));
        const QByteArray keep = qgetenv("EFFEKT_SCREENSHOT_DIR");
        const QString dir = keep.isEmpty() ? QDir::tempPath() + QStringLiteral("/effekt-dark")
                                           : QString::fromLocal8Bit(keep);
        BOOST_TEST(w.saveScreenshots(dir, QStringLiteral("-dark")));
        // Double size: a larger font stands in for 200 % scaling (QT_SCALE_FACTOR=2 does the
        // same for a whole run); the forms still fit without cutting their labels.
        const QFont normal = QApplication::font();
        QFont big = normal;
        big.setPointSizeF(big.pointSizeF() * 2);
        QApplication::setFont(big);
        w.resize(2560, 1600);
        QApplication::processEvents();
        BOOST_TEST(w.saveScreenshots(dir, QStringLiteral("-200")));
        QApplication::setFont(
            normal); // QFont() would be the doubled font: later tests need this one
    }
    QApplication::setPalette(before);
}

BOOST_AUTO_TEST_SUITE_END()
