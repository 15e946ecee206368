// Overview: the project's name, description and timeline.
#pragma once

#include "pages.h"

class QLineEdit;
class QPlainTextEdit;
class QDateEdit;
class QSpinBox;
class QComboBox;
class QLabel;

namespace effekt::views {

class OverviewPage : public PageWidget {
    Q_OBJECT
public:
    explicit OverviewPage(Document *document, QWidget *parent = nullptr);
    void showLocation(const EditLocation &where) override;

private:
    void load();
    void commitName();
    void commitTimeline();

    Document *document_;
    QLineEdit *name_;
    QDateEdit *start_;
    QComboBox *length_;
    QSpinBox *periods_;
    QLabel *endLabel_;
    bool loading_ = false;
};

} // namespace effekt::views
