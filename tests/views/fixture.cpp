// The QApplication every GUI test runs in: offscreen, English, settings and data kept apart from
// the user's and from every other test process. QStandardPaths' test mode alone would share one
// folder (~/.qttest) between test programs run side by side (ctest -j, two checkouts), whose
// settings and recovery files then change under each other's tests.
#include "i18n.h"
#include "wheelguard.h"

#include <QApplication>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <boost/test/unit_test.hpp>

namespace {
struct QtApplication {
    QtApplication() {
        qputenv("QT_QPA_PLATFORM", "offscreen");
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
        // Qt's settings and standard paths read the XDG folders (and helper processes inherit
        // them); test mode would put them all under ~/.qttest instead.
        for (const char *var : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
            qputenv(var,
                    QFile::encodeName(home.path() + QLatin1Char('/') + QString::fromLatin1(var)));
#else
        QStandardPaths::setTestModeEnabled(true);
#endif
        app = new QApplication(argc, argv);
        effekt::views::installWheelGuard(app);
        QCoreApplication::setOrganizationName(QStringLiteral("Effekt Studio Tests"));
        QCoreApplication::setApplicationName(QStringLiteral("Effekt Studio"));
        QSettings().clear();
        effekt::views::i18n::setLanguage(QStringLiteral("en"));
    }
    ~QtApplication() {
        delete app;
    }
    QTemporaryDir home; // this process's settings and data, removed at the end
    int argc = 1;
    char name[16] = "test_views";
    char *argv[2] = {name, nullptr};
    QApplication *app = nullptr;
};
} // namespace

BOOST_TEST_GLOBAL_FIXTURE(QtApplication);
