// A GUI process that makes unsaved changes, autosaves them, and waits to be killed
// (tests/views/app/test_filesafety.cpp). Usage: recovery_child PROJECT.effekt | --untitled
#include "filesafety.h"
#include "i18n.h"
#include "mainwindow.h"

#include <QApplication>
#include <QStandardPaths>

#include <cstdio>

int main(int argc, char *argv[]) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    // The test's own folders, inherited through XDG_CONFIG_HOME and XDG_DATA_HOME
    // (tests/views/fixture.cpp).
#else
    QStandardPaths::setTestModeEnabled(true);
#endif
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Effekt Studio Tests"));
    QCoreApplication::setApplicationName(QStringLiteral("Effekt Studio"));
    effekt::views::i18n::setLanguage(QStringLiteral("en"));
    if (argc != 2)
        return 2;
    effekt::app::MainWindow window;
    window.setErrorSink([](const QString &, const QString &text) {
        std::fprintf(stderr, "%s\n", qPrintable(text));
    });
    const QString arg = QString::fromLocal8Bit(argv[1]);
    if (arg == QLatin1String("--untitled"))
        window.document()->reset(effekt::workedExample());
    else if (!window.openFile(arg))
        return 1;
    effekt::Project changed = window.document()->project();
    changed.name = "Changed before the crash";
    window.document()->apply(changed, QStringLiteral("Rename"));
    if (!window.fileSafety()->autosaveNow())
        return 1;
    std::printf("autosaved\n");
    std::fflush(stdout);
    return app.exec(); // until killed
}
