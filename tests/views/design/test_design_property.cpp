// Every state the designer can reach can be saved: seeded random sequences of the designer's own
// operations (add, duplicate, remove, reorder and edit in every table, every form field, timeline
// changes, pasting outcomes, undo and redo), each driven through the widgets the planner uses.
// After each step the project saves through the real saver and reopens equal, and undoing
// everything returns to the start.
#include "assumptionspage.h"
#include "capspage.h"
#include "designmetrics.h"
#include "designwidgets.h"
#include "gui.h"
#include "investmentpage.h"
#include "outcomespage.h"
#include "overviewpage.h"
#include "partiespage.h"
#include "savingspage.h"
#include "storage.h"
#include "testutil.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <boost/test/unit_test.hpp>

#include <memory>
#include <random>

using namespace effekt;
using namespace effekt::views;

namespace {

class Rig {
public:
    explicit Rig(std::uint32_t seed)
        : rng(seed) {
        doc.reset(workedExample());
        overview = new OverviewPage(&doc);
        outcomes = new OutcomesPage(&doc);
        pages = {overview,
                 new PartiesPage(&doc),
                 new MetricsDesignPage(&doc),
                 new CapsPage(&doc),
                 new InvestmentPage(&doc),
                 new SavingsPage(&doc),
                 new AssumptionsPage(&doc),
                 outcomes};
        for (QWidget *page : pages) {
            owned.emplace_back(page);
            for (TableEditor *e : page->findChildren<TableEditor *>())
                editors.push_back(e);
            for (QWidget *w : page->findChildren<QWidget *>()) {
                if (w->objectName().isEmpty() || w->objectName() == QLatin1String("periodCount") ||
                    w->objectName() == QLatin1String("startDate") || inTable(w))
                    continue;
                if (qobject_cast<QSpinBox *>(w) || qobject_cast<QComboBox *>(w) ||
                    qobject_cast<QCheckBox *>(w) || qobject_cast<QPlainTextEdit *>(w) ||
                    (qobject_cast<QLineEdit *>(w) &&
                     !qobject_cast<QAbstractSpinBox *>(w->parent()) &&
                     !qobject_cast<QComboBox *>(w->parent())))
                    fields.push_back(w);
            }
        }
        models.push_back(overview->intakeModel());
        for (TableEditor *e : editors)
            models.push_back(e->model());
        BOOST_REQUIRE(editors.size() >= 8u);
        BOOST_REQUIRE(fields.size() >= 20u);
    }

    static bool inTable(QWidget *w) {
        for (QWidget *a = w->parentWidget(); a; a = a->parentWidget())
            if (qobject_cast<QTableView *>(a))
                return true;
        return false;
    }

    int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng); }
    template <typename T> T *pickOf(const std::vector<T *> &v) {
        return v[static_cast<std::size_t>(pick(static_cast<int>(v.size())))];
    }

    QString number() {
        static const char *const kTexts[] = {"0",   "1",    "2,5",  "12",     "100",  "-3",
                                             "abc", "",     "75 %", "250000", "0.4",  "1e3",
                                             "7",   "1200", "99",   "3,25",   "5000", "40"};
        return QString::fromLatin1(kTexts[pick(std::size(kTexts))]);
    }

    void tableOperation() {
        TableEditor *e = pickOf(editors);
        const int rows = e->model()->rowCount();
        if (rows > 0)
            e->selectCell(pick(rows), 0);
        std::vector<QPushButton *> buttons;
        for (QPushButton *b : e->findChildren<QPushButton *>())
            if (b->isEnabled())
                buttons.push_back(b);
        if (!buttons.empty())
            pickOf(buttons)->click();
    }

    void cellEdit() {
        DesignTableModel *m = pickOf(models);
        if (m->rowCount() == 0 || m->columnCount() == 0)
            return;
        const QModelIndex i = m->index(pick(m->rowCount()), pick(m->columnCount()));
        if (!(m->flags(i) & Qt::ItemIsEditable) && !(m->flags(i) & Qt::ItemIsUserCheckable))
            return;
        const QVariantList choices = i.data(DesignTableModel::ChoicesRole).toList();
        if (!choices.isEmpty()) {
            m->setData(i, choices[pick(static_cast<int>(choices.size()))].toList().value(1));
        } else if (m->flags(i) & Qt::ItemIsUserCheckable) {
            m->setData(i, pick(2) ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole);
        } else {
            m->setData(i, pick(3) == 0 ? QStringLiteral("Navn %1").arg(pick(100)) : number());
        }
    }

    void formEdit() {
        QWidget *w = pickOf(fields);
        if (!w->isEnabled())
            return;
        if (auto *spin = qobject_cast<QSpinBox *>(w)) {
            QTest::keyClick(spin, pick(2) ? Qt::Key_Up : Qt::Key_Down);
        } else if (auto *combo = qobject_cast<QComboBox *>(w)) {
            QTest::keyClick(combo, pick(2) ? Qt::Key_Up : Qt::Key_Down);
        } else if (auto *check = qobject_cast<QCheckBox *>(w)) {
            check->click();
        } else if (auto *plain = qobject_cast<QPlainTextEdit *>(w)) {
            QTest::keyClicks(plain, QStringLiteral("tekst"));
        } else if (auto *line = qobject_cast<QLineEdit *>(w)) {
            QTest::keyClick(line, Qt::Key_A, Qt::ControlModifier);
            QTest::keyClicks(line, pick(4) == 0 ? QStringLiteral("Ny") : number());
            QTest::keyClick(line, Qt::Key_Tab);
        }
    }

    void timeline() {
        auto *periods = overview->findChild<QSpinBox *>(QStringLiteral("periodCount"));
        auto *length = overview->findChild<QComboBox *>(QStringLiteral("periodLength"));
        if (pick(4) == 0) {
            QTest::keyClick(length, pick(2) ? Qt::Key_Up : Qt::Key_Down);
            return;
        }
        QTest::keyClick(periods, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(periods, QString::number(1 + pick(14)));
        QTest::keyClick(periods, Qt::Key_Return);
    }

    void paste() {
        const int s = pick(3);
        outcomes->tabs()->setCurrentIndex(s);
        QTableView *view = outcomes->currentView();
        QAbstractItemModel *m = view->model();
        if (m->rowCount() == 0 || m->columnCount() == 0)
            return;
        view->setCurrentIndex(m->index(pick(m->rowCount()), pick(m->columnCount())));
        QString text;
        const int rows = 1 + pick(2), cols = 1 + pick(4);
        for (int r = 0; r < rows; ++r) {
            QStringList cells;
            for (int c = 0; c < cols; ++c)
                cells << (pick(5) == 0 ? QString() : QString::number(pick(40)));
            text += cells.join(QLatin1Char('\t')) + QLatin1Char('\n');
        }
        outcomes->pasteText(text);
    }

    void step() {
        answerer.answer = pick(4) == 0 ? QMessageBox::No : QMessageBox::Yes;
        const int kind = pick(20);
        if (kind < 7)
            tableOperation();
        else if (kind < 12)
            cellEdit();
        else if (kind < 16)
            formEdit();
        else if (kind < 18)
            timeline();
        else if (kind < 19)
            paste();
        else if (pick(2))
            doc.undoStack()->undo();
        else
            doc.undoStack()->redo();
        QApplication::processEvents();
    }

    std::mt19937 rng;
    Document doc;
    OverviewPage *overview;
    OutcomesPage *outcomes;
    std::vector<QWidget *> pages;
    std::vector<std::unique_ptr<QWidget>> owned;
    std::vector<TableEditor *> editors;
    std::vector<DesignTableModel *> models;
    std::vector<QWidget *> fields;
    test::Answerer answerer{QMessageBox::Yes};
};

} // namespace

BOOST_AUTO_TEST_SUITE(design_property)

// About a minute on its own: run by ctest as test_views_property (tests/CMakeLists.txt), not with
// the rest of test_views.
BOOST_AUTO_TEST_CASE(every_reachable_state_saves_reopens_equal_and_undoes_to_the_start,
                     *boost::unit_test::disabled()) {
    test::TempDir dir;
    const std::string path = dir.file("state.effekt");
    constexpr int kSeeds = 8, kSteps = 260; // 2,080 steps
    QElapsedTimer clock;
    clock.start();
    for (std::uint32_t seed = 1; seed <= kSeeds; ++seed) {
        Rig rig(seed);
        const Project start = rig.doc.project();
        for (int i = 0; i < kSteps; ++i) {
            rig.step();
            const Project &p = rig.doc.project();
            const Diagnostics saved = saveProject(p, path);
            if (hasErrors(saved)) {
                for (const Diagnostic &d : saved)
                    BOOST_TEST_MESSAGE(toPlainText(d));
                BOOST_FAIL("seed " << seed << ", step " << i << ": the project could not be saved");
            }
            const LoadResult loaded = loadProject(path);
            BOOST_REQUIRE_MESSAGE(loaded.project.has_value(), "seed " << seed << ", step " << i);
            BOOST_REQUIRE_MESSAGE((*loaded.project == p),
                                  "seed " << seed << ", step " << i << ": reopened differently");
        }
        BOOST_TEST_MESSAGE("seed " << seed << ": " << rig.doc.undoStack()->count() << " steps");
        while (rig.doc.undoStack()->canUndo())
            rig.doc.undoStack()->undo();
        BOOST_TEST((rig.doc.project() == start), "seed " << seed);
    }
    BOOST_TEST_MESSAGE("property run: " << clock.elapsed() << " ms");
}

BOOST_AUTO_TEST_SUITE_END()
