#include "i18n.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

namespace effekt::views::i18n {

namespace {
std::unique_ptr<QTranslator> appTranslator;
std::unique_ptr<QTranslator> qtTranslator;
QString current = QStringLiteral("en");

QLocale localeFor(const QString &code) {
    return code == QLatin1String("nb") ? QLocale(QLocale::NorwegianBokmal, QLocale::Norway)
                                       : QLocale(QLocale::English, QLocale::UnitedKingdom);
}
} // namespace

QStringList languages() {
    return {QStringLiteral("nb"), QStringLiteral("en")};
}

QString nativeName(const QString &code) {
    return code == QLatin1String("nb") ? QStringLiteral("Norsk bokmål") : QStringLiteral("English");
}

QString systemLanguage() {
    const QLocale::Language l = QLocale::system().language();
    return l == QLocale::NorwegianBokmal || l == QLocale::NorwegianNynorsk ? QStringLiteral("nb")
                                                                           : QStringLiteral("en");
}

QString currentLanguage() {
    return current;
}

void setLanguage(const QString &code) {
    const bool followSystem = code.isEmpty() || !languages().contains(code);
    current = followSystem ? systemLanguage() : code;
    QLocale::setDefault(followSystem && systemLanguage() == current &&
                                QLocale::system().language() != QLocale::C
                            ? QLocale::system()
                            : localeFor(current));

    if (appTranslator)
        QCoreApplication::removeTranslator(appTranslator.get());
    if (qtTranslator)
        QCoreApplication::removeTranslator(qtTranslator.get());
    appTranslator = std::make_unique<QTranslator>();
    qtTranslator = std::make_unique<QTranslator>();
    if (appTranslator->load(QStringLiteral(":/i18n/effekt_%1.qm").arg(current)))
        QCoreApplication::installTranslator(appTranslator.get());
    // Qt's own texts (standard buttons, message boxes, the file dialog): Qt ships no Bokmål, so
    // ours is embedded (translations/qtbase_nb.ts); other languages use the system's, if any.
    const bool loaded =
        current == QLatin1String("nb")
            ? qtTranslator->load(QStringLiteral(":/i18n/qtbase_nb.qm"))
            : qtTranslator->load(QStringLiteral("qtbase_%1").arg(current),
                                 QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (loaded)
        QCoreApplication::installTranslator(qtTranslator.get());
}

} // namespace effekt::views::i18n
