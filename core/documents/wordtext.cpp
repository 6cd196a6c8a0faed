#include "documents/wordtext.h"

#include "util/ziparchive.h"

#include <QXmlStreamReader>

namespace waymark {

QString wordDocumentText(const QByteArray& docx, int maxChars) {
    ZipArchive zip(docx, QStringLiteral("Word document"));
    if (!zip.isOpen())
        return QString();
    auto part = zip.read(QStringLiteral("word/document.xml"), 64 * 1024 * 1024);
    if (!part)
        return QString();
    QXmlStreamReader xml(*part);
    QString text;
    while (!xml.atEnd() && text.size() < maxChars) {
        switch (xml.readNext()) {
        case QXmlStreamReader::DTD:
            return QString(); // a Word document has none; an entity could expand without end
        case QXmlStreamReader::StartElement:
            if (xml.name() == QLatin1String("t"))
                text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
            else if (xml.name() == QLatin1String("tab"))
                text += QLatin1Char('\t');
            else if (xml.name() == QLatin1String("br"))
                text += QLatin1Char('\n');
            break;
        case QXmlStreamReader::EndElement:
            if (xml.name() == QLatin1String("p"))
                text += QLatin1Char('\n');
            break;
        default:
            break;
        }
    }
    text.truncate(maxChars);
    return text;
}

} // namespace waymark
