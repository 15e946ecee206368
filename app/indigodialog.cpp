#include "indigodialog.h"

#include "settings.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace effekt::app {

namespace {
QString label(const std::string &key) {
    if (key == "organisations")
        return IndigoDialog::tr("&Organisations: names and organisation numbers");
    if (key == "metrics")
        return IndigoDialog::tr("Outcome &metrics and the target group");
    if (key == "pricing")
        return IndigoDialog::tr("Outcome &pricing: the payment rules and caps");
    if (key == "commitments")
        return IndigoDialog::tr("Outcome payment &commitments per payer");
    if (key == "investments")
        return IndigoDialog::tr("&Investments: commitments and maximum return");
    if (key == "planned-payments")
        return IndigoDialog::tr("P&lanned outcome payments per period");
    if (key == "actual-payments")
        return IndigoDialog::tr("&Actual outcome payments per period");
    if (key == "results")
        return IndigoDialog::tr("&Results: the outcomes reported per period");
    return IndigoDialog::tr("&Sources of the assumptions");
}
} // namespace

IndigoDialog::IndigoDialog(const indigo::Sections &sections, QWidget *parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("indigoDialog"));
    setWindowTitle(tr("Export INDIGO Open Data"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("The contract in the shape of the INDIGO data standard %1 for impact bonds, for "
           "publishing. Tick the parts that are public; the parts left out are not written to "
           "the file. The participant ledger is never exported.")
            .arg(QString::fromLatin1(indigo::kStandardVersion)),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    indigo::Sections copy = sections;
    for (const std::string &key : indigo::sectionKeys()) {
        auto *box = new QCheckBox(label(key), this);
        box->setObjectName(QStringLiteral("indigo-") + QString::fromStdString(key));
        box->setChecked(*indigo::section(copy, key));
        layout->addWidget(box);
        boxes_.push_back(box);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

indigo::Sections IndigoDialog::sections() const {
    indigo::Sections s;
    const auto &keys = indigo::sectionKeys();
    for (std::size_t i = 0; i < keys.size(); ++i)
        *indigo::section(s, keys[i]) = boxes_[i]->isChecked();
    return s;
}

QCheckBox *IndigoDialog::box(const QString &key) const {
    return findChild<QCheckBox *>(QStringLiteral("indigo-") + key);
}

indigo::Sections IndigoDialog::remembered() {
    indigo::Sections s;
    for (const QString &key : settings::indigoPrivateSections.value())
        if (bool *flag = indigo::section(s, key.toStdString()))
            *flag = false;
    return s;
}

void IndigoDialog::remember(const indigo::Sections &sections) {
    QStringList left;
    indigo::Sections copy = sections;
    for (const std::string &key : indigo::sectionKeys())
        if (!*indigo::section(copy, key))
            left << QString::fromStdString(key);
    settings::indigoPrivateSections.setValue(left);
}

} // namespace effekt::app
