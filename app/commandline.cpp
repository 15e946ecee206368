#include "commandline.h"

#include "i18n.h"
#include "settings.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstring>

namespace effekt::app {

QString commandLineHelp() {
    return QCoreApplication::translate(
               "CommandLine", "Usage: effekt-studio [OPTIONS] [FILE]\n"
                              "Design and evaluate outcomes contracts (effektkontrakter).\n") +
           QLatin1Char('\n') +
           QCoreApplication::translate(
               "CommandLine", "Arguments:\n"
                              "  FILE                       a project file (.effekt) to open\n") +
           QLatin1Char('\n') +
           QCoreApplication::translate(
               "CommandLine",
               "Options:\n"
               "  -h, --help                 show this help and quit\n"
               "  -v, --version              show the version and quit\n"
               "  --language nb|en           the interface language for this run\n"
               "  --example                  start with the worked example\n"
               "  --export-pdf FILE OUT.pdf  write the term sheet of FILE to OUT.pdf and quit\n"
               "                             (no display needed)\n"
               "  --screenshots DIR          render every page to PNG files in DIR and quit\n"
               "  --screenshot-size WxH      the window's size for --screenshots (1280x800)\n") +
           QLatin1Char('\n') +
           QCoreApplication::translate(
               "CommandLine",
               "Without FILE the start page opens. The user guide is under Help > User Guide "
               "(F1);\n"
               "the command-line tool for project files is effekt (effekt --help).\n");
}

int answerHelpOrVersion(int argc, char *argv[]) {
    bool help = false;
    bool version = false;
    QString language;
    for (int i = 1; i < argc; ++i) {
        const char *a = argv[i];
        if (std::strcmp(a, "--") == 0)
            break;
        if (std::strcmp(a, "-h") == 0 || std::strcmp(a, "--help") == 0 ||
            std::strcmp(a, "--help-all") == 0 || std::strcmp(a, "-?") == 0)
            help = true;
        else if (std::strcmp(a, "-v") == 0 || std::strcmp(a, "--version") == 0)
            version = true;
        else if (std::strcmp(a, "--language") == 0 && i + 1 < argc)
            language = QString::fromLocal8Bit(argv[++i]);
        else if (std::strncmp(a, "--language=", 11) == 0)
            language = QString::fromLocal8Bit(a + 11);
    }
    if (help) {
        // No GUI application: QCoreApplication needs no display, and carries the translators.
        QCoreApplication core(argc, argv);
        QCoreApplication::setOrganizationName(QStringLiteral("Effekt Studio"));
        QCoreApplication::setApplicationName(QStringLiteral("Effekt Studio"));
        views::i18n::setLanguage(language.isEmpty() ? settings::language.value() : language);
        std::fputs(commandLineHelp().toLocal8Bit().constData(), stdout);
        return 0;
    }
    if (version) {
        std::printf("effekt-studio %s\n", EFFEKT_VERSION);
        return 0;
    }
    return -1;
}

} // namespace effekt::app
