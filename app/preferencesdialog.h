// Preferences: language (takes effect at once) and autosave interval.
#pragma once

#include <QDialog>

class QComboBox;
class QSpinBox;

namespace effekt::app {

class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    // Stores the choices and applies the language.
    void accept() override;

private:
    QComboBox *language_;
    QSpinBox *autosave_;
};

} // namespace effekt::app
