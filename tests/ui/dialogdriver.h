#pragma once

#include <QApplication>
#include <QDialog>
#include <QTimer>

#include <functional>

namespace waymark::test {

// Modal dialogs block in exec(): this arranges for `fill` to run on the dialog of type D once it
// is showing, from inside its event loop, the way a person would fill it in. `found` records
// whether the dialog appeared (assert on it afterwards: Catch cannot throw through Qt's loop).
template <typename D>
void whenDialogOpens(std::function<void(D*)> fill, bool* found = nullptr, int attempts = 100) {
    QTimer::singleShot(10, [fill, found, attempts] {
        if (auto* dialog = qobject_cast<D*>(QApplication::activeModalWidget())) {
            if (found)
                *found = true;
            fill(dialog);
        } else if (attempts > 0) {
            whenDialogOpens<D>(fill, found, attempts - 1);
        }
    });
}

} // namespace waymark::test
