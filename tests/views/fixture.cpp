// The QApplication every GUI test runs in: offscreen, English, settings kept apart from the user's.
#include "i18n.h"
#include "wheelguard.h"

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>

#include <boost/test/unit_test.hpp>

namespace {
struct QtApplication {
    QtApplication() {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        QStandardPaths::setTestModeEnabled(true);
        app = new QApplication(argc, argv);
        effekt::views::installWheelGuard(app);
        QCoreApplication::setOrganizationName(QStringLiteral("Effekt Studio Tests"));
        QCoreApplication::setApplicationName(QStringLiteral("Effekt Studio"));
        QSettings().clear();
        effekt::views::i18n::setLanguage(QStringLiteral("en"));
    }
    ~QtApplication() { delete app; }
    int argc = 1;
    char name[16] = "test_views";
    char *argv[2] = {name, nullptr};
    QApplication *app = nullptr;
};
} // namespace

BOOST_TEST_GLOBAL_FIXTURE(QtApplication);
