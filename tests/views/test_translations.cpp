// The translations are complete: lupdate over the sources finds no string that the .ts files lack,
// and no entry is unfinished. Run scripts/update-translations and translate to fix a failure.
#include "testutil.h"

#include <QProcess>
#include <QString>

#include <boost/test/unit_test.hpp>

#include <filesystem>
#include <regex>

namespace fs = std::filesystem;
using namespace effekt;

namespace {
// Runs lupdate as scripts/update-translations does, on a copy of `ts`, and returns the result.
std::string refreshed(const std::string &ts, bool pluralOnly) {
    test::TempDir dir;
    const fs::path copy = dir.path() / ts;
    fs::copy_file(test::sourceDir() / "translations" / ts, copy);
    QStringList args{QStringLiteral("-locations"),
                     QStringLiteral("none"),
                     QStringLiteral("-no-obsolete"),
                     QStringLiteral("-extensions"),
                     QStringLiteral("cpp,h"),
                     QString::fromStdString((test::sourceDir() / "views").string()),
                     QString::fromStdString((test::sourceDir() / "app").string())};
    if (pluralOnly)
        args << QStringLiteral("-pluralonly");
    args << QStringLiteral("-ts") << QString::fromStdString(copy.string());
    QProcess p;
    p.start(QStringLiteral(EFFEKT_LUPDATE), args);
    BOOST_REQUIRE(p.waitForFinished(120000));
    BOOST_REQUIRE_EQUAL(p.exitCode(), 0);
    return test::readFile(copy);
}

int count(const std::string &text, const std::string &what) {
    int n = 0;
    for (auto pos = text.find(what); pos != std::string::npos; pos = text.find(what, pos + 1))
        ++n;
    return n;
}
} // namespace

BOOST_AUTO_TEST_SUITE(translations)

BOOST_AUTO_TEST_CASE(bokmal_is_complete) {
    const std::string before = test::readFile(test::sourceDir() / "translations/effekt_nb.ts");
    const std::string after = refreshed("effekt_nb.ts", false);
    BOOST_TEST(count(before, "type=\"unfinished\"") == 0, "unfinished entries in effekt_nb.ts");
    BOOST_TEST(count(after, "type=\"unfinished\"") == 0,
               "strings in the code that effekt_nb.ts lacks: run scripts/update-translations");
    BOOST_TEST(count(after, "<message") > 100);
}

BOOST_AUTO_TEST_CASE(english_plurals_are_complete) {
    const std::string after = refreshed("effekt_en.ts", true);
    BOOST_TEST(count(after, "type=\"unfinished\"") == 0,
               "plural forms in the code that effekt_en.ts lacks: run scripts/update-translations");
}

BOOST_AUTO_TEST_SUITE_END()
