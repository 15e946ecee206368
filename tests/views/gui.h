// Driving widgets as a user does, for the GUI tests.
#pragma once

#include <QMessageBox>
#include <QString>
#include <QTimer>

class QTableView;
class QWidget;

namespace effekt::test {

// Lets closed cell editors go, so that the next edit finds its own editor.
void settle();
// Brings a widget on a tab or stacked page to the front, as clicking its tab does.
void bringToFront(QWidget *w);
// Types into a cell as a user does: select it, F2 to edit, select all, type, Return.
void typeInCell(QTableView *view, int row, int column, const QString &text);

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

} // namespace effekt::test
