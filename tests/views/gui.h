// Driving widgets as a user does, for the GUI tests.
#pragma once

#include "i18n.h"
#include "money.h"

#include <boost/test/unit_test.hpp>

#include <QList>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QWidget>

#include <cstdint>
#include <string>

class QFileDialog;
class QTableView;
class QMainWindow;

namespace effekt::test {

// Whole kroner in øre.
inline Money kr(std::int64_t kroner) {
    return kroner * money::kMinorPerMajor;
}

// A QString as UTF-8, for Boost.Test's messages.
inline std::string S(const QString &s) {
    return s.toStdString();
}

// The child widget of `page` with this object name; the test stops when there is none.
template <typename T> T *child(QWidget *page, const char *name) {
    auto *w = page->findChild<T *>(QString::fromLatin1(name));
    BOOST_REQUIRE_MESSAGE(w, name);
    return w;
}

// Gives `w` the focus, selects all it holds and types `text` over it, as the planner does.
void focusAndType(QWidget *w, const QString &text);

// Shows a main window and waits until it is the active window, as the planner sees it.
void activate(QMainWindow &w);

// Lets closed cell editors go, so that the next edit finds its own editor.
void settle();
// Brings a widget on a tab or stacked page to the front, as clicking its tab does.
void bringToFront(QWidget *w);
// Selects a cell and presses F2 as a user does; returns the editor the view opened (a line edit,
// a spin box for numbers, a combo box for choices).
QWidget *openCellEditor(QTableView *view, int row, int column);
// Types into a cell as a user does: select it, F2 to edit, select all, type, Return.
void typeInCell(QTableView *view, int row, int column, const QString &text);
// Chooses an item of a combo box cell by its text, with the keyboard (F2, Home, Down …, Return).
void chooseInCell(QTableView *view, int row, int column, const QString &item);

// Sets the default locale for one scope and restores it.
struct LocaleGuard {
    explicit LocaleGuard(const QLocale &l) { QLocale::setDefault(l); }
    ~LocaleGuard() { QLocale::setDefault(before); }
    QLocale before;
};

// Switches the interface language (and with it the default locale) for one scope; English after.
struct Language {
    explicit Language(const char *code) { views::i18n::setLanguage(QString::fromLatin1(code)); }
    ~Language() { views::i18n::setLanguage(QStringLiteral("en")); }
};

// Answers every question the program asks in a message box while it lives, as the planner clicks
// `answer`; keeps the last text and whether No was the default.
class Answerer {
public:
    explicit Answerer(QMessageBox::StandardButton answer);
    QMessageBox::StandardButton answer;
    int asked = 0;
    bool defaultIsNo = false;
    QString text;

private:
    QTimer timer_;
};

// Types `path` into each file dialog (Save As, Open) the program shows while it lives, and presses
// Enter, as the planner would; keeps what the dialog offered first (its folder and file name).
// Each dialog is typed into once: should Enter not close it (the file name's completer, filled
// from a thread, can take the key), the next tick accepts what was typed instead of typing it
// again every few milliseconds for ever.
class FileDialogAnswerer {
public:
    explicit FileDialogAnswerer(const QString &path);
    int shown = 0;
    QString offeredFolder; // the first dialog's folder when it came
    QString offeredName;   // and the file name it suggested

private:
    QTimer timer_;
    QList<QPointer<QFileDialog>> answered_; // a closed and deleted dialog turns null
};

} // namespace effekt::test
