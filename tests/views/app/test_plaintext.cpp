// Text from a file reaches the screen as plain text (issue: files from strangers): a hostile file
// cannot put a clickable link or formatting into the app's own dialogs, labels or charts.
#include "gui.h"
#include "mainwindow.h"
#include "pages.h"
#include "storage.h"
#include "testutil.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QMessageBox>
#include <QTabWidget>
#include <QTimer>
#include <QXYSeries>

#include <boost/test/unit_test.hpp>

#include <sqlite3.h>

using namespace effekt;

namespace {

const char *const kLink = "<a href=\"https://evil.example\">klikk her</a><b>fet</b>";

bool raw(const QString &text) {
    return text.contains(QStringLiteral("<a href=\"https://evil.example\""));
}

// Every project text holds the link, and one metric's payer shares do not sum to 100 % so that
// problem messages quote its name.
Project hostileProject() {
    Project p = workedExample();
    p.name = kLink;
    p.description = kLink;
    for (Party &party : p.parties)
        party.name = std::string(kLink) + party.name;
    for (Metric &m : p.metrics) {
        m.name = std::string(kLink) + m.name;
        m.definition = kLink;
        m.dataSource = kLink;
    }
    p.metrics[0].rule.payers = {PayerShare{p.parties[0].id, 0.5}};
    p.targetGroup.name = kLink;
    p.assumptions.push_back(Assumption{kLink, kLink, kLink});
    return p;
}

// Labels showing the link must show it as text; charts must hold it escaped.
void checkPlain(QWidget *root, const QString &where) {
    for (QLabel *l : root->findChildren<QLabel *>())
        if (raw(l->text()))
            BOOST_TEST(l->textFormat() == Qt::PlainText,
                       where.toStdString() << ": label " << l->objectName().toStdString()
                                           << " shows file text as rich text");
    for (QChartView *v : root->findChildren<QChartView *>()) {
        QChart *c = v->chart();
        BOOST_TEST(!raw(c->title()), where.toStdString() << ": chart title");
        for (QAbstractSeries *s : c->series()) {
            BOOST_TEST(!raw(s->name()), where.toStdString() << ": series name");
            if (auto *bars = qobject_cast<QAbstractBarSeries *>(s))
                for (QBarSet *set : bars->barSets())
                    BOOST_TEST(!raw(set->label()), where.toStdString() << ": bar set");
        }
    }
}

} // namespace

BOOST_AUTO_TEST_SUITE(plain_text)

BOOST_AUTO_TEST_CASE(project_text_is_plain_on_every_page) {
    app::MainWindow w;
    w.resize(1280, 800);
    w.show();
    w.document()->reset(hostileProject());
    test::settle();
    for (const char *id : {"overview", "parties", "metrics", "outcomes", "ledger", "caps",
                           "investment", "savings", "assumptions", "results"}) {
        w.showPage(QString::fromLatin1(id));
        QWidget *page = w.page(QString::fromLatin1(id));
        if (!page)
            continue;
        // Every tab of the page, as a planner would click through them.
        for (QTabWidget *tabs : page->findChildren<QTabWidget *>())
            for (int i = 0; i < tabs->count(); ++i) {
                tabs->setCurrentIndex(i);
                QApplication::processEvents();
                checkPlain(page, QString::fromLatin1(id));
            }
        QApplication::processEvents();
        checkPlain(page, QString::fromLatin1(id));
    }
    checkPlain(&w, QStringLiteral("main window"));
}

BOOST_AUTO_TEST_CASE(the_message_about_a_hostile_file_is_plain_text) {
    test::TempDir dir;
    const std::string file = dir.file("p.effekt");
    BOOST_REQUIRE(saveProject(workedExample(), file).empty());
    sqlite3 *db = nullptr;
    BOOST_REQUIRE(sqlite3_open(file.c_str(), &db) == SQLITE_OK);
    const std::string sql = std::string("CREATE TABLE \"") +
                            "<a href='https://evil.example'>x</a>" +
                            "\"(a); CREATE VIEW \"<a href='https://evil.example'>v</a>\" AS "
                            "SELECT 1;";
    BOOST_REQUIRE(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);

    app::MainWindow w;
    w.document()->reset(workedExample());
    bool seen = false;
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        seen = true;
        BOOST_TEST(box->text().contains(QStringLiteral("evil.example")));
        BOOST_TEST(box->textFormat() == Qt::PlainText);
        if (auto *label = box->findChild<QLabel *>(QStringLiteral("qt_msgbox_label")))
            BOOST_TEST(label->textFormat() == Qt::PlainText);
        box->accept();
    });
    poll.start();
    w.openFile(QString::fromStdString(file));
    poll.stop();
    BOOST_TEST(seen, "no message about the file's unexpected objects");
}

BOOST_AUTO_TEST_SUITE_END()
