#pragma once

#include "fuzz/fuzztargets.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace waymark::fuzz {

// The fuzz targets judge "not in the future" against a fixed day, so an input behaves the same on
// every run and a corpus file stays a regression test.
QDateTime fixedNow();

inline QByteArray bytes(const uint8_t* data, size_t size) {
    return QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}

inline std::string text(const QString& s) {
    return s.toStdString();
}

// The message when `condition` fails names the broken rule; a failed check never returns.
inline void check(bool condition, const char* target, const std::string& what) {
    if (!condition)
        fail(target, what);
}

} // namespace waymark::fuzz
