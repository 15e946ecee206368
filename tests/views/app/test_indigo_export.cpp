// File > Export > INDIGO Open Data: the planner unticks sections in the dialog, chooses the file,
// and the sections unticked are not in the file written; the choice and the folder are remembered.
#include "gui.h"
#include "indigodialog.h"
#include "mainwindow.h"
#include "storage.h"
#include "testutil.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QPushButton>
#include <QTest>
#include <QTimer>

#include <boost/test/unit_test.hpp>

#include <nlohmann/json.hpp>

using namespace effekt;

BOOST_AUTO_TEST_SUITE(indigo_dialog)

BOOST_AUTO_TEST_CASE(unticked_sections_are_left_out_of_the_file) {
    test::TempDir dir;
    Project p = workedExample();
    p.metrics[0].actual[0] = 1;
    p.metrics[0].actual[1] = 6;
    p.ledger = Shared<Ledger>(Ledger{LedgerRow{"DELTAKER-ZZ9-1", 1, 1, 1.0}});
    const QString file = QString::fromStdString(dir.file("ung-i-jobb.effekt"));
    BOOST_REQUIRE(saveProject(p, file.toStdString()).empty());
    const QString out = QString::fromStdString(dir.file("indigo.json"));
    app::settings::indigoPrivateSections.setValue({});
    app::settings::indigoExportFolder.setValue({});
    app::MainWindow w;
    BOOST_REQUIRE(w.openFile(file));
    QAction *action = nullptr;
    for (QAction *a : w.exportMenu()->actions())
        if (a->objectName() == QStringLiteral("exportIndigo"))
            action = a;
    BOOST_REQUIRE(action);

    // The planner's hands: in the sections dialog, clicks Organisations and Investments off and
    // presses Export; in the file dialog, picks the file.
    int sectionsShown = 0, filesShown = 0;
    bool wereTicked = true;
    QTimer hands;
    hands.setInterval(10);
    QObject::connect(&hands, &QTimer::timeout, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *d = qobject_cast<app::IndigoDialog *>(modal); d && d->isVisible()) {
            ++sectionsShown;
            for (const QString &key :
                 {QStringLiteral("organisations"), QStringLiteral("investments")}) {
                QCheckBox *box = d->box(key);
                wereTicked = wereTicked && box && box->isChecked();
                if (box) // on the box itself, at the left end of the row
                    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2));
            }
            QTest::mouseClick(d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                              Qt::LeftButton);
        } else if (auto *f = qobject_cast<QFileDialog *>(modal); f && f->isVisible()) {
            ++filesShown;
            f->selectFile(out);
            QMetaObject::invokeMethod(f, "accept");
        }
    });
    hands.start();
    action->trigger();
    hands.stop();
    BOOST_TEST(sectionsShown == 1);
    BOOST_TEST(filesShown == 1);
    BOOST_TEST(wereTicked); // every section public the first time

    const std::string text = test::readFile(dir.path() / "indigo.json");
    const auto j = nlohmann::json::parse(text);
    BOOST_TEST(!j.contains("organisations"));
    BOOST_TEST(!j.contains("investments"));
    BOOST_TEST(!j.at("overall_project_finance").contains("total_investment_commitment"));
    BOOST_TEST(text.find("organisation_id") == std::string::npos);
    BOOST_TEST(text.find("Eksempel kommune") == std::string::npos);
    BOOST_TEST(text.find("DELTAKER-ZZ9") == std::string::npos);
    // The sections still ticked are there.
    BOOST_TEST(j.at("outcome_metrics").size() == 2u);
    BOOST_TEST(j.at("outcome_pricings").size() == 2u);
    BOOST_TEST(j.contains("outcome_payments"));
    BOOST_TEST(j.contains("results"));

    // Remembered: the next dialog starts with the two unticked, in the folder written to.
    BOOST_TEST(app::settings::indigoPrivateSections.value().join(QLatin1Char(',')).toStdString() ==
               "organisations,investments");
    BOOST_TEST(app::settings::indigoExportFolder.value() == QFileInfo(out).absolutePath());
    app::IndigoDialog again(app::IndigoDialog::remembered());
    BOOST_TEST(!again.box(QStringLiteral("organisations"))->isChecked());
    BOOST_TEST(!again.box(QStringLiteral("investments"))->isChecked());
    BOOST_TEST(again.box(QStringLiteral("results"))->isChecked());
    app::settings::indigoPrivateSections.setValue({});
}

BOOST_AUTO_TEST_CASE(cancel_writes_nothing) {
    test::TempDir dir;
    app::MainWindow w;
    w.document()->reset(workedExample());
    QAction *action = nullptr;
    for (QAction *a : w.exportMenu()->actions())
        if (a->objectName() == QStringLiteral("exportIndigo"))
            action = a;
    BOOST_REQUIRE(action);
    int files = 0;
    QTimer hands;
    hands.setInterval(10);
    QObject::connect(&hands, &QTimer::timeout, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *d = qobject_cast<app::IndigoDialog *>(modal); d && d->isVisible())
            QTest::keyClick(d, Qt::Key_Escape);
        else if (qobject_cast<QFileDialog *>(modal))
            ++files, modal->close();
    });
    hands.start();
    action->trigger();
    hands.stop();
    BOOST_TEST(files == 0);
    w.document()->setClean();
}

BOOST_AUTO_TEST_SUITE_END()
