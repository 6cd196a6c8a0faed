#include "print/subjectaccessfiles.h"

#include "print/pdfreport.h"
#include "util/trcontext.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QSaveFile>

namespace waymark {

Result<QString> writeSubjectAccessFiles(const SubjectAccessReport& report, const QString& folder,
                                        const QString& preparedBy) {
    if (!QDir().mkpath(folder))
        return Status::failure(Security::tr("Could not create the folder %1.").arg(folder));
    const QString stem =
        QDir(folder).filePath(QStringLiteral("sar-person-%1-%2")
                                  .arg(report.personId)
                                  .arg(report.generatedAt.toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    QSaveFile json(stem + QStringLiteral(".json"));
    const QByteArray bytes = QJsonDocument(report.json).toJson(QJsonDocument::Indented);
    if (!json.open(QIODevice::WriteOnly) || json.write(bytes) != bytes.size() || !json.commit())
        return Status::failure(
            Security::tr("Could not write %1: %2").arg(json.fileName(), json.errorString()));
    PdfHeader header;
    header.title = Security::tr("Subject access request");
    header.lines = {
        Security::tr("Person: %1 (record %2)").arg(report.personName).arg(report.personId),
        Security::tr("Prepared by %1 on %2")
            .arg(preparedBy, report.generatedAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")))};
    header.footer =
        Security::tr("OFFICIAL-SENSITIVE: personal data. Review third-party names before sending.");
    if (Status s = writePdf(stem + QStringLiteral(".pdf"), report.html, header); !s)
        return s;
    return stem;
}

} // namespace waymark
