#pragma once

#include "util/result.h"

#include <QHash>
#include <QImage>
#include <QString>
#include <QStringList>

namespace waymark {

// Every printout Waymark files (subject access reports now; assessments, agreements, letters and
// closure summaries next) is HTML laid out by QTextDocument on A4, with the same running header
// on every page (what it is, whose record, who printed it and when) and "Page n of N" at the
// foot, so that pages separated from each other can still be filed correctly. Needs a
// QGuiApplication (waymark-cli makes one on the offscreen platform).
struct PdfHeader {
    QString title;     // "Subject access request"
    QStringList lines; // right-hand side, one line each: "Person: ...", "Printed by ... on ..."
    QString footer;    // e.g. "OFFICIAL-SENSITIVE: contains personal data"
};

// `images`: pictures the HTML names in <img src="NAME"> (a chart drawn for this printout).
Status writePdf(const QString& path, const QString& html, const PdfHeader& header,
                const QHash<QString, QImage>& images = {});

} // namespace waymark
