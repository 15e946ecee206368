#include "ledgermodel.h"

#include "cellproblems.h"
#include "diagnostictext.h"
#include "format.h"
#include "gridclipboard.h"
#include "ledgerimport.h"
#include "valuelimits.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QIcon>
#include <QStyle>

#include <algorithm>
#include <cmath>
#include <unordered_set>

namespace effekt::views {

LedgerModel::LedgerModel(Document *document, QObject *parent)
    : QAbstractTableModel(parent)
    , document_(document)
    , ledger_(document->project().ledger) {
    rows_ = static_cast<int>(ledger_->size());
    for (const Metric &m : document_->project().metrics)
        metricNames_.insert(m.id, QString::fromStdString(m.name));
    indexDiagnostics();
    connect(document_, &Document::projectChanged, this, &LedgerModel::reload);
    connect(document_, &Document::resultsChanged, this, [this] {
        const bool had = !engineProblems_.isEmpty();
        indexDiagnostics();
        if ((had || !engineProblems_.isEmpty()) && rows_ > 0)
            emit dataChanged(index(0, 0), index(rows_ - 1, ColumnCount - 1));
    });
}

void LedgerModel::reload() {
    const Project &p = document_->project();
    metricNames_.clear();
    for (const Metric &m : p.metrics)
        metricNames_.insert(m.id, QString::fromStdString(m.name));
    const bool sameRows = &ledger_.get() == &p.ledger.get();
    const int rows = static_cast<int>(p.ledger->size());
    if (!sameRows && rows != rows_) {
        beginResetModel();
        ledger_ = p.ledger;
        rows_ = rows;
        endResetModel();
        return;
    }
    ledger_ = p.ledger;
    // Same number of rows: the cells may have changed, and metric names and period labels may too.
    if (rows_ > 0)
        emit dataChanged(index(0, 0), index(rows_ - 1, ColumnCount - 1));
}

void LedgerModel::indexDiagnostics() {
    engineProblems_.clear();
    const Project &p = document_->project();
    for (const Diagnostic &d : document_->results().diagnostics) {
        // National ids, periods outside the timeline and unknown metrics are checked per cell.
        if (d.entity != "ledger" || d.id < 0 || d.id >= rows_ ||
            d.code == DiagCode::NationalIdInLedger || d.code == DiagCode::DateOutsideTimeline ||
            d.code == DiagCode::UnknownReference)
            continue;
        engineProblems_[static_cast<int>(d.id)] << diagnosticText(d, &p);
    }
}

int LedgerModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : rows_;
}

int LedgerModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QStringList LedgerModel::problems(int r, int column) const {
    QStringList out;
    if (r < 0 || r >= rows_)
        return out;
    const LedgerRow &lr = row(r);
    const Project &p = document_->project();
    switch (column) {
    case Participant:
        if (lr.participant.empty())
            out << tr("A participant id is needed.");
        else if (containsNationalIdNumber(lr.participant))
            out << tr("This is a national identity number. The ledger may hold pseudonyms only.");
        break;
    case MetricColumn:
        if (!metricNames_.contains(lr.metricId))
            out << tr("There is no metric with id %1.").arg(lr.metricId);
        break;
    case Period:
        if (lr.period < 0 || lr.period >= p.timeline.periods)
            out << tr("Period %1 is outside the contract's timeline (1 to %2).")
                       .arg(lr.period + 1)
                       .arg(p.timeline.periods);
        break;
    case Units:
        if (!std::isfinite(lr.units))
            out << tr("This is not a number.");
        else if (lr.units < 0)
            out << tr("Units cannot be negative.");
        break;
    default: break;
    }
    if (column == Participant)
        out << engineProblems_.value(r);
    return out;
}

QVariant LedgerModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= rows_ || index.column() >= ColumnCount)
        return {};
    const LedgerRow &lr = row(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case Participant: return QString::fromStdString(lr.participant);
        case MetricColumn:
            return metricNames_.contains(lr.metricId) ? metricNames_.value(lr.metricId)
                                                      : QString::number(lr.metricId);
        case Period:
            return lr.period >= 0 && lr.period < document_->project().timeline.periods
                       ? periodLabel(document_->project().timeline, lr.period)
                       : QString::number(lr.period + 1);
        case Units:
            return role == Qt::EditRole ? grid::formatCellNumber(lr.units)
                                        : formatNumber(lr.units, QLocale(), 6);
        default: return {};
        }
    case SortRole:
        switch (index.column()) {
        case Period: return lr.period;
        case Units: return lr.units;
        default: return data(index, Qt::DisplayRole);
        }
    case Qt::TextAlignmentRole:
        if (index.column() == Units)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::DecorationRole:
    case Qt::BackgroundRole: return problemCellLook(problems(index.row(), index.column()), role);
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole: {
        const QStringList why = problems(index.row(), index.column());
        return why.isEmpty() ? QVariant() : QVariant(why.join(QLatin1Char('\n')));
    }
    default: return {};
    }
}

QVariant LedgerModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Participant: return tr("Participant");
        case MetricColumn: return tr("Outcome metric");
        case Period: return tr("Period");
        case Units: return tr("Units");
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Participant:
            return tr("A pseudonymous id of the participant: never a national identity number");
        case MetricColumn: return tr("The outcome achieved: a metric's name or id");
        case Period: return tr("The period of achievement: its label (Q1 2027) or number");
        case Units: return tr("How many units of the outcome the participant achieved");
        default: return {};
        }
    }
    return {};
}

Qt::ItemFlags LedgerModel::flags(const QModelIndex &index) const {
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && !document_->isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

EditLocation LedgerModel::location(int r, int column, int rows) const {
    return EditLocation{QStringLiteral("ledger"),      r,    column,
                        QStringLiteral("ledgerTable"), rows, 1};
}

bool LedgerModel::setData(const QModelIndex &index, const QVariant &value, int role) {
    if (!index.isValid() || role != Qt::EditRole || index.row() >= rows_ || document_->isReadOnly())
        return false;
    const QString text = value.toString().trimmed();
    const Project &current = document_->project();
    LedgerRow changed = row(index.row());
    QString what;
    // Whatever the column: a national identity number is neither kept nor repeated in a message.
    if (containsNationalIdNumber(value.toString().toStdString())) {
        emit refused(index.column() == Participant
                         ? tr("A national identity number cannot be a participant id: the ledger "
                              "may hold pseudonyms only.")
                         : tr("This is a national identity number: the ledger may hold "
                              "pseudonyms only, and no personal data."));
        return false;
    }
    switch (index.column()) {
    case Participant: {
        const std::string id = text.toStdString();
        if (id.empty()) {
            emit refused(tr("A participant id is needed."));
            return false;
        }
        if (id.size() > limits::kMaxParticipantBytes) {
            emit refused(tr("A participant id can have at most %1 characters.")
                             .arg(limits::kMaxParticipantBytes));
            return false;
        }
        changed.participant = id;
        what = tr("Edit participant in ledger row %1");
        break;
    }
    case MetricColumn: {
        std::optional<int> id;
        for (const Metric &m : current.metrics)
            if (QString::fromStdString(m.name).compare(text, Qt::CaseInsensitive) == 0) {
                id = m.id;
                break;
            }
        bool ok = false;
        const int n = text.toInt(&ok);
        if (!id && ok && current.metric(n))
            id = n;
        if (!id) {
            emit refused(tr("There is no metric “%1”.").arg(text));
            return false;
        }
        changed.metricId = *id;
        what = tr("Edit metric in ledger row %1");
        break;
    }
    case Period: {
        const std::optional<int> t = csv::parsePeriod(text.toStdString(), current.timeline);
        if (!t) {
            emit refused(tr("“%1” is not a period of the contract: write its label, such as %2, "
                            "or its number from 1 to %3.")
                             .arg(text, periodLabel(current.timeline, 0))
                             .arg(current.timeline.periods));
            return false;
        }
        changed.period = *t;
        what = tr("Edit period in ledger row %1");
        break;
    }
    case Units: {
        const std::optional<double> v = grid::parseCellNumber(text);
        if (!v || *v < 0 || !std::isfinite(*v)) {
            emit refused(tr("Units must be a number of at least 0."));
            return false;
        }
        if (*v > limits::kMaxQuantity) {
            emit refused(tr("Units can be at most %1.")
                             .arg(formatNumber(limits::kMaxQuantity, QLocale(), 0)));
            return false;
        }
        changed.units = *v;
        what = tr("Edit units in ledger row %1");
        break;
    }
    default: return false;
    }
    Project p = current;
    const auto i = static_cast<std::size_t>(index.row());
    p.ledger.modify([&](Ledger &l) { l[i] = changed; });
    document_->apply(std::move(p), what.arg(index.row() + 1),
                     QStringLiteral("ledger/%1/%2").arg(index.row()).arg(index.column()),
                     location(index.row(), index.column()));
    return true;
}

int LedgerModel::addRow() {
    if (document_->isReadOnly())
        return -1;
    Project p = document_->project();
    // A placeholder pseudonym the user overwrites: the project file holds no empty ids.
    std::unordered_set<std::string> used;
    for (const LedgerRow &lr : *p.ledger)
        used.insert(lr.participant);
    LedgerRow r;
    for (std::size_t n = p.ledger->size() + 1; r.participant.empty() || used.count(r.participant);
         ++n)
        r.participant = std::string("P-").append(std::to_string(n));
    r.metricId = p.metrics.empty() ? 0 : p.metrics.front().id;
    r.period = 0;
    r.units = 1;
    const int at = rows_;
    p.ledger.modify([&](Ledger &l) { l.push_back(r); });
    if (!document_->apply(std::move(p), tr("Add ledger row"), {}, location(at, Participant)))
        return -1;
    return at;
}

bool LedgerModel::removeRows(QList<int> rows) {
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    rows.erase(
        std::remove_if(rows.begin(), rows.end(), [this](int r) { return r < 0 || r >= rows_; }),
        rows.end());
    if (rows.isEmpty() || document_->isReadOnly())
        return false;
    Project p = document_->project();
    p.ledger.modify([&](Ledger &l) {
        Ledger kept;
        kept.reserve(l.size() - static_cast<std::size_t>(rows.size()));
        qsizetype next = 0;
        for (std::size_t i = 0; i < l.size(); ++i) {
            if (next < rows.size() && rows[next] == static_cast<int>(i)) {
                ++next;
                continue;
            }
            kept.push_back(std::move(l[i]));
        }
        l = std::move(kept);
    });
    const int n = static_cast<int>(rows.size());
    return document_->apply(std::move(p), tr("Remove %n ledger row(s)", "", n), {},
                            location(rows.front(), Participant, rows.back() - rows.front() + 1));
}

bool LedgerModel::appendRows(const Ledger &add, const QString &text) {
    if (add.empty() || document_->isReadOnly())
        return false;
    Project p = document_->project();
    const int at = rows_;
    p.ledger.modify([&](Ledger &l) { l.insert(l.end(), add.begin(), add.end()); });
    return document_->apply(std::move(p), text, {},
                            location(at, Participant, static_cast<int>(add.size())));
}

} // namespace effekt::views
