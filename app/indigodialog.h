// File > Export > INDIGO Open Data: the planner ticks which parts of the contract are public
// before the file is chosen (docs/exports.md, "INDIGO open data").
#pragma once

#include "indigo.h"

#include <QDialog>
#include <QString>
#include <QStringList>

#include <vector>

class QCheckBox;

namespace effekt::app {

class IndigoDialog : public QDialog {
    Q_OBJECT
public:
    explicit IndigoDialog(const indigo::Sections &sections, QWidget *parent = nullptr);

    // The sections as ticked.
    indigo::Sections sections() const;
    // The box of a section (objectName "indigo-<key>", keys as indigo::sectionKeys()).
    QCheckBox *box(const QString &key) const;

    // The choice as remembered in the settings: the keys of the sections left out.
    static indigo::Sections remembered();
    static void remember(const indigo::Sections &sections);

private:
    std::vector<QCheckBox *> boxes_; // in the order of indigo::sectionKeys()
};

} // namespace effekt::app
