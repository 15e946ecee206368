// The contracts the program brings along: templates (one per structure real contracts use, to
// adapt) and worked examples (realistic Norwegian contracts with their sources). Each is a JSON
// twin of a project file in resources/templates or resources/examples, bundled into the program
// under
// :/catalogue (app/CMakeLists.txt); docs: resources/templates/README.md,
// resources/examples/README.md.
//
// Opening an entry gives an unsaved copy named by the contract (Document::resetAsCopy): Save asks
// for a place, and the bundled file is never written.
#pragma once

#include "diagnostics.h"
#include "project.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace effekt::app {

enum class CatalogueKind { Template, Example };

struct CatalogueEntry {
    QString id; // the file's base name: "ung-i-jobb"
    CatalogueKind kind = CatalogueKind::Example;
    QString title;   // translated
    QString summary; // translated, one line
    // Translated, a few sentences of plain text: which real contract it follows, and what a
    // planner must decide (templates); what it shows and where its figures come from (examples).
    QString help;
    QString resource; // the bundled JSON twin, ":/catalogue/examples/ung-i-jobb.json"
};

// In the order the menus and the start page show them; texts in the current UI language.
std::vector<CatalogueEntry> templates();
std::vector<CatalogueEntry> examples();
// Templates, then examples.
std::vector<CatalogueEntry> catalogue();
std::optional<CatalogueEntry> catalogueEntry(const QString &id);

// The entry's project, read from the bundled resource; none when it cannot be read (then
// `problems` says why). A bundled project reads without diagnostics (tests/views/app/
// test_catalogue.cpp).
std::optional<Project> loadCatalogueProject(const CatalogueEntry &entry,
                                            Diagnostics *problems = nullptr);

// For lupdate: the texts of the entries live in the context "Catalogue".
class Catalogue {
    Q_DECLARE_TR_FUNCTIONS(Catalogue)
};

} // namespace effekt::app
