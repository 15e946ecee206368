// effekt-studio: the desktop application.
#include "commandline.h"
#include "exportpdf.h"
#include "i18n.h"
#include "mainwindow.h"
#include "settings.h"
#include "wheelguard.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTimer>

#include <cstdio>
#include <cstring>

int main(int argc, char *argv[]) {
    // --help and --version need no display, and no window system at all (commandline.h).
    if (const int rc = effekt::app::answerHelpOrVersion(argc, argv); rc >= 0)
        return rc;
    // --export-pdf needs no display: without one (a server, a batch job) Qt draws off screen.
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], "--export-pdf") == 0 && qEnvironmentVariableIsEmpty("DISPLAY") &&
            qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
            qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    effekt::views::installWheelGuard(&app);
    QCoreApplication::setOrganizationName(QStringLiteral("Effekt Studio"));
    QCoreApplication::setApplicationName(QStringLiteral("Effekt Studio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EFFEKT_VERSION));
    // The installed desktop entry and icon (resources/linux): Wayland and the task bars find the
    // program's name and icon through them.
    QGuiApplication::setDesktopFileName(QStringLiteral("effekt-studio"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("effekt-studio")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Design and evaluate outcomes contracts."));
    // -h/--help and -v/--version were answered above (answerHelpOrVersion), translated.
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("A project file to open."));
    QCommandLineOption language(QStringLiteral("language"),
                                QStringLiteral("Interface language for this run: nb or en."),
                                QStringLiteral("code"));
    QCommandLineOption screenshots(
        QStringLiteral("screenshots"),
        QStringLiteral("Render every page to PNG files in DIR and quit."), QStringLiteral("dir"));
    QCommandLineOption example(QStringLiteral("example"),
                               QStringLiteral("Start with the worked example."));
    QCommandLineOption screenshotSize(
        QStringLiteral("screenshot-size"),
        QStringLiteral("The window's size for --screenshots (default 1280x800)."),
        QStringLiteral("WxH"));
    QCommandLineOption exportPdf(
        QStringLiteral("export-pdf"),
        QStringLiteral("Write the term sheet of FILE to OUT.pdf and quit (no display needed): "
                       "--export-pdf FILE OUT.pdf [--language nb|en]."));
    parser.addOptions({language, screenshots, screenshotSize, example, exportPdf});
    parser.process(app);

    effekt::views::i18n::setLanguage(
        parser.isSet(language) ? parser.value(language) : effekt::app::settings::language.value());

    if (parser.isSet(exportPdf)) {
        const QStringList args = parser.positionalArguments();
        if (args.size() != 2) {
            std::fputs("usage: effekt-studio --export-pdf FILE OUT.pdf [--language nb|en]\n",
                       stderr);
            return 2;
        }
        QString error;
        const int rc = effekt::app::exportPdfFromFile(args[0], args[1], &error);
        if (rc != 0)
            std::fprintf(stderr, "%s\n", error.toLocal8Bit().constData());
        return rc;
    }

    effekt::app::MainWindow window;
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty())
        window.openFile(files.first());
    else if (parser.isSet(example))
        window.openCatalogueEntry(QStringLiteral("ung-i-jobb"));

    if (parser.isSet(screenshots)) {
        QSize size(1280, 800);
        const QStringList wh = parser.value(screenshotSize).split(QLatin1Char('x'));
        if (wh.size() == 2 && wh[0].toInt() > 0 && wh[1].toInt() > 0)
            size = QSize(wh[0].toInt(), wh[1].toInt());
        window.resize(size);
        window.show();
        const QString dir = parser.value(screenshots);
        const QString suffix = QLatin1Char('-') + effekt::views::i18n::currentLanguage();
        QTimer::singleShot(0, &window, [&window, dir, suffix] {
            const bool ok = window.saveScreenshots(dir, suffix);
            window.document()->setClean();
            QCoreApplication::exit(ok ? 0 : 1);
        });
        return app.exec();
    }
    window.show();
    if (files.isEmpty() && !parser.isSet(example))
        QTimer::singleShot(0, &window, [&window] { window.offerRecovery(); });
    return app.exec();
}
