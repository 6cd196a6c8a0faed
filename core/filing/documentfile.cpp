#include "filing/documentfile.h"

#include "documents/documenttypes.h"
#include "documents/wordtext.h"
#include "filing/pdfpages.h"
#include "util/trcontext.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace waymark::filing {

QString searchableText(const QString& mediaType, const QByteArray& bytes) {
    if (documents::isPdf(mediaType)) {
        auto text = pdfText(bytes);
        return text ? *text : QString();
    }
    if (mediaType == QLatin1String("application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
        return wordDocumentText(bytes);
    if (documents::isPlainText(mediaType)) {
        QStringDecoder utf8(QStringDecoder::Utf8);
        QString text = utf8.decode(bytes.left(2'000'000));
        return utf8.hasError() ? QString::fromLatin1(bytes.left(2'000'000)) : text;
    }
    return QString();
}

NewDocument documentFromBytes(const QString& fileName, const QByteArray& bytes) {
    NewDocument d;
    d.fileName = fileName;
    d.bytes = bytes;
    d.title = documents::titleFromFileName(fileName);
    d.type = documents::guessType(fileName);
    d.mediaType = documents::guessMediaType(fileName, bytes);
    d.text = searchableText(d.mediaType, bytes);
    return d;
}

Result<NewDocument> readDocumentFile(const QString& path) {
    const QFileInfo info(path);
    if (!info.exists())
        return Status::failure(Documents::tr("%1: no such file.").arg(path));
    if (!info.isFile())
        return Status::failure(Documents::tr("%1: not a file.").arg(path));
    if (info.size() > documents::maxDocumentBytes)
        return Status::failure(Documents::tr("%1 is %2; the largest document Waymark keeps is %3.")
                                   .arg(info.fileName(), documents::sizeText(info.size()),
                                        documents::sizeText(documents::maxDocumentBytes)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(
            Documents::tr("%1: cannot be read (%2).").arg(info.fileName(), file.errorString()));
    const QByteArray bytes = file.readAll();
    NewDocument d = documentFromBytes(info.fileName(), bytes);
    d.date = info.lastModified().date();
    return d;
}

} // namespace waymark::filing
