// Copy and paste between item views and spreadsheets: tab-separated text, one line per row, as
// LibreOffice Calc and Excel put on the clipboard; and numbers as people type or paste them.
#pragma once

#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace effekt::views::grid {

// Splits clipboard text into rows of cells: rows end at LF, CRLF or CR (a final line break adds no
// row), cells are separated by TAB; a cell in double quotes may hold tabs, line breaks and "" for a
// quote (as spreadsheets write cells holding those). Empty text gives no rows.
QList<QStringList> parseTsv(const QString &text);
// Joins rows of cells into tab-separated text ending in a line break, quoting cells that hold a
// tab, a line break or a leading quote.
QString toTsv(const QList<QStringList> &rows);

// A number typed or pasted: in the given locale first ("1 234,5" or "1234.5" in Norwegian,
// "1,234.5" in English), then as spreadsheets write it in any locale ("1 234,5" with any kind of
// space, "1234,5", "1234.5"). nullopt when it is not a number.
std::optional<double> parseCellNumber(const QString &text, const QLocale &locale = QLocale());
// A number for the clipboard: the locale's decimal sign, no thousands separator (so that every
// spreadsheet reads it back), up to `maxDecimals` decimals without trailing zeros.
QString formatCellNumber(double v, const QLocale &locale = QLocale(), int maxDecimals = 6);

// A pasted block read as numbers: an empty cell is nullopt; cells that are not numbers are listed.
struct NumberBlock {
    std::vector<std::vector<std::optional<double>>>
        values; // [row][column], rows may differ in length
    struct Bad {
        int row = 0;
        int column = 0;
        QString text;
    };
    std::vector<Bad> bad;
    int rows() const { return static_cast<int>(values.size()); }
    int columns() const; // the longest row
};
NumberBlock parseNumberBlock(const QString &text, const QLocale &locale = QLocale());

} // namespace effekt::views::grid
