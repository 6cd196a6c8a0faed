#pragma once

#include "print/pdfreport.h"
#include "util/result.h"

#include <QHash>
#include <QImage>
#include <QString>

namespace waymark {

class Database;

// Where a printout about a family is filed: every PDF Waymark prints about a family (agreements,
// reviews, closure summaries, letters, assessments) also goes into that family's folder, so the
// folder on the shared drive is no longer needed. familyId 0 (the team brief) files nothing.
struct PrintFiling {
    qint64 familyId = 0;
    qint64 involvementId = 0;
    qint64 personId = 0;
    QString documentType = QStringLiteral("other"); // documents::types()
};

// Writes the PDF where the user asked, then files the same bytes in the family's folder
// (source "printed", the header's title, dated today, its words searchable). The chronology shows
// it as printed.
Status writeFiledPdf(Database& db, const QString& path, const QString& html, const PdfHeader& header,
                     const PrintFiling& filing, const QHash<QString, QImage>& images = {});

} // namespace waymark
