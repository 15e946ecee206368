// Charts inside the term sheet's text: each is an object in the text (one character) whose size
// the layout reserves and which draws itself with the painter of the page, so that a chart on a PDF
// page stays vector graphics. Private to the report room.
#pragma once

#include <QObject>
#include <QSizeF>
#include <QTextObjectInterface>

#include <functional>
#include <vector>

namespace effekt::views::report {

class ChartObjects : public QObject, public QTextObjectInterface {
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    static constexpr int kType = QTextFormat::UserObject + 1;
    static constexpr int kIndex = QTextFormat::UserProperty + 1;

    using Painter = std::function<void(QPainter *painter, const QRectF &rect)>;
    // Adds a chart of `size` (layout units) and returns the format of its character.
    QTextCharFormat add(QSizeF size, Painter painter);

    QSizeF intrinsicSize(QTextDocument *doc, int posInDocument, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *doc, int posInDocument,
                    const QTextFormat &format) override;

private:
    std::vector<QSizeF> sizes_;
    std::vector<Painter> painters_;
};

} // namespace effekt::views::report
