#include "exportpdf.h"

#include "diagnostictext.h"
#include "engine.h"
#include "storage.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace effekt::app {

namespace {
class Text {
    Q_DECLARE_TR_FUNCTIONS(effekt::app::ExportPdf)
};
} // namespace

int exportPdfFromFile(const QString &file, const QString &out, QString *error) {
    const QFileInfo info(file);
    const LoadResult loaded = loadProject(info.absoluteFilePath().toStdString());
    if (!loaded.project) {
        if (error)
            *error = Text::tr("Cannot open %1:\n%2")
                         .arg(file, views::diagnosticsText(loaded.diagnostics));
        return 1;
    }
    views::TermSheetOptions options;
    options.savedAt = info.lastModified();
    const Results results = compute(*loaded.project);
    const views::TermSheet sheet(*loaded.project, results, options);
    QString why;
    if (!views::writeTermSheetPdf(sheet, out, &why)) {
        if (error)
            *error = why;
        return 1;
    }
    return 0;
}

} // namespace effekt::app
