#pragma once

#include <QString>
#include <QStringList>

namespace waymark {

// Lists of vocabulary codes are stored as one space-separated column ("day_respite boundaries").
inline QString codesToText(const QStringList& codes) {
    return codes.join(QLatin1Char(' '));
}
inline QStringList codesFromText(const QString& text) {
    return text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace waymark
