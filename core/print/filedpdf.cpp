#include "print/filedpdf.h"

#include "documents/documentrepository.h"
#include "documents/documenttypes.h"
#include "filing/documentfile.h"
#include "storage/database.h"
#include "util/trcontext.h"

#include <QFile>
#include <QFileInfo>

namespace waymark {

Status writeFiledPdf(Database& db, const QString& path, const QString& html, const PdfHeader& header,
                     const PrintFiling& filing, const QHash<QString, QImage>& images) {
    if (Status s = writePdf(path, html, header, images); !s)
        return s;
    if (filing.familyId == 0)
        return Status::ok();
    QFile written(path);
    if (!written.open(QIODevice::ReadOnly))
        return Status::failure(
            Documents::tr("The printout was saved as %1 but could not be read back to file "
                          "it in the family's folder (%2).")
                .arg(QFileInfo(path).fileName(), written.errorString()));
    NewDocument document = filing::documentFromBytes(QFileInfo(path).fileName(), written.readAll());
    document.familyId = filing.familyId;
    document.involvementId = filing.involvementId;
    document.personId = filing.personId;
    document.title = header.title;
    document.type =
        documents::types().contains(filing.documentType) ? filing.documentType : QStringLiteral("other");
    document.date = db.today();
    document.source = QString::fromLatin1(documents::sourcePrinted);
    auto filed = DocumentRepository(db).attach(document);
    if (!filed)
        return Status::failure(Documents::tr("The printout was saved as %1 but not filed in the family's "
                                             "folder: %2")
                                   .arg(QFileInfo(path).fileName(), filed.error()));
    return Status::ok();
}

} // namespace waymark
