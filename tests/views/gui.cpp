#include "gui.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QFileDialog>
#include <QLineEdit>
#include <QMainWindow>
#include <QPushButton>
#include <QStackedWidget>
#include <QString>
#include <QTableView>
#include <QTest>

#include <boost/test/unit_test.hpp>

#include <algorithm>

namespace effekt::test {

void focusAndType(QWidget *w, const QString &text) {
    w->setFocus();
    QTest::keyClick(w, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(w, text);
    QApplication::processEvents();
}

void activate(QMainWindow &w) {
    w.show();
    QApplication::setActiveWindow(&w);
    BOOST_REQUIRE(QTest::qWaitForWindowActive(&w));
}

void settle() {
    QApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

void bringToFront(QWidget *w) {
    for (QWidget *a = w; a && a->parentWidget(); a = a->parentWidget())
        if (auto *stack = qobject_cast<QStackedWidget *>(a->parentWidget()))
            stack->setCurrentWidget(a);
    QApplication::processEvents();
}

QWidget *openCellEditor(QTableView *view, int row, int column) {
    if (!view->isVisible())
        bringToFront(view);
    const QModelIndex index = view->model()->index(row, column);
    BOOST_REQUIRE(index.isValid());
    view->setFocus();
    view->setCurrentIndex(index);
    QTest::keyClick(view, Qt::Key_F2);
    QWidget *editor = nullptr;
    for (QWidget *c : view->viewport()->findChildren<QWidget *>(Qt::FindDirectChildrenOnly))
        if (c->isVisible())
            editor = c;
    BOOST_REQUIRE(editor);
    return editor;
}

void typeInCell(QTableView *view, int row, int column, const QString &text) {
    QWidget *editor = openCellEditor(view, row, column);
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    settle();
}

void chooseInCell(QTableView *view, int row, int column, const QString &item) {
    auto *combo = qobject_cast<QComboBox *>(openCellEditor(view, row, column));
    BOOST_REQUIRE(combo);
    const int i = combo->findText(item);
    BOOST_REQUIRE(i >= 0);
    // Down arrow from the top to the item: each step is one key press.
    QTest::keyClick(combo, Qt::Key_Home);
    for (int k = 0; k < i; ++k)
        QTest::keyClick(combo, Qt::Key_Down);
    QTest::keyClick(combo, Qt::Key_Return);
    settle();
}

Answerer::Answerer(QMessageBox::StandardButton a)
    : answer(a) {
    timer_.setInterval(2);
    QObject::connect(&timer_, &QTimer::timeout, [this] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            auto *box = qobject_cast<QMessageBox *>(w);
            if (!box || !box->isVisible())
                continue;
            ++asked;
            text = box->text();
            defaultIsNo = box->defaultButton() == box->button(QMessageBox::No);
            if (QAbstractButton *b = box->button(answer))
                QTest::mouseClick(b, Qt::LeftButton);
            else
                box->reject();
            return;
        }
    });
    timer_.start();
}

FileDialogAnswerer::FileDialogAnswerer(const QString &path) {
    timer_.setInterval(5);
    QObject::connect(&timer_, &QTimer::timeout, [this, path] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            auto *dialog = qobject_cast<QFileDialog *>(w);
            if (!dialog || !dialog->isVisible())
                continue;
            if (std::any_of(answered_.begin(), answered_.end(),
                            [dialog](const QPointer<QFileDialog> &d) { return d == dialog; })) {
                QMetaObject::invokeMethod(dialog, "accept");
                return;
            }
            answered_.append(dialog);
            auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
            if (shown++ == 0) {
                offeredFolder = dialog->directory().absolutePath();
                offeredName = name ? name->text() : QString();
            }
            if (!name) {
                dialog->reject();
                return;
            }
            name->setFocus();
            name->selectAll();
            QTest::keyClicks(name, path);
            if (name->completer() && name->completer()->popup()->isVisible())
                name->completer()->popup()->hide(); // no suggestion taken
            QTest::keyClick(name, Qt::Key_Return);
            return;
        }
    });
    timer_.start();
}

} // namespace effekt::test
