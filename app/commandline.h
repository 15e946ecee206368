// effekt-studio's own command line: --help and --version are answered before any window system is
// touched, so that they work without a display, in the interface language (the --language option,
// else the language chosen in Preferences, else the system's: LC_ALL, LC_MESSAGES, LANG).
#pragma once

#include <QString>

namespace effekt::app {

// What --help prints, in the language installed.
QString commandLineHelp();

// Handles -h/--help/--help-all/-?, -v/--version when they are among the arguments (before a "--"):
// prints and returns the exit code. Returns -1 when neither was asked for. Creates a
// QCoreApplication for the translations only when it prints help.
int answerHelpOrVersion(int argc, char *argv[]);

} // namespace effekt::app
