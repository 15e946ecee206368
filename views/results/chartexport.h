// Export of a Results chart: PNG or SVG at a chosen size, or a picture on the clipboard. The chart
// is drawn afresh from its data at the requested size, so the export does not depend on the size
// of the window.
#pragma once

#include "diagnostics.h"
#include "resultsdata.h"

#include <QDialog>
#include <QImage>
#include <QSize>

class QSpinBox;
class QComboBox;
class QChartView;

namespace effekt::views {

// Writes an export through the model's safe writer (safewrite.h): beside the target, renamed
// over it; a link is saved through, a read-only file or a FIFO refused. False on failure, with the
// writer's reasons in `problems` when given.
bool writeFileSafely(const QString &path, const QByteArray &bytes, Diagnostics *problems = nullptr);
// Tells the planner that an export to `path` could not be written, and why: the writer's reason
// (`problems`: a read-only file, something that is not a file), else what can be seen of the
// folder, as plain text in a warning box over `parent`.
void showExportFailed(QWidget *parent, const QString &path, const Diagnostics &problems = {});
// The sentence that box shows (for the tests).
QString exportFailedText(const QString &path, const Diagnostics &problems = {});

// The picture carries the contract's name (data.contract) above the chart's title.
QImage renderChartImage(const ChartData &data, QSize size);
bool saveChartPng(const ChartData &data, const QString &path, QSize size,
                  Diagnostics *problems = nullptr);
bool saveChartSvg(const ChartData &data, const QString &path, QSize size,
                  Diagnostics *problems = nullptr);
void copyChartToClipboard(const ChartData &data, QSize size);

// The same for a chart view built elsewhere (the payout curve): drawn at the size asked for.
// `contract`, when given, is written above the chart's title on the picture.
QImage renderChartView(QChartView *view, QSize size, const QString &contract = {});
bool saveChartViewSvg(QChartView *view, const QString &path, QSize size,
                      const QString &contract = {}, Diagnostics *problems = nullptr);
// `id` names the chart for the suggested file name (chartFileName).
bool exportChartViewInteractively(QChartView *view, const QString &id, const QString &contract,
                                  QWidget *parent);

// Asks for the size (width × height in pixels) and the format of an exported chart.
class ChartExportDialog : public QDialog {
    Q_OBJECT
public:
    enum class Format { Png, Svg, Clipboard };
    explicit ChartExportDialog(QWidget *parent = nullptr);
    QSize chartSize() const;
    void setChartSize(QSize size);
    Format format() const;
    void setFormat(Format format);

private:
    QSpinBox *width_;
    QSpinBox *height_;
    QComboBox *format_;
};

// Runs the dialog and then the file dialog; returns whether something was exported.
bool exportChartInteractively(const ChartData &data, QWidget *parent);

} // namespace effekt::views
