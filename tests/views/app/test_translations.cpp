// The translations are complete: lupdate over the sources finds no string that the .ts files lack,
// and no entry is unfinished. Run scripts/update-translations and translate to fix a failure.
#include "testutil.h"

#include <QProcess>
#include <QString>

#include <boost/test/unit_test.hpp>

#include <filesystem>
#include <map>
#include <regex>
#include <vector>

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

// The plural forms of every numerus message in a .ts file, by source text.
std::map<std::string, std::vector<std::string>> pluralForms(const std::string &text) {
    std::map<std::string, std::vector<std::string>> out;
    static const std::regex message("<message numerus=\"yes\">\\s*<source>([^<]*)</source>"
                                    "([\\s\\S]*?)</message>");
    static const std::regex form("<numerusform>([^<]*)</numerusform>");
    for (auto it = std::sregex_iterator(text.begin(), text.end(), message);
         it != std::sregex_iterator(); ++it) {
        const std::string body = (*it)[2].str();
        std::vector<std::string> &forms = out[(*it)[1].str()];
        for (auto f = std::sregex_iterator(body.begin(), body.end(), form);
             f != std::sregex_iterator(); ++f)
            forms.push_back((*f)[1].str());
    }
    return out;
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

// Qt's own texts in Bokmål are ours (Qt ships none): every entry translated.
BOOST_AUTO_TEST_CASE(qt_texts_in_bokmal_are_complete) {
    const std::string ts = test::readFile(test::sourceDir() / "translations/qtbase_nb.ts");
    BOOST_TEST(count(ts, "type=\"unfinished\"") == 0, "unfinished entries in qtbase_nb.ts");
    BOOST_TEST(count(ts, "<translation></translation>") == 0, "empty entries in qtbase_nb.ts");
    BOOST_TEST(count(ts, "<name>QPlatformTheme</name>") == 1);
    BOOST_TEST(count(ts, "<name>QFileDialog</name>") == 1);
    BOOST_TEST(count(ts, "<message>") > 50);
}

BOOST_AUTO_TEST_CASE(english_plurals_are_complete) {
    const std::string after = refreshed("effekt_en.ts", true);
    BOOST_TEST(count(after, "type=\"unfinished\"") == 0,
               "plural forms in the code that effekt_en.ts lacks: run scripts/update-translations");
}

BOOST_AUTO_TEST_CASE(bokmal_plurals_are_not_english) {
    // A plural entry is easily left with the English forms it was copied from (it then counts as
    // finished): no Bokmål entry may have the forms of the English one.
    const auto nb = pluralForms(test::readFile(test::sourceDir() / "translations/effekt_nb.ts"));
    const auto en = pluralForms(test::readFile(test::sourceDir() / "translations/effekt_en.ts"));
    BOOST_TEST(en.size() > 10u);
    for (const auto &[source, forms] : nb) {
        const auto english = en.find(source);
        const bool same = english != en.end() && english->second == forms;
        BOOST_TEST(!same, "English plural forms in effekt_nb.ts for: " << source);
    }
}

BOOST_AUTO_TEST_SUITE_END()
