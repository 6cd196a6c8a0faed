#pragma once

#include <QDir>
#include <QString>
#include <QWidget>

namespace waymark::test {

// Saves a picture of the widget as $WAYMARK_SHOTS/<name>.png when that variable is set (to look at
// a screen: WAYMARK_SHOTS=/tmp/shots build/bin/waymark_ui_tests ...); does nothing otherwise.
inline void saveScreenshot(QWidget* widget, const QString& name) {
    const QString dir = qEnvironmentVariable("WAYMARK_SHOTS");
    if (!dir.isEmpty() && QDir().mkpath(dir))
        widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

} // namespace waymark::test
