#include "preferencesdialog.h"

#include "i18n.h"
#include "settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QSpinBox>
#include <QVBoxLayout>

namespace effekt::app {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent) {
    setWindowTitle(tr("Preferences"));
    language_ = new QComboBox;
    language_->setObjectName(QStringLiteral("language"));
    language_->addItem(
        tr("Follow the system (%1)").arg(views::i18n::nativeName(views::i18n::systemLanguage())),
        QString());
    for (const QString &code : views::i18n::languages())
        language_->addItem(views::i18n::nativeName(code), code);
    language_->setCurrentIndex(std::max(0, language_->findData(settings::language.value())));
    language_->setToolTip(
        tr("The language of menus and texts; numbers, money and dates follow it"));

    autosave_ = new QSpinBox;
    autosave_->setObjectName(QStringLiteral("autosave"));
    autosave_->setRange(0, 3600);
    autosave_->setSuffix(tr(" s"));
    autosave_->setSpecialValueText(tr("Off"));
    autosave_->setValue(settings::autosaveSeconds.value());
    autosave_->setToolTip(tr("How often unsaved changes are written to a recovery file"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), language_);
    form->addRow(tr("&Autosave every:"), autosave_);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void PreferencesDialog::accept() {
    const QString code = language_->currentData().toString();
    settings::autosaveSeconds.setValue(autosave_->value());
    if (code != settings::language.value()) {
        settings::language.setValue(code);
        views::i18n::setLanguage(code);
    }
    QDialog::accept();
}

} // namespace effekt::app
