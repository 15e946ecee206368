// The user guide inside the application (F1): docs/user-guide.md and its screenshots, bundled as
// resources under :/help, shown in the interface language (the guide's Bokmål half or its English
// half) and opened at a chapter, found by its heading ("9. Risiko" is the chapter "Risiko").
#pragma once

#include <QDialog>
#include <QString>

class QTextBrowser;

namespace effekt::app {

class HelpWindow : public QDialog {
    Q_OBJECT
public:
    explicit HelpWindow(QWidget *parent = nullptr);

    // Shows the guide in `language` ("nb" or "en") at the chapter whose heading, without its
    // number, is `chapter`; at the top when no heading is called that. Loads the guide again only
    // when the language changed.
    void showChapter(const QString &language, const QString &chapter);

    QTextBrowser *browser() const { return browser_; }
    QString language() const { return language_; }
    // The chapter at the top of the view: the first heading whose top is in view (tests).
    QString chapterInView() const;
    // Whether a chapter of that heading exists in the guide as loaded.
    bool hasChapter(const QString &chapter) const;

    // The guide's half in a language, as markdown ("nb" or "en").
    static QString guideText(const QString &language);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void load(const QString &language);
    void fitImages();
    int headingPosition(const QString &chapter) const;

    QTextBrowser *browser_ = nullptr;
    QString language_;
};

} // namespace effekt::app
