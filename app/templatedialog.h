// File > New from Template…: the templates in a list, the chosen one's help text beside it (which
// real contract it follows, what the planner must decide). Accepting opens a copy of it.
#pragma once

#include <QDialog>

class QListWidget;
class QLabel;

namespace effekt::app {

class TemplateDialog : public QDialog {
    Q_OBJECT
public:
    explicit TemplateDialog(QWidget *parent = nullptr);
    // The id of the chosen template (catalogue.h), empty when none.
    QString chosenId() const;
    QListWidget *list() const { return list_; }
    QLabel *help() const { return help_; }

private:
    void showHelp();

    QListWidget *list_;
    QLabel *summary_;
    QLabel *help_;
};

} // namespace effekt::app
