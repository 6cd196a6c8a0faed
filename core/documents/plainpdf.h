#pragma once

#include <QByteArray>
#include <QStringList>

#include <vector>

namespace waymark {

// A plain PDF written without Qt Gui: lines of text in Helvetica (a standard font, nothing
// embedded), one entry of `pages` per page. For demo data and anything else in the core that
// needs a real, readable PDF without a printer. Text outside Latin-1 is written as "?".
QByteArray plainTextPdf(const QString& title, const std::vector<QStringList>& pages);

} // namespace waymark
