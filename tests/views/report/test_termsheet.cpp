// The term sheet (views/report): the worked example rendered to PDF and read back with poppler's
// pdftotext, pdffonts and pdfinfo (Debian's poppler-utils, installed by scripts/setup); DRAFT
// through the main window's File > Export; the headless `effekt-studio --export-pdf`.
#include "cohortsample.h"
#include "document.h"
#include "format.h"
#include "i18n.h"
#include "mainwindow.h"
#include "montecarlopanel.h"
#include "outcomegridmodel.h"
#include "outcomespage.h"
#include "riskpage.h"
#include "settings.h"
#include "simulationrunner.h"
#include "storage.h"
#include "termsheet.h"
#include "testutil.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QPrinter>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTest>
#include <QTimer>

#include <boost/test/unit_test.hpp>

using namespace effekt;

namespace {

// Runs a poppler tool and returns what it printed; fails the test when it does not run.
QString run(const QString &program, const QStringList &args) {
    QProcess p;
    p.start(program, args);
    BOOST_REQUIRE_MESSAGE(p.waitForStarted(30000),
                          program.toStdString() + " is missing: run scripts/setup");
    BOOST_REQUIRE(p.waitForFinished(120000));
    BOOST_REQUIRE_MESSAGE(p.exitCode() == 0, p.readAllStandardError().toStdString());
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The text of a PDF, every kind of space as a plain one and lines joined, so that a figure reads
// as the formatter wrote it.
QString pdfText(const QString &pdf, bool raw = false) {
    QStringList args{QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")};
    if (raw) // in the order drawn: the letters of the mark across a page follow each other
        args.prepend(QStringLiteral("-raw"));
    QString text = run(QStringLiteral("pdftotext"), args);
    if (raw)
        text.remove(QRegularExpression(QStringLiteral("\\s")));
    text.replace(QChar(0x00A0), QLatin1Char(' ')).replace(QChar(0x202F), QLatin1Char(' '));
    return text;
}
QString plain(QString s) {
    return s.replace(QChar(0x00A0), QLatin1Char(' ')).replace(QChar(0x202F), QLatin1Char(' '));
}

int pageCount(const QString &pdf) {
    const QString info = run(QStringLiteral("pdfinfo"), {pdf});
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    BOOST_REQUIRE(m.hasMatch());
    return m.captured(1).toInt();
}

QString write(const test::TempDir &dir, const views::TermSheet &sheet, const std::string &name) {
    const QString path = QString::fromStdString(dir.file(name));
    QString error;
    BOOST_REQUIRE_MESSAGE(views::writeTermSheetPdf(sheet, path, &error), error.toStdString());
    return path;
}

struct Bokmal {
    Bokmal() { views::i18n::setLanguage(QStringLiteral("nb")); }
    ~Bokmal() { views::i18n::setLanguage(QStringLiteral("en")); }
};

} // namespace

BOOST_AUTO_TEST_SUITE(termsheet)

BOOST_AUTO_TEST_CASE(worked_example_in_bokmal_has_every_section_and_its_key_figures) {
    Bokmal nb;
    const Project p = workedExample();
    const Results r = compute(p);
    views::TermSheetOptions options;
    options.savedAt = QDateTime(QDate(2026, 11, 30), QTime(14, 5));
    const views::TermSheet sheet(p, r, options);
    BOOST_TEST(!sheet.isDraft());
    test::TempDir dir;
    const QString pdf = write(dir, sheet, "ung-i-jobb.pdf");
    const QString text = pdfText(pdf);

    const QStringList titles = sheet.sectionTitles();
    // The worked example has content for every section but review points and open problems.
    BOOST_TEST(titles.size() >= 10);
    for (const QString &t : titles)
        BOOST_TEST(text.contains(t), t.toStdString());
    for (const char *t : {"Parter og roller", "Resultatmål og betalingsregler", "Betalingsplan",
                          "Investeringsvilkår", "Signaturer"})
        BOOST_TEST(titles.contains(QString::fromUtf8(t)), t);
    BOOST_TEST(text.contains(QStringLiteral("Avtaleskisse")));
    BOOST_TEST(text.contains(QString::fromStdString(p.name)));

    // The key figures as the Bokmål formatter writes them ("4 126 694,22").
    const QLocale loc(QLocale::NorwegianBokmal, QLocale::Norway);
    for (Money m : {r.totalPayments, r.npvPayments, r.npvSavings, r.netValue, r.totalSavings}) {
        const QString figure = plain(views::formatAmount(m, loc));
        BOOST_TEST(figure.contains(QLatin1Char(' ')), figure.toStdString()); // thousands
        BOOST_TEST(text.contains(figure), figure.toStdString());
    }
    for (const Investor &inv : p.investors)
        BOOST_TEST(text.contains(plain(views::formatAmount(inv.commitment, loc))));
    for (const Metric &m : p.metrics)
        BOOST_TEST(text.contains(QString::fromStdString(m.name)));
    // Page numbers, and the contract's name in every page's header.
    const int pages = pageCount(pdf);
    BOOST_TEST(pages >= 4);
    BOOST_TEST(text.contains(QStringLiteral("Side %1 av %1").arg(pages)));
    BOOST_TEST(text.count(QString::fromStdString(p.name)) >= pages);
    // No simulation: the sheet says where to run one.
    BOOST_TEST(text.contains(QStringLiteral("effekt simulate")), text.toStdString());
    BOOST_TEST(!text.contains(QStringLiteral("UTKAST")));
}

BOOST_AUTO_TEST_CASE(a_second_share_once_investors_are_repaid_is_stated) {
    // Issue 15, item 1: the rule in words names the investors' return, not a sum of payments.
    Project p = workedExample();
    Metric m = p.metrics.front();
    m.id = 3;
    m.name = "Spart";
    m.unit = MetricUnit::Money;
    m.rule = PaymentRule{};
    m.rule.type = RuleType::ShareOfSavings;
    m.rule.share = 0.95;
    m.rule.secondShare = 0.4;
    m.rule.secondShareWhen = SecondShareSwitch::InvestorsRepaid;
    m.rule.secondShareReturn = 0.05;
    m.savings.clear();
    p.metrics.push_back(m);
    const views::TermSheet sheet(p, compute(p));
    test::TempDir dir;
    const QString text = pdfText(write(dir, sheet, "repaid.pdf"), true);
    BOOST_TEST(text.contains(QStringLiteral("Onceeveryinvestorhasreceivedthecapitaldrawnplus5")),
               text.toStdString());
    BOOST_TEST(!text.contains(QStringLiteral("Oncethismetric'spaymentsreach")));
}

BOOST_AUTO_TEST_CASE(cohort_tests_and_the_final_settlement_are_stated) {
    // Issue 15, item 2 (HMP Peterborough): each cohort's threshold and the settlement's period
    // and pooled threshold in words; the metric's own threshold is not stated.
    Project p = test::peterborough();
    p.metrics[0].rule.thresholdBasis = ThresholdBasis::Units;
    p.metrics[0].rule.threshold = 5;
    const views::TermSheet sheet(p, compute(p));
    test::TempDir dir;
    const QString text = pdfText(write(dir, sheet, "cohorts.pdf"), true);
    BOOST_TEST(text.contains(QStringLiteral("Testedcohortbycohort")), text.toStdString());
    BOOST_TEST(text.contains(QStringLiteral("CohortB10")), text.toStdString());
    BOOST_TEST(text.contains(QStringLiteral("Finalsettlementattheendof2028")), text.toStdString());
    BOOST_TEST(text.contains(QStringLiteral("atleast7.5")), text.toStdString());
    BOOST_TEST(!text.contains(QStringLiteral("improvementunits.Nothingispaid")));
    BOOST_TEST(!text.contains(QStringLiteral("fewerthan5")));
}

BOOST_AUTO_TEST_CASE(fonts_are_embedded_and_the_page_count_is_stable) {
    const Project p = workedExample();
    const views::TermSheet sheet(p, compute(p));
    test::TempDir dir;
    const QString a = write(dir, sheet, "a.pdf");
    const QString b = write(dir, sheet, "b.pdf");
    BOOST_TEST(pageCount(a) == pageCount(b));

    const QStringList lines =
        run(QStringLiteral("pdffonts"), {a}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    BOOST_REQUIRE(lines.size() > 2); // header, rule, at least one font
    const int emb = lines[0].indexOf(QStringLiteral("emb"));
    BOOST_REQUIRE(emb > 0);
    for (int i = 2; i < lines.size(); ++i)
        BOOST_TEST(lines[i].mid(emb, 3) == QStringLiteral("yes"), lines[i].toStdString());
}

BOOST_AUTO_TEST_CASE(the_printer_gets_the_same_pages) {
    // File > Print and Print Preview paint the sheet on a QPrinter, as MainWindow::print does.
    const Project p = workedExample();
    const views::TermSheet sheet(p, compute(p));
    test::TempDir dir;
    const QString pdf = write(dir, sheet, "writer.pdf");
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString printed = QString::fromStdString(dir.file("printer.pdf"));
    printer.setOutputFileName(printed);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(18, 12, 18, 12), QPageLayout::Millimeter);
    const int pages = sheet.paint(&printer);
    BOOST_TEST(pages == pageCount(pdf));
    BOOST_TEST(pageCount(printed) == pages);
    // The same words in the same order (pdftotext may space them differently at another
    // resolution).
    BOOST_TEST(pdfText(printed).remove(QRegularExpression(QStringLiteral("\\s"))) ==
               pdfText(pdf).remove(QRegularExpression(QStringLiteral("\\s"))));
}

BOOST_AUTO_TEST_CASE(charts_are_vectors_not_pictures) {
    const Project p = workedExample();
    test::TempDir dir;
    const QString pdf = write(dir, views::TermSheet(p, compute(p)), "v.pdf");
    // pdfimages lists every raster image: the charts are drawn, so there is none.
    const QStringList lines = run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf})
                                  .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    BOOST_TEST(lines.size() == 2, lines.join('\n').toStdString()); // the header alone
    // The charts' texts (axis titles, legends) are text in the PDF.
    BOOST_TEST(pdfText(pdf).contains(QStringLiteral("Payout curve")));
}

BOOST_AUTO_TEST_CASE(draft_across_the_pages_while_unsaved_and_not_once_saved) {
    Bokmal nb;
    test::TempDir dir;
    const QString file = QString::fromStdString(dir.file("ung-i-jobb.effekt"));
    BOOST_REQUIRE(saveProject(workedExample(), file.toStdString()).empty());
    app::MainWindow w;
    BOOST_REQUIRE(w.openFile(file));
    // File > Export holds the PDF term sheet and the statement.
    QStringList exports;
    for (QAction *a : w.exportMenu()->actions())
        exports << a->objectName();
    BOOST_TEST(exports.contains(QStringLiteral("exportPdf")));
    BOOST_TEST(exports.contains(QStringLiteral("exportStatementNorwegian")));

    const QString clean = QString::fromStdString(dir.file("clean.pdf"));
    BOOST_REQUIRE(w.exportPdf(clean));
    const QString cleanText = pdfText(clean);
    BOOST_TEST(!pdfText(clean, true).contains(QStringLiteral("UTKAST")));
    BOOST_TEST(cleanText.contains(QStringLiteral("lagret")));

    // An edit as the planner makes it: the project now differs from its file.
    auto *outcomes = static_cast<views::OutcomesPage *>(w.page(QStringLiteral("outcomes")));
    outcomes->planModel()->setData(outcomes->planModel()->index(0, 0), QStringLiteral("3"));
    BOOST_REQUIRE(w.document()->isModified());
    const QString draft = QString::fromStdString(dir.file("draft.pdf"));
    BOOST_REQUIRE(w.exportPdf(draft));
    const QString draftText = pdfText(draft);
    BOOST_TEST(pdfText(draft, true).count(QStringLiteral("UTKAST")) == pageCount(draft),
               pdfText(draft, true).toStdString());
    BOOST_TEST(draftText.contains(QStringLiteral("ikke lagret")));
    w.document()->setClean();
}

BOOST_AUTO_TEST_CASE(pdf_export_opens_in_the_folder_it_wrote_to_last) {
    test::TempDir dir;
    const QString file = QString::fromStdString(dir.file("ung-i-jobb.effekt"));
    BOOST_REQUIRE(saveProject(workedExample(), file.toStdString()).empty());
    const QString elsewhere = QString::fromStdString(dir.file("rapporter"));
    BOOST_REQUIRE(QDir().mkpath(elsewhere));
    app::settings::pdfExportFolder.setValue({});
    app::MainWindow w;
    BOOST_REQUIRE(w.openFile(file));
    QAction *pdf = nullptr;
    for (QAction *a : w.exportMenu()->actions())
        if (a->objectName() == QStringLiteral("exportPdf"))
            pdf = a;
    BOOST_REQUIRE(pdf);
    // Answers the save dialog as the planner does: notes its folder, saves into `into`.
    auto exportInto = [&](const QString &into, const QString &name) {
        QString shown;
        QTimer::singleShot(0, [&] {
            auto *d = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            BOOST_REQUIRE(d);
            shown = d->directory().absolutePath();
            d->selectFile(QDir(into).filePath(name));
            QMetaObject::invokeMethod(d, "accept");
        });
        pdf->trigger();
        return shown;
    };
    // The first time in the project's folder; then where it wrote last.
    BOOST_TEST(exportInto(elsewhere, QStringLiteral("skisse.pdf")) ==
               QFileInfo(file).absolutePath());
    BOOST_TEST(QFileInfo::exists(QDir(elsewhere).filePath(QStringLiteral("skisse.pdf"))));
    BOOST_TEST(app::settings::pdfExportFolder.value() == QFileInfo(elsewhere).absoluteFilePath());
    BOOST_TEST(exportInto(elsewhere, QStringLiteral("skisse-2.pdf")) ==
               QFileInfo(elsewhere).absoluteFilePath());
}

BOOST_AUTO_TEST_CASE(monte_carlo_probabilities_only_from_a_run_of_this_version) {
    Project p = app::exampleProject();
    p.simulation.trials = 200;
    app::MainWindow w;
    w.document()->reset(p);
    auto *risk = qobject_cast<views::RiskPage *>(w.page(QStringLiteral("risk")));
    BOOST_REQUIRE(risk);
    BOOST_TEST(!w.termSheet().options().simulation.has_value());
    risk->monteCarlo()->run();
    QElapsedTimer clock;
    clock.start();
    while (risk->monteCarlo()->runner()->isRunning() && clock.elapsed() < 120000)
        QTest::qWait(5);
    QTest::qWait(20);
    BOOST_REQUIRE(w.termSheet().options().simulation.has_value());
    BOOST_TEST(w.termSheet().options().simulation->trials == 200);
    // Another version of the contract: the run no longer speaks for it.
    Project q = w.document()->project();
    q.valuation.discountRate = 0.05;
    BOOST_REQUIRE(w.document()->apply(q, QStringLiteral("rate")));
    BOOST_TEST(!w.termSheet().options().simulation.has_value());
    w.document()->setClean();
}

BOOST_AUTO_TEST_CASE(headless_command_writes_the_pdf_without_a_display) {
    test::TempDir dir;
    const QString file = QString::fromStdString(dir.file("ung-i-jobb.effekt"));
    BOOST_REQUIRE(saveProject(workedExample(), file.toStdString()).empty());
    const QString out = QString::fromStdString(dir.file("ut.pdf"));
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *v : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QString::fromLatin1(v));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(EFFEKT_STUDIO_PATH),
            {QStringLiteral("--export-pdf"), file, out, QStringLiteral("--language"),
             QStringLiteral("nb")});
    BOOST_REQUIRE(p.waitForStarted(30000));
    BOOST_REQUIRE(p.waitForFinished(180000));
    BOOST_TEST(p.exitCode() == 0, p.readAllStandardError().toStdString());
    QFile pdf(out);
    BOOST_REQUIRE(pdf.open(QIODevice::ReadOnly));
    BOOST_TEST(pdf.read(5) == QByteArray("%PDF-"));
    BOOST_TEST(pageCount(out) >= 4);
    const QString text = pdfText(out);
    BOOST_TEST(text.contains(QStringLiteral("Avtaleskisse")));
    BOOST_TEST(!text.contains(QStringLiteral("UTKAST")));

    // A file that is not there: an error, no PDF.
    const QString missing = QString::fromStdString(dir.file("none.pdf"));
    p.start(
        QStringLiteral(EFFEKT_STUDIO_PATH),
        {QStringLiteral("--export-pdf"), QString::fromStdString(dir.file("no.effekt")), missing});
    BOOST_REQUIRE(p.waitForFinished(60000));
    BOOST_TEST(p.exitCode() != 0);
    BOOST_TEST(!QFile::exists(missing));
}

BOOST_AUTO_TEST_CASE(price_indexation_is_stated_with_the_rules_and_the_caps) {
    // Issue 15, item 3: each indexed rule says so in words, and the caps section names the rate
    // and the base year; without a rate nothing is said.
    Project p = workedExample();
    p.indexation.rate = 0.03;
    const Results r = compute(p);
    const views::TermSheet sheet(p, r, views::TermSheetOptions{});
    test::TempDir dir;
    const QString text = pdfText(write(dir, sheet, "indexed.pdf")).simplified();
    BOOST_TEST(text.contains(QStringLiteral("Price indexation")), text.toStdString());
    BOOST_TEST(text.contains(QStringLiteral("base year 2027")));
    BOOST_TEST(text.count(QStringLiteral("(price indexation).")) == 2); // both metrics
    const Project plainProject = workedExample();
    const views::TermSheet plainSheet(plainProject, compute(plainProject),
                                      views::TermSheetOptions{});
    const QString plainText = pdfText(write(dir, plainSheet, "plain.pdf")).simplified();
    BOOST_TEST(!plainText.contains(QStringLiteral("indexation")));
}

BOOST_AUTO_TEST_SUITE_END()
