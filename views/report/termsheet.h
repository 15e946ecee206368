// The term sheet (avtaleskisse): the contract as one printed document for the council, the finance
// office and investors, built from a project and the results computed from it. One layout serves
// every output: a PDF file (QPdfWriter, A4), the printer and the print preview (QPrinter), and the
// headless `effekt-studio --export-pdf`. Text stays text (fonts embedded by the PDF writer), charts
// are drawn as vectors from the same chart data the Results and Risk pages show, and every page
// carries the contract's name, version and date, its page number and, while the project has unsaved
// changes or errors, "DRAFT" across it. Sections without content are left out.
#pragma once

#include "engine.h"
#include "montecarlo.h"
#include "project.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

class QPagedPaintDevice;

namespace effekt::views {

struct TermSheetOptions {
    // The project differs from its file (or has none): the pages say DRAFT.
    bool unsavedChanges = false;
    // When the version printed was saved (the file's time); none: not saved.
    std::optional<QDateTime> savedAt;
    // The date on the cover and in the footer.
    QDate date = QDate::currentDate();
    // A finished Monte Carlo run of this project, for P(loss) and P(cap); none: the sheet says
    // where to run one.
    std::optional<SimulationResult> simulation;
    // Numbers, money and dates; the texts follow the installed translation.
    QLocale locale;
};

class TermSheet {
    Q_DECLARE_TR_FUNCTIONS(effekt::views::TermSheet)
public:
    TermSheet(Project project, Results results, TermSheetOptions options = {});

    // DRAFT across the pages: unsaved changes, or the computation found errors.
    bool isDraft() const;
    // The titles of the sections this project gets, in their order (the cover has none).
    QStringList sectionTitles() const;
    // Paints every page on `device` (A4 is set by the callers: a PDF writer or a printer). Returns
    // the number of pages.
    int paint(QPagedPaintDevice *device) const;

    const Project &project() const { return project_; }
    const Results &results() const { return results_; }
    const TermSheetOptions &options() const { return options_; }

    // The word across the pages of a draft ("DRAFT").
    static QString draftMark();

private:
    Project project_;
    Results results_;
    TermSheetOptions options_;
};

// Writes the term sheet as an A4 PDF; false, with `error` set, when the file cannot be written.
bool writeTermSheetPdf(const TermSheet &sheet, const QString &path, QString *error = nullptr);

} // namespace effekt::views
