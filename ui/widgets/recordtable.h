#pragma once

#include <QStringList>

class QTableWidget;

namespace waymark {

// A read-only table of records: whole-row single selection, alternating rows, no row numbers, the
// last column stretched. Named so tests and screenshots can find it.
QTableWidget* makeRecordTable(const QString& objectName, const QStringList& headers);

} // namespace waymark
