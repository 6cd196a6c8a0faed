#include "documents/documenttypes.h"

#include "util/trcontext.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace waymark::documents {

const Vocabulary& types() {
    static const Vocabulary v("documentType",
                              {
                                  {"diary_sheet", QT_TRANSLATE_NOOP("Vocabulary", "Diary sheet")},
                                  {"agreement", QT_TRANSLATE_NOOP("Vocabulary", "Agreement")},
                                  {"review", QT_TRANSLATE_NOOP("Vocabulary", "Review")},
                                  {"finance_form", QT_TRANSLATE_NOOP("Vocabulary", "Finance form")},
                                  {"mileage_form", QT_TRANSLATE_NOOP("Vocabulary", "Mileage form")},
                                  {"letter", QT_TRANSLATE_NOOP("Vocabulary", "Letter")},
                                  {"assessment", QT_TRANSLATE_NOOP("Vocabulary", "Assessment")},
                                  {"closure", QT_TRANSLATE_NOOP("Vocabulary", "Closure")},
                                  {"referral", QT_TRANSLATE_NOOP("Vocabulary", "Referral")},
                                  {"other", QT_TRANSLATE_NOOP("Vocabulary", "Other")},
                              });
    return v;
}

QString guessType(const QString& fileName) {
    // Words of the name, lower case, with separators as spaces: "LIFT_Review-2.pdf" -> "lift review 2".
    static const QRegularExpression separators(QStringLiteral("[_\\-.()\\[\\]]+"));
    const QString name =
        QFileInfo(fileName).completeBaseName().toLower().replace(separators, QStringLiteral(" "));
    // First match wins, so the more specific words come first ("mileage claim" is a mileage form,
    // "review of agreement" a review).
    static const std::vector<std::pair<const char*, QStringList>> words = {
        {"mileage_form", {QStringLiteral("mileage")}},
        {"finance_form",
         {QStringLiteral("finance"), QStringLiteral("claim"), QStringLiteral("expenses"),
          QStringLiteral("invoice"), QStringLiteral("payment")}},
        {"diary_sheet", {QStringLiteral("diary")}},
        {"closure", {QStringLiteral("closure"), QStringLiteral("closing")}},
        {"review", {QStringLiteral("review")}},
        {"agreement", {QStringLiteral("agreement"), QStringLiteral("contract")}},
        {"letter", {QStringLiteral("letter")}},
        {"assessment",
         {QStringLiteral("assessment"), QStringLiteral("family star"), QStringLiteral("signs of wellbeing"),
          QStringLiteral("sow")}},
        {"referral", {QStringLiteral("referral")}},
    };
    for (const auto& [code, keys] : words)
        for (const QString& key : keys) {
            const QRegularExpression word(QStringLiteral("\\b%1").arg(QRegularExpression::escape(key)));
            if (word.match(name).hasMatch())
                return QString::fromLatin1(code);
        }
    return QStringLiteral("other");
}

QString guessMediaType(const QString& fileName, const QByteArray& bytes) {
    if (bytes.startsWith("%PDF-"))
        return QStringLiteral("application/pdf");
    if (bytes.startsWith("\x89PNG\r\n\x1a\n"))
        return QStringLiteral("image/png");
    if (bytes.startsWith("\xff\xd8\xff"))
        return QStringLiteral("image/jpeg");
    if (bytes.startsWith("GIF87a") || bytes.startsWith("GIF89a"))
        return QStringLiteral("image/gif");
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    static const std::vector<std::pair<const char*, const char*>> bySuffix = {
        {"pdf", "application/pdf"},
        {"png", "image/png"},
        {"jpg", "image/jpeg"},
        {"jpeg", "image/jpeg"},
        {"gif", "image/gif"},
        {"tif", "image/tiff"},
        {"tiff", "image/tiff"},
        {"txt", "text/plain"},
        {"csv", "text/csv"},
        {"eml", "message/rfc822"},
        {"doc", "application/msword"},
        {"docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
        {"xls", "application/vnd.ms-excel"},
        {"xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
        {"odt", "application/vnd.oasis.opendocument.text"},
        {"rtf", "application/rtf"},
    };
    for (const auto& [ending, type] : bySuffix)
        if (suffix == QLatin1String(ending))
            return QString::fromLatin1(type);
    return QStringLiteral("application/octet-stream");
}

QString titleFromFileName(const QString& fileName) {
    QString title = QFileInfo(fileName).completeBaseName();
    title.replace(QLatin1Char('_'), QLatin1Char(' '));
    title = title.simplified();
    return title.isEmpty() ? fileName.simplified() : title;
}

QString sizeText(qint64 bytes) {
    if (bytes >= 1024 * 1024)
        return Documents::tr("%1 MB").arg(double(bytes) / (1024.0 * 1024.0), 0, 'f', 1);
    if (bytes >= 1024)
        return Documents::tr("%1 KB").arg((bytes + 1023) / 1024);
    return bytes == 1 ? Documents::tr("1 byte") : Documents::tr("%1 bytes").arg(bytes);
}

bool isPdf(const QString& mediaType) {
    return mediaType == QLatin1String("application/pdf");
}
bool isImage(const QString& mediaType) {
    return mediaType.startsWith(QLatin1String("image/"));
}
bool isPlainText(const QString& mediaType) {
    return mediaType == QLatin1String("text/plain") || mediaType == QLatin1String("text/csv");
}

} // namespace waymark::documents
