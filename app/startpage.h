// The start page: what the main window shows while no document is open (at start, after File >
// Close). It offers a new blank contract, a new contract from a template, the examples, the recent
// files by their contracts' names, and a short explanation of what an effektkontrakt is that links
// to the user guide. It only asks; the main window does what is chosen.
#pragma once

#include <QString>
#include <QWidget>

#include <vector>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace effekt::app {

// One choice in the start page's lists: a template, an example or a recent file.
struct StartChoice {
    QString id;      // a template's or example's id; a recent file's absolute path
    QString title;   // shown (a recent file: its contract's name)
    QString detail;  // the second line (a recent file: its path) or a summary
    QString toolTip; // longer help
    bool available = true;
};

class StartPage : public QWidget {
    Q_OBJECT
public:
    explicit StartPage(QWidget *parent = nullptr);

    void setTemplates(const std::vector<StartChoice> &templates);
    void setExamples(const std::vector<StartChoice> &examples);
    void setRecentFiles(const std::vector<StartChoice> &files);

    // The parts, for tests and for the main window's focus.
    QPushButton *newButton() const { return newButton_; }
    QPushButton *openButton() const { return openButton_; }
    QListWidget *templateList() const { return templates_; }
    QListWidget *exampleList() const { return examples_; }
    QListWidget *recentList() const { return recent_; }
    QLabel *introduction() const { return intro_; }

signals:
    void newBlankRequested();
    void templateRequested(const QString &id);
    void exampleRequested(const QString &id);
    void openRequested();
    void recentRequested(const QString &path);
    void helpRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    static void fill(QListWidget *list, const std::vector<StartChoice> &choices);

    QLabel *heading_ = nullptr;
    QLabel *intro_ = nullptr;
    QLabel *newHeading_ = nullptr;
    QLabel *templatesHeading_ = nullptr;
    QLabel *examplesHeading_ = nullptr;
    QLabel *recentHeading_ = nullptr;
    QLabel *noRecent_ = nullptr;
    QPushButton *newButton_ = nullptr;
    QPushButton *openButton_ = nullptr;
    QListWidget *templates_ = nullptr;
    QListWidget *examples_ = nullptr;
    QListWidget *recent_ = nullptr;
};

// A contract's name as the start page and the recent-files menu show it: text from a file may
// hold control, format or line-break characters; they become spaces, and a long name is cut.
QString displayableName(const QString &name);

} // namespace effekt::app
