// The user interface language: Norwegian Bokmål or English, following the system locale unless the
// user chose one in Preferences. Changing it takes effect at once: widgets receive
// QEvent::LanguageChange and the main window rebuilds its texts.
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace effekt::views::i18n {

// Language codes the application is translated into: "nb", "en".
QStringList languages();
// The language's own name: "Norsk bokmål", "English".
QString nativeName(const QString &code);
// "" (follow the system), "nb" or "en". Installs the translators and sets the default QLocale used
// for numbers, money and dates: the system locale when following the system, else nb_NO / en_GB.
void setLanguage(const QString &code);
// The code actually in use ("nb" or "en").
QString currentLanguage();
// The language the system locale asks for, among ours ("nb" for Norwegian of any kind).
QString systemLanguage();

} // namespace effekt::views::i18n
