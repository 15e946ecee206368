#include "chartexport.h"

#include "resultschart.h"
#include "safewrite.h"

#include <QBuffer>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGraphicsLayout>
#include <QGuiApplication>
#include <QMessageBox>
#include <QPainter>
#include <QSpinBox>
#include <QSvgGenerator>
#include <QTextDocumentFragment>

#include <algorithm>
#include <functional>

namespace effekt::views {

namespace {
// The title of an exported picture: the chart's title with the contract's name, since the picture
// leaves the program (a report, a slide) without the window that said which contract it shows.
// Both are plain text; a chart's title is rich text, so both are escaped.
QString pictureTitle(const QString &title, const QString &contract) {
    if (contract.trimmed().isEmpty())
        return title.toHtmlEscaped();
    if (title.isEmpty())
        return contract.toHtmlEscaped();
    return QStringLiteral("%1<br>%2").arg(contract.toHtmlEscaped(), title.toHtmlEscaped());
}

// A chart's title as the planner reads it (chart titles are rich text).
QString plainTitle(const QChart *chart) {
    return QTextDocumentFragment::fromHtml(chart->title()).toPlainText();
}

// Draws the chart of `data` at `size` on `device`.
void paintChart(const ChartData &data, QSize size, QPaintDevice *device) {
    ResultsChartView view;
    view.setAttribute(Qt::WA_DontShowOnScreen);
    view.setFrameShape(QFrame::NoFrame);
    view.setMinimumSize(1, 1);
    view.resize(size);
    view.setData(data);
    view.chart()->setTitle(pictureTitle(data.title, data.contract));
    view.chart()->resize(size);
    view.chart()->setMinimumSize(size);
    view.chart()->setMaximumSize(size);
    view.setSceneRect(QRectF(QPointF(0, 0), size));
    if (QGraphicsLayout *layout = view.chart()->layout())
        layout->activate();
    QPainter painter(device);
    painter.setRenderHint(QPainter::Antialiasing);
    view.scene()->render(&painter, QRectF(QPointF(0, 0), size), QRectF(QPointF(0, 0), size));
}

// Draws an existing view's chart at `size`: the view is resized for the drawing and back.
void paintChartView(QChartView *view, QSize size, QPaintDevice *device, const QString &contract) {
    const QSize old = view->size();
    const QString oldTitle = view->chart()->title();
    view->chart()->setTitle(pictureTitle(plainTitle(view->chart()), contract));
    const bool visible = view->isVisible();
    if (!visible)
        view->setAttribute(Qt::WA_DontShowOnScreen);
    view->resize(size);
    if (QGraphicsLayout *layout = view->chart()->layout())
        layout->activate();
    QPainter painter(device);
    painter.setRenderHint(QPainter::Antialiasing);
    view->render(&painter, QRectF(QPointF(0, 0), size), QRect(QPoint(0, 0), size));
    painter.end();
    view->chart()->setTitle(oldTitle);
    view->resize(old);
}

QSize bounded(QSize size) {
    return size.boundedTo(QSize(10000, 10000)).expandedTo(QSize(50, 50));
}
} // namespace

bool writeFileSafely(const QString &path, const QByteArray &bytes, Diagnostics *problems) {
    Diagnostics found = safewrite::writeFile(
        path.toStdString(),
        std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
    const bool ok = !hasErrors(found);
    if (problems)
        *problems = std::move(found);
    return ok;
}

QString exportFailedText(const QString &path, const Diagnostics &problems) {
    const QString name = QDir::toNativeSeparators(path);
    auto said = [&](DiagCode code) {
        return std::any_of(problems.begin(), problems.end(),
                           [code](const Diagnostic &d) { return d.code == code; });
    };
    // The writer's own reason first; what can be seen of the file and its folder after that.
    const QFileInfo file(path);
    if (said(DiagCode::FileNotRegular) || (file.exists() && !file.isFile()))
        return ChartExportDialog::tr("%1 is not a file (a folder, a pipe or a device), so nothing "
                                     "was written there. Choose another name.")
            .arg(name);
    if (said(DiagCode::FileReadOnly))
        return ChartExportDialog::tr("%1 is read-only, so it was left as it was. Choose another "
                                     "name, or remove the read-only mark first.")
            .arg(name);
    if (!QFileInfo(file.absolutePath()).isWritable())
        return ChartExportDialog::tr("The folder of %1 cannot be written to. Choose another "
                                     "folder.")
            .arg(name);
    return ChartExportDialog::tr("%1 could not be written (the disk may be full). Nothing was "
                                 "changed.")
        .arg(name);
}

void showExportFailed(QWidget *parent, const QString &path, const Diagnostics &problems) {
    QMessageBox box(QMessageBox::Warning, ChartExportDialog::tr("Export failed"),
                    exportFailedText(path, problems), QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

namespace {
bool savePng(const QImage &image, const QString &path, Diagnostics *problems) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    return image.save(&buffer, "PNG") && writeFileSafely(path, bytes, problems);
}

// An interactive export's last step: nothing when no file was chosen, else `save`, and when it
// fails the planner is told why.
bool saveChosen(QWidget *parent, const QString &path,
                const std::function<bool(Diagnostics *)> &save) {
    if (path.isEmpty())
        return false;
    Diagnostics problems;
    if (save(&problems))
        return true;
    showExportFailed(parent, path, problems);
    return false;
}
} // namespace

QImage renderChartImage(const ChartData &data, QSize size) {
    size = bounded(size);
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    paintChart(data, size, &image);
    return image;
}

bool saveChartPng(const ChartData &data, const QString &path, QSize size, Diagnostics *problems) {
    return savePng(renderChartImage(data, size), path, problems);
}

bool saveChartSvg(const ChartData &data, const QString &path, QSize size, Diagnostics *problems) {
    size = bounded(size);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    svg.setTitle(data.contract.isEmpty() ? data.title
                                         : data.contract + QStringLiteral(" – ") + data.title);
    paintChart(data, size, &svg);
    return writeFileSafely(path, bytes, problems);
}

void copyChartToClipboard(const ChartData &data, QSize size) {
    QGuiApplication::clipboard()->setImage(renderChartImage(data, size));
}

QImage renderChartView(QChartView *view, QSize size, const QString &contract) {
    size = bounded(size);
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    paintChartView(view, size, &image, contract);
    return image;
}

bool saveChartViewSvg(QChartView *view, const QString &path, QSize size, const QString &contract,
                      Diagnostics *problems) {
    size = bounded(size);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    paintChartView(view, size, &svg, contract);
    return writeFileSafely(path, bytes, problems);
}

bool exportChartViewInteractively(QChartView *view, const QString &id, const QString &contract,
                                  QWidget *parent) {
    ChartExportDialog dialog(parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const QSize size = dialog.chartSize();
    ChartData named;
    named.id = id;
    named.title = plainTitle(view->chart());
    named.contract = contract;
    const QString name = chartFileName(named);
    switch (dialog.format()) {
    case ChartExportDialog::Format::Clipboard:
        QGuiApplication::clipboard()->setImage(renderChartView(view, size, contract));
        return true;
    case ChartExportDialog::Format::Png: {
        const QString path = QFileDialog::getSaveFileName(
            parent, ChartExportDialog::tr("Export chart"), name + QStringLiteral(".png"),
            ChartExportDialog::tr("PNG images (*.png)"));
        return saveChosen(parent, path, [&](Diagnostics *problems) {
            return savePng(renderChartView(view, size, contract), path, problems);
        });
    }
    case ChartExportDialog::Format::Svg: {
        const QString path = QFileDialog::getSaveFileName(
            parent, ChartExportDialog::tr("Export chart"), name + QStringLiteral(".svg"),
            ChartExportDialog::tr("SVG drawings (*.svg)"));
        return saveChosen(parent, path, [&](Diagnostics *problems) {
            return saveChartViewSvg(view, path, size, contract, problems);
        });
    }
    }
    return false;
}

ChartExportDialog::ChartExportDialog(QWidget *parent)
    : QDialog(parent) {
    setWindowTitle(tr("Export chart"));
    width_ = new QSpinBox;
    width_->setObjectName(QStringLiteral("exportWidth"));
    width_->setRange(50, 10000);
    width_->setValue(1200);
    width_->setSuffix(tr(" px"));
    height_ = new QSpinBox;
    height_->setObjectName(QStringLiteral("exportHeight"));
    height_->setRange(50, 10000);
    height_->setValue(700);
    height_->setSuffix(tr(" px"));
    format_ = new QComboBox;
    format_->setObjectName(QStringLiteral("exportFormat"));
    format_->addItem(tr("PNG image"));
    format_->addItem(tr("SVG drawing"));
    format_->addItem(tr("Copy to clipboard"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Width:"), width_);
    form->addRow(tr("&Height:"), height_);
    form->addRow(tr("&Format:"), format_);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

QSize ChartExportDialog::chartSize() const {
    return QSize(width_->value(), height_->value());
}

void ChartExportDialog::setChartSize(QSize size) {
    width_->setValue(size.width());
    height_->setValue(size.height());
}

ChartExportDialog::Format ChartExportDialog::format() const {
    return static_cast<Format>(format_->currentIndex());
}

void ChartExportDialog::setFormat(Format format) {
    format_->setCurrentIndex(static_cast<int>(format));
}

bool exportChartInteractively(const ChartData &data, QWidget *parent) {
    ChartExportDialog dialog(parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const QSize size = dialog.chartSize();
    switch (dialog.format()) {
    case ChartExportDialog::Format::Clipboard: copyChartToClipboard(data, size); return true;
    case ChartExportDialog::Format::Png: {
        const QString path =
            QFileDialog::getSaveFileName(parent, ChartExportDialog::tr("Export chart"),
                                         chartFileName(data) + QStringLiteral(".png"),
                                         ChartExportDialog::tr("PNG images (*.png)"));
        return saveChosen(parent, path, [&](Diagnostics *problems) {
            return saveChartPng(data, path, size, problems);
        });
    }
    case ChartExportDialog::Format::Svg: {
        const QString path =
            QFileDialog::getSaveFileName(parent, ChartExportDialog::tr("Export chart"),
                                         chartFileName(data) + QStringLiteral(".svg"),
                                         ChartExportDialog::tr("SVG drawings (*.svg)"));
        return saveChosen(parent, path, [&](Diagnostics *problems) {
            return saveChartSvg(data, path, size, problems);
        });
    }
    }
    return false;
}

} // namespace effekt::views
