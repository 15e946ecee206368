#include "wheelguard.h"

#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QScrollBar>
#include <QVariant>

namespace effekt::views {

namespace {

bool guarded(const QObject *o) {
    if (!o || !o->isWidgetType())
        return false;
    if (qobject_cast<const QAbstractSpinBox *>(o) || qobject_cast<const QComboBox *>(o))
        return true;
    return qobject_cast<const QAbstractSlider *>(o) && !qobject_cast<const QScrollBar *>(o);
}

class WheelGuard : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override {
        if (event->type() == QEvent::Polish && guarded(watched)) {
            auto *w = static_cast<QWidget *>(watched);
            if (w->focusPolicy() == Qt::WheelFocus)
                w->setFocusPolicy(Qt::StrongFocus);
        } else if (event->type() == QEvent::Wheel && guarded(watched) &&
                   !static_cast<QWidget *>(watched)->hasFocus()) {
            // Not taken here: QApplication passes an ignored wheel event on to the parent.
            event->ignore();
            return true;
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

void installWheelGuard(QApplication *app) {
    static const char *const kInstalled = "effektWheelGuard";
    if (!app || app->property(kInstalled).toBool())
        return;
    app->setProperty(kInstalled, true);
    app->installEventFilter(new WheelGuard(app));
}

} // namespace effekt::views
