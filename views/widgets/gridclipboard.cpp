#include "gridclipboard.h"

#include "ledgerimport.h"
#include "format.h"

#include <algorithm>
#include <cmath>

namespace effekt::views::grid {

QList<QStringList> parseTsv(const QString &text) {
    QList<QStringList> rows;
    if (text.isEmpty())
        return rows;
    QStringList row;
    QString cell;
    bool cellStarted = false; // something (maybe a quoted empty cell) was read for this cell
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (c == QLatin1Char('"') && cell.isEmpty() && !cellStarted) {
            cellStarted = true;
            for (++i; i < n; ++i) {
                if (text[i] == QLatin1Char('"')) {
                    if (i + 1 < n && text[i + 1] == QLatin1Char('"')) {
                        cell += QLatin1Char('"');
                        ++i;
                        continue;
                    }
                    break;
                }
                cell += text[i];
            }
        } else if (c == QLatin1Char('\t')) {
            row << cell;
            cell.clear();
            cellStarted = false;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text[i + 1] == QLatin1Char('\n'))
                ++i;
            row << cell;
            rows << row;
            row.clear();
            cell.clear();
            cellStarted = false;
        } else {
            cell += c;
            cellStarted = true;
        }
    }
    // The last line, unless the text ended with a line break.
    if (cellStarted || !cell.isEmpty() || !row.isEmpty()) {
        row << cell;
        rows << row;
    }
    return rows;
}

QString toTsv(const QList<QStringList> &rows) {
    QString out;
    for (const QStringList &row : rows) {
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (c > 0)
                out += QLatin1Char('\t');
            QString cell = row[c];
            if (cell.contains(QLatin1Char('\t')) || cell.contains(QLatin1Char('\n')) ||
                cell.contains(QLatin1Char('\r')) || cell.startsWith(QLatin1Char('"'))) {
                cell.replace(QLatin1String("\""), QLatin1String("\"\""));
                cell = QLatin1Char('"') + cell + QLatin1Char('"');
            }
            out += cell;
        }
        out += QLatin1Char('\n');
    }
    return out;
}

std::optional<double> parseCellNumber(const QString &text, const QLocale &locale) {
    if (text.trimmed().isEmpty())
        return std::nullopt;
    if (const std::optional<double> v = views::parseNumber(text, locale))
        return v;
    return csv::parseNumber(text.toStdString());
}

QString formatCellNumber(double v, const QLocale &locale, int maxDecimals) {
    QLocale plain = locale;
    plain.setNumberOptions(QLocale::OmitGroupSeparator);
    return formatNumber(v, plain, maxDecimals);
}

int NumberBlock::columns() const {
    std::size_t n = 0;
    for (const auto &row : values)
        n = std::max(n, row.size());
    return static_cast<int>(n);
}

NumberBlock parseNumberBlock(const QString &text, const QLocale &locale) {
    NumberBlock block;
    const QList<QStringList> rows = parseTsv(text);
    for (qsizetype r = 0; r < rows.size(); ++r) {
        std::vector<std::optional<double>> values;
        for (qsizetype c = 0; c < rows[r].size(); ++c) {
            const QString &cell = rows[r][c];
            std::optional<double> v;
            if (!cell.trimmed().isEmpty()) {
                v = parseCellNumber(cell, locale);
                if (!v || !std::isfinite(*v))
                    block.bad.push_back({static_cast<int>(r), static_cast<int>(c), cell});
            }
            values.push_back(v);
        }
        block.values.push_back(std::move(values));
    }
    return block;
}

} // namespace effekt::views::grid
