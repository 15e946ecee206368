// Typed settings with their defaults, stored with QSettings. One place lists every key.
#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace effekt::app {

template <typename T> class Setting {
public:
    constexpr Setting(const char *key, T defaultValue)
        : key_(key)
        , default_(std::move(defaultValue)) {}
    T value() const {
        return QSettings()
            .value(QLatin1String(key_), QVariant::fromValue(default_))
            .template value<T>();
    }
    void setValue(const T &v) const {
        QSettings().setValue(QLatin1String(key_), QVariant::fromValue(v));
    }
    const char *key() const { return key_; }
    const T &defaultValue() const { return default_; }

private:
    const char *key_;
    T default_;
};

namespace settings {
// "" follows the system; "nb" or "en".
inline const Setting<QString> language{"ui/language", QString()};
inline const Setting<QByteArray> geometry{"window/geometry", QByteArray()};
inline const Setting<QByteArray> windowState{"window/state", QByteArray()};
inline const Setting<QStringList> recentFiles{"files/recent", QStringList()};
// The contract's name in each recent file (absolute path → name), as it was when last opened or
// saved: the start page lists recent files by name without reading them.
inline const Setting<QVariantMap> recentNames{"files/recentNames", QVariantMap()};
inline const Setting<QString> lastFolder{"files/lastFolder", QString()};
// The folder each kind of export wrote to last (File > Export); empty: the project's folder.
inline const Setting<QString> pdfExportFolder{"export/pdfFolder", QString()};
inline const Setting<QString> statementExportFolder{"export/statementFolder", QString()};
inline const Setting<QString> xlsxExportFolder{"export/xlsxFolder", QString()};
inline const Setting<QString> jsonExportFolder{"export/jsonFolder", QString()};
inline const Setting<QString> indigoExportFolder{"export/indigoFolder", QString()};
// The INDIGO export's sections the planner left out last time (keys of indigo::sectionKeys()).
inline const Setting<QStringList> indigoPrivateSections{"export/indigoPrivate", QStringList()};
// Seconds between autosaves of unsaved changes; 0 turns autosave off.
inline const Setting<int> autosaveSeconds{"files/autosaveSeconds", 60};
constexpr int kMaxRecentFiles = 8;
} // namespace settings

} // namespace effekt::app
