#pragma once

#include "util/result.h"

#include <QHash>
#include <QImage>
#include <QString>

namespace waymark {

class Database;
struct EhForm;
struct Family;

// Files an Early Help or Families First form's printout: the running header every one carries
// (the form, the family and its UFRN, the worker and the form's date, who printed it and when),
// the PDF itself, and the audit entry (a printout leaves the encrypted file). `dateWord` names the
// form's date in the header ("Completed", "Closing").
Status writeEhFormPdf(Database& db, const EhForm& form, const Family& family, const QString& title,
                      const QString& html, const QString& path, const QString& dateWord = QString(),
                      const QHash<QString, QImage>& images = {});

} // namespace waymark
