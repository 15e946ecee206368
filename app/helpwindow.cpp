#include "helpwindow.h"

#include <QAbstractTextDocumentLayout>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QHash>
#include <QImageReader>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFragment>
#include <QUrl>
#include <QVBoxLayout>
#include <QtMath>

#include <algorithm>
#include <utility>
#include <vector>

namespace effekt::app {

namespace {

// Where the guide's English half starts (docs/user-guide.md).
const QLatin1String kEnglishMarker("<a name=\"english\"></a>");

// "9. Risiko" → "Risiko".
QString headingTitle(const QString &blockText) {
    static const QRegularExpression number(QStringLiteral("^\\d+\\.\\s+"));
    QString t = blockText;
    t.remove(number);
    return t.trimmed();
}

QSize imageSize(const QString &name) {
    static QHash<QString, QSize> sizes;
    auto it = sizes.find(name);
    if (it == sizes.end())
        it = sizes.insert(name, QImageReader(QStringLiteral(":/help/") + name).size());
    return *it;
}

} // namespace

QString HelpWindow::guideText(const QString &language) {
    QFile file(QStringLiteral(":/help/user-guide.md"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString all = QString::fromUtf8(file.readAll());
    const qsizetype split = all.indexOf(kEnglishMarker);
    if (language == QLatin1String("nb")) {
        QStringList lines = all.left(split < 0 ? all.size() : split).split(QLatin1Char('\n'));
        // The guide's title names both languages, and the next line points to the English half.
        if (!lines.isEmpty())
            lines[0] = QStringLiteral("# Effekt Studio — brukerveiledning");
        lines.removeIf([](const QString &l) { return l.contains(QLatin1String("(#english)")); });
        return lines.join(QLatin1Char('\n'));
    }
    QString english = split < 0 ? all : all.mid(split + kEnglishMarker.size());
    english.replace(QRegularExpression(QStringLiteral("^\\s*# English\\s*\n")), QString());
    return QStringLiteral("# Effekt Studio — user guide\n\n") + english;
}

HelpWindow::HelpWindow(QWidget *parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("helpWindow"));
    setModal(false);
    browser_ = new QTextBrowser;
    browser_->setObjectName(QStringLiteral("helpBrowser"));
    browser_->setOpenLinks(false);
    // A scroll bar that comes and goes would narrow the text, shrink the pictures and move the
    // chapter just scrolled to.
    browser_->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    browser_->setSearchPaths({QStringLiteral(":/help")});
    browser_->document()->setUndoRedoEnabled(false);
    browser_->viewport()->installEventFilter(this);
    // Links out of the guide open in the web browser; links inside it are to the other half.
    connect(browser_, &QTextBrowser::anchorClicked, this, [](const QUrl &url) {
        if (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"))
            QDesktopServices::openUrl(url);
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(browser_);
    layout->addWidget(buttons);
    resize(900, 680);
}

void HelpWindow::load(const QString &language) {
    language_ = language;
    setWindowTitle(tr("User Guide"));
    browser_->setMarkdown(guideText(language));
}

void HelpWindow::fitImages() {
    QTextDocument *doc = browser_->document();
    const int room =
        std::max(200, browser_->viewport()->width() - 2 * int(doc->documentMargin()) - 16);
    std::vector<std::pair<QTextFragment, QTextImageFormat>> images;
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next())
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment f = it.fragment();
            if (f.charFormat().isImageFormat())
                images.emplace_back(f, f.charFormat().toImageFormat());
        }
    for (auto &[fragment, format] : images) {
        const QSize native = imageSize(format.name());
        if (!native.isValid())
            continue;
        const int width = std::min(native.width(), room);
        if (qRound(format.width()) == width)
            continue;
        format.setWidth(width);
        format.setHeight(double(native.height()) * width / native.width());
        QTextCursor c(doc);
        c.setPosition(fragment.position());
        c.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
        c.setCharFormat(format);
    }
}

bool HelpWindow::eventFilter(QObject *watched, QEvent *event) {
    if (watched == browser_->viewport() && event->type() == QEvent::Resize)
        fitImages();
    return QDialog::eventFilter(watched, event);
}

int HelpWindow::headingPosition(const QString &chapter) const {
    for (QTextBlock b = browser_->document()->begin(); b.isValid(); b = b.next())
        if (b.blockFormat().headingLevel() > 0 && headingTitle(b.text()) == chapter)
            return b.position();
    return -1;
}

bool HelpWindow::hasChapter(const QString &chapter) const {
    return headingPosition(chapter) >= 0;
}

void HelpWindow::showChapter(const QString &language, const QString &chapter) {
    if (language != language_)
        load(language);
    show();
    raise();
    activateWindow();
    fitImages();
    // The whole guide laid out at this width now (QTextEdit would otherwise lay it out in steps
    // on a timer, and its scroll bar would not yet reach the later chapters).
    const QSizeF size = browser_->document()->documentLayout()->documentSize();
    QScrollBar *bar = browser_->verticalScrollBar();
    bar->setRange(0, std::max(0, qCeil(size.height()) - browser_->viewport()->height()));
    const int position = headingPosition(chapter);
    QTextCursor cursor(browser_->document());
    cursor.setPosition(std::max(0, position));
    browser_->setTextCursor(cursor);
    int top = 0;
    if (position >= 0) {
        const QTextBlock block = browser_->document()->findBlock(position);
        top = qRound(browser_->document()->documentLayout()->blockBoundingRect(block).top());
    }
    bar->setValue(top);
    browser_->setFocus();
}

QString HelpWindow::chapterInView() const {
    const int top = browser_->verticalScrollBar()->value();
    const QAbstractTextDocumentLayout *layout = browser_->document()->documentLayout();
    for (QTextBlock b = browser_->document()->begin(); b.isValid(); b = b.next())
        if (b.blockFormat().headingLevel() > 0 && layout->blockBoundingRect(b).bottom() > top)
            return headingTitle(b.text());
    return {};
}

} // namespace effekt::app
