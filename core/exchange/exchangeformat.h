#pragma once

#include <QString>

namespace waymark::exchange {

// The identity of the JSON exchange format, shared by the exporter and the importer. Raise the
// version only for a change an older importer would misread; docs/export-format.md records each.
inline QString formatName() {
    return QStringLiteral("waymark-export");
}
// Version 2 added the LIFT sections (liftMentors ... liftRates); version 1 files still import.
constexpr int kFormatVersion = 2;
constexpr int kOldestFormatVersion = 1;

} // namespace waymark::exchange
