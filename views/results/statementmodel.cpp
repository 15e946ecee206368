#include "statementmodel.h"

#include "format.h"
#include "resultsdata.h"

#include <QDate>
#include <QFont>

namespace effekt::views {

namespace {
std::vector<Money> series(const std::vector<Money> &v, int n) {
    std::vector<Money> out(static_cast<std::size_t>(n));
    for (int t = 0; t < n; ++t)
        out[static_cast<std::size_t>(t)] = at(v, t);
    return out;
}

QString csvAmount(Money m, CsvStyle style) {
    const bool negative = m < 0;
    const std::uint64_t a =
        negative ? 0 - static_cast<std::uint64_t>(m) : static_cast<std::uint64_t>(m);
    QString s = QStringLiteral("%1%2%3%4")
                    .arg(negative ? QStringLiteral("-") : QString())
                    .arg(a / 100)
                    .arg(style == CsvStyle::Norwegian ? QLatin1Char(',') : QLatin1Char('.'))
                    .arg(a % 100, 2, 10, QLatin1Char('0'));
    return s;
}

QString csvField(const QString &text, QChar separator) {
    if (!text.contains(separator) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString isoDate(const Date &d) {
    return QDate(d.year, d.month, d.day).toString(Qt::ISODate);
}
} // namespace

Money Statement::total(std::size_t column) const {
    Money sum = 0;
    for (Money v : columns.at(column).values)
        sum = money::add(sum, v);
    return sum;
}

Statement buildStatement(const Project &p, const Results &r, const QLocale &locale) {
    Statement s;
    const int n = std::max(0, r.periods);
    for (int t = 0; t < n; ++t) {
        s.periods << periodLabel(p.timeline, t, locale);
        s.due.push_back(p.timeline.periodEnd(t));
    }
    // The payment steps of DOMAIN.md §4, summed over metrics, by period of achievement.
    std::vector<Money> gross(static_cast<std::size_t>(n)), afterParticipant(gross.size()),
        afterMetric(gross.size()), afterTotal(gross.size());
    for (const auto &row : r.metric)
        for (std::size_t t = 0; t < row.size() && t < gross.size(); ++t) {
            gross[t] += row[t].gross;
            afterParticipant[t] += row[t].afterParticipantCap;
            afterMetric[t] += row[t].afterMetricCap;
            afterTotal[t] += row[t].afterTotalCap;
        }
    auto add = [&](QString title, QString tip, std::vector<Money> values, bool summable = true) {
        s.columns.push_back(
            StatementColumn{std::move(title), std::move(tip), std::move(values), summable});
    };
    add(StatementModel::tr("Gross"),
        StatementModel::tr("Outcome payments earned in the period by "
                           "the payment rules, before any cap"),
        gross);
    add(StatementModel::tr("After participant caps"),
        StatementModel::tr("After the per-participant caps (with a participant ledger)"),
        afterParticipant);
    add(StatementModel::tr("After metric caps"),
        StatementModel::tr("After each metric's caps on money and units"), afterMetric);
    add(StatementModel::tr("After total cap"),
        StatementModel::tr("After the contract's total cap: the outcome payment earned in the "
                           "period"),
        afterTotal);
    add(StatementModel::tr("Outcome payments due"),
        StatementModel::tr("Outcome payments falling due in the period (after the payment lag "
                           "and the payers' caps)"),
        series(r.outcomeDue, n));
    add(StatementModel::tr("Fixed fees"),
        StatementModel::tr("Fixed fees falling due in the period"), series(r.fixedFeesDue, n));
    for (std::size_t i = 0; i < r.payerIds.size(); ++i) {
        const Party *party = p.party(r.payerIds[i]);
        const QString name = party ? QString::fromStdString(party->name) : QString::number(i + 1);
        add(StatementModel::tr("Paid by %1").arg(name),
            StatementModel::tr("What %1 pays in the period: outcome payments and fixed fees, "
                               "after its cap")
                .arg(name),
            i < r.payerDue.size() ? series(r.payerDue[i], n) : std::vector<Money>(gross.size()));
    }
    // Caps per budget year (docs/engine.md): for each payer with one, what it cut and, when cuts
    // are carried, what was paid of earlier years' cuts.
    for (std::size_t i = 0; i < r.payerIds.size(); ++i) {
        const Party *party = p.party(r.payerIds[i]);
        if (!party || !party->yearCap)
            continue;
        const QString name = QString::fromStdString(party->name);
        add(StatementModel::tr("Cut by %1's year cap").arg(name),
            p.caps.yearCapCarry
                ? StatementModel::tr("What %1's cap per budget year cut from the payments falling "
                                     "due in the period: carried to a later year with room, or "
                                     "lost when none has")
                      .arg(name)
                : StatementModel::tr("What %1's cap per budget year cut from the payments falling "
                                     "due in the period: lost, no one pays it")
                      .arg(name),
            i < r.yearCapCut.size() ? series(r.yearCapCut[i], n)
                                    : std::vector<Money>(gross.size()));
        if (p.caps.yearCapCarry)
            add(StatementModel::tr("Carried, paid by %1").arg(name),
                StatementModel::tr("What %1 paid in the period of earlier years' cuts (in its "
                                   "payments of the period)")
                    .arg(name),
                i < r.yearCapCarried.size() ? series(r.yearCapCarried[i], n)
                                            : std::vector<Money>(gross.size()));
    }
    add(StatementModel::tr("Total due"),
        StatementModel::tr("Outcome payments and fixed fees falling due in the period"),
        series(r.totalDue, n));
    add(StatementModel::tr("Delivery cost"), StatementModel::tr("The provider's cost of delivery"),
        series(r.deliveryCost.empty() ? p.deliveryCost : r.deliveryCost, n));
    add(StatementModel::tr("Draws"), StatementModel::tr("Capital drawn from the investors"),
        series(r.draws, n));
    add(StatementModel::tr("Reserve"),
        StatementModel::tr("Balance of the special-purpose account at the end of the period, kept "
                           "back for delivery costs still to come"),
        series(r.reserve, n), false);
    add(StatementModel::tr("Distributions"),
        StatementModel::tr("Paid to the investors: coupon, principal and return"),
        series(r.distributions, n));
    add(StatementModel::tr("Provider incentive"),
        StatementModel::tr("The provider's share of what is left after the investors"),
        series(r.providerIncentive, n));
    add(StatementModel::tr("Not paid by commissioner"),
        StatementModel::tr("Surplus the commissioner does not pay at all"),
        series(r.commissionerKept, n));
    add(StatementModel::tr("Funding gap"),
        StatementModel::tr("Delivery costs no one funded (the investors' commitment was used up)"),
        series(r.fundingGap, n));
    return s;
}

QByteArray statementCsv(const Statement &s, CsvStyle style) {
    const QChar sep = style == CsvStyle::Norwegian ? QLatin1Char(';') : QLatin1Char(',');
    QStringList lines;
    QStringList header{csvField(StatementModel::tr("Period"), sep),
                       csvField(StatementModel::tr("Due date"), sep)};
    for (const StatementColumn &c : s.columns)
        header << csvField(c.title, sep);
    lines << header.join(sep);
    for (int t = 0; t < s.periods.size(); ++t) {
        QStringList row{csvField(s.periods.at(t), sep),
                        isoDate(s.due.at(static_cast<std::size_t>(t)))};
        for (const StatementColumn &c : s.columns)
            row << csvAmount(c.values.at(static_cast<std::size_t>(t)), style);
        lines << row.join(sep);
    }
    QStringList total{csvField(StatementModel::tr("Total"), sep), QString()};
    for (std::size_t c = 0; c < s.columns.size(); ++c)
        total << (s.columns[c].summable ? csvAmount(s.total(c), style) : QString());
    lines << total.join(sep);
    QByteArray out;
    if (style == CsvStyle::Norwegian)
        out += "\xEF\xBB\xBF";
    out += lines.join(QStringLiteral("\r\n")).toUtf8();
    out += "\r\n";
    return out;
}

QString statementText(const Statement &s, const QLocale &locale) {
    QLocale plain = locale;
    plain.setNumberOptions(QLocale::OmitGroupSeparator);
    QStringList lines;
    QStringList header{StatementModel::tr("Period"), StatementModel::tr("Due date")};
    for (const StatementColumn &c : s.columns)
        header << c.title;
    lines << header.join(QLatin1Char('\t'));
    for (int t = 0; t < s.periods.size(); ++t) {
        QStringList row{s.periods.at(t), formatDate(s.due.at(static_cast<std::size_t>(t)), locale)};
        for (const StatementColumn &c : s.columns)
            row << formatAmount(c.values.at(static_cast<std::size_t>(t)), plain);
        lines << row.join(QLatin1Char('\t'));
    }
    QStringList total{StatementModel::tr("Total"), QString()};
    for (std::size_t c = 0; c < s.columns.size(); ++c)
        total << (s.columns[c].summable ? formatAmount(s.total(c), plain) : QString());
    lines << total.join(QLatin1Char('\t'));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

StatementModel::StatementModel(Document *document, QObject *parent)
    : QAbstractTableModel(parent)
    , document_(document) {
    connect(document_, &Document::resultsChanged, this, &StatementModel::reload);
    reload();
}

void StatementModel::reload() {
    beginResetModel();
    statement_ = buildStatement(document_->resultsProject(), document_->results());
    endResetModel();
}

int StatementModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(statement_.periods.size()) + 1;
}

int StatementModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(statement_.columns.size()) + 1;
}

QVariant StatementModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid())
        return {};
    const bool totalRow = index.row() == static_cast<int>(statement_.periods.size());
    const auto row = static_cast<std::size_t>(index.row());
    if (index.column() == 0) {
        if (role == Qt::DisplayRole && !totalRow)
            return formatDate(statement_.due.at(row));
        return {};
    }
    const auto c = static_cast<std::size_t>(index.column() - 1);
    const StatementColumn &col = statement_.columns.at(c);
    if (totalRow && !col.summable)
        return {};
    const Money v = totalRow ? statement_.total(c) : col.values.at(row);
    switch (role) {
    case Qt::DisplayRole: return formatAmount(v);
    case Qt::ToolTipRole: return formatMoney(v);
    case Qt::UserRole: return QVariant::fromValue<qlonglong>(v);
    case Qt::TextAlignmentRole: return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (totalRow) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    default: return {};
    }
}

QVariant StatementModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Vertical) {
        if (role != Qt::DisplayRole)
            return {};
        return section < statement_.periods.size() ? statement_.periods.at(section) : tr("Total");
    }
    if (section == 0)
        return role == Qt::DisplayRole   ? tr("Due date")
               : role == Qt::ToolTipRole ? tr("The day the period's payments fall due")
                                         : QVariant();
    const auto c = static_cast<std::size_t>(section - 1);
    if (c >= statement_.columns.size())
        return {};
    if (role == Qt::DisplayRole)
        return statement_.columns[c].title;
    if (role == Qt::ToolTipRole)
        return statement_.columns[c].toolTip;
    return {};
}

} // namespace effekt::views
