#include "catalogue.h"

#include "json.h"

#include <QFile>

namespace effekt::app {

namespace {

QString resourcePath(CatalogueKind kind, const char *id) {
    return QStringLiteral(":/catalogue/%1/%2.json")
        .arg(kind == CatalogueKind::Template ? QStringLiteral("templates")
                                             : QStringLiteral("examples"),
             QLatin1String(id));
}

CatalogueEntry entry(CatalogueKind kind, const char *id, const QString &title,
                     const QString &summary, const QString &help) {
    return CatalogueEntry{QLatin1String(id), kind, title, summary, help, resourcePath(kind, id)};
}

} // namespace

std::vector<CatalogueEntry> templates() {
    return {};
}

std::vector<CatalogueEntry> examples() {
    constexpr auto E = CatalogueKind::Example;
    return {
        entry(E, "ung-i-jobb", Catalogue::tr("Ung i jobb"),
              Catalogue::tr("Young people aged 18–29 into work: two outcome metrics, eight "
                            "quarters, one investor."),
              Catalogue::tr("The worked example of the reference: the municipality pays "
                            "NOK 60,000 for each young person in work for 13 weeks above a "
                            "counterfactual of two a quarter, and NOK 40,000 for each completed "
                            "upper secondary education. One investor finances the delivery. Its "
                            "figures are illustrative.")),
    };
}

std::vector<CatalogueEntry> catalogue() {
    std::vector<CatalogueEntry> all = templates();
    for (CatalogueEntry &e : examples())
        all.push_back(std::move(e));
    return all;
}

std::optional<CatalogueEntry> catalogueEntry(const QString &id) {
    for (CatalogueEntry &e : catalogue())
        if (e.id == id)
            return std::move(e);
    return std::nullopt;
}

std::optional<Project> loadCatalogueProject(const CatalogueEntry &entry, Diagnostics *problems) {
    QFile file(entry.resource);
    if (!file.open(QIODevice::ReadOnly)) {
        if (problems)
            problems->push_back(Diagnostic{DiagCode::FileNotFound,
                                           Severity::Error,
                                           "file",
                                           -1,
                                           "",
                                           -1,
                                           {entry.resource.toStdString()}});
        return std::nullopt;
    }
    const QByteArray text = file.readAll();
    LoadResult loaded = json::fromJson(std::string_view(text.constData(), text.size()));
    if (problems)
        *problems = loaded.diagnostics;
    return loaded.project;
}

} // namespace effekt::app
