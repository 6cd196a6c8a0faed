// GMime first, before any Qt header: glib's gio headers use "signals" as a name, which Qt defines as
// a keyword macro.
// clang-format off
#include <gmime/gmime.h>
// clang-format on

#include "referrals/referralemail.h"

#include "documents/documenttypes.h"
#include "util/trcontext.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <mutex>

namespace waymark {

namespace {

void initGMime() {
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });
}

// Owns one GObject reference.
template <typename T> class GRef {
public:
    explicit GRef(T* object = nullptr)
        : m_object(object) {}
    ~GRef() {
        if (m_object)
            g_object_unref(m_object);
    }
    GRef(const GRef&) = delete;
    GRef& operator=(const GRef&) = delete;
    T* get() const { return m_object; }
    explicit operator bool() const { return m_object != nullptr; }

private:
    T* m_object;
};

// A g_malloc'd string, freed with g_free.
class GString_ {
public:
    explicit GString_(char* text)
        : m_text(text) {}
    ~GString_() { g_free(m_text); }
    GString_(const GString_&) = delete;
    GString_& operator=(const GString_&) = delete;
    QString toQString() const { return m_text ? QString::fromUtf8(m_text) : QString(); }

private:
    char* m_text;
};

QString fromUtf8(const char* text) {
    return text ? QString::fromUtf8(text) : QString();
}

QString normaliseLineEnds(QString text) {
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return text;
}

// A file name safe to show and to store: no folders ("../../x.pdf" -> "x.pdf"), no control
// characters, not blank.
QString cleanFileName(QString name) {
    name.replace(QLatin1Char('\\'), QLatin1Char('/'));
    name = name.section(QLatin1Char('/'), -1);
    QString out;
    for (const QChar c : std::as_const(name))
        if (c.isPrint())
            out += c;
    out = out.trimmed();
    if (out == QLatin1String(".") || out == QLatin1String(".."))
        out.clear();
    return out.left(200);
}

QString extensionFor(const QString& mediaType) {
    static const QHash<QString, QString> known = {
        {QStringLiteral("application/pdf"), QStringLiteral("pdf")},
        {QStringLiteral("image/png"), QStringLiteral("png")},
        {QStringLiteral("image/jpeg"), QStringLiteral("jpg")},
        {QStringLiteral("image/gif"), QStringLiteral("gif")},
        {QStringLiteral("image/webp"), QStringLiteral("webp")},
        {QStringLiteral("image/tiff"), QStringLiteral("tif")},
        {QStringLiteral("image/bmp"), QStringLiteral("bmp")},
        {QStringLiteral("text/plain"), QStringLiteral("txt")},
        {QStringLiteral("text/html"), QStringLiteral("html")},
        {QStringLiteral("text/calendar"), QStringLiteral("ics")},
        {QStringLiteral("text/csv"), QStringLiteral("csv")},
        {QStringLiteral("message/rfc822"), QStringLiteral("eml")},
        {QStringLiteral("application/msword"), QStringLiteral("doc")},
        {QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
         QStringLiteral("docx")},
    };
    return known.value(mediaType, QStringLiteral("bin"));
}

QString generatedName(const QString& mediaType, int number) {
    QString stem = QStringLiteral("attachment");
    if (mediaType.startsWith(QLatin1String("image/")))
        stem = QStringLiteral("inline-image");
    else if (mediaType == QLatin1String("message/rfc822"))
        stem = QStringLiteral("forwarded-message");
    return QStringLiteral("%1-%2.%3").arg(stem).arg(number).arg(extensionFor(mediaType));
}

QByteArray decodedContent(GMimePart* part) {
    GMimeDataWrapper* content = g_mime_part_get_content(part); // borrowed
    if (!content)
        return {};
    GRef<GMimeStream> stream(g_mime_stream_mem_new());
    if (g_mime_data_wrapper_write_to_stream(content, stream.get()) < 0)
        return {};
    GByteArray* bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(stream.get())); // owned by stream
    return bytes ? QByteArray(reinterpret_cast<const char*>(bytes->data), int(bytes->len)) : QByteArray();
}

QByteArray messageBytes(GMimeMessagePart* part) {
    GMimeMessage* message = g_mime_message_part_get_message(part); // borrowed
    if (!message)
        return {};
    GRef<GMimeStream> stream(g_mime_stream_mem_new());
    if (g_mime_object_write_to_stream(GMIME_OBJECT(message), nullptr, stream.get()) < 0)
        return {};
    GByteArray* bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(stream.get()));
    return bytes ? QByteArray(reinterpret_cast<const char*>(bytes->data), int(bytes->len)) : QByteArray();
}

struct Walk {
    QStringList plain;
    QStringList html;
    ReferralEmail* email = nullptr;
    int generated = 0;
};

// An attachment found: named (generated when the part had no name), kept, or listed as empty.
void keep(Walk& walk, ReferralAttachment a) {
    if (a.fileName.isEmpty()) {
        a.fileName = generatedName(a.mediaType, ++walk.generated);
        a.nameGenerated = true;
    }
    if (a.bytes.isEmpty())
        walk.email->emptyAttachments << a.fileName;
    else
        walk.email->attachments.push_back(std::move(a));
}

void visitPart(GMimeObject* /*parent*/, GMimeObject* object, gpointer data) {
    Walk& walk = *static_cast<Walk*>(data);
    if (GMIME_IS_MULTIPART(object))
        return; // a container; g_mime_message_foreach visits its children
    GMimeContentType* type = g_mime_object_get_content_type(object); // borrowed
    const QString mediaType =
        type ? GString_(g_mime_content_type_get_mime_type(type)).toQString().toLower() : QString();
    // Signatures of a signed email are not documents.
    if (mediaType == QLatin1String("application/pkcs7-signature") ||
        mediaType == QLatin1String("application/x-pkcs7-signature") ||
        mediaType == QLatin1String("application/pgp-signature"))
        return;

    const char* disposition = g_mime_object_get_disposition(object);
    const bool markedAttachment = disposition && g_ascii_strcasecmp(disposition, "attachment") == 0;

    if (GMIME_IS_MESSAGE_PART(object)) { // a forwarded email, attached whole
        ReferralAttachment a;
        a.mediaType = QStringLiteral("message/rfc822");
        a.bytes = messageBytes(GMIME_MESSAGE_PART(object));
        a.fileName =
            cleanFileName(fromUtf8(g_mime_object_get_content_disposition_parameter(object, "filename")));
        keep(walk, std::move(a));
        return;
    }
    if (!GMIME_IS_PART(object))
        return;
    GMimePart* part = GMIME_PART(object);
    const QString name = cleanFileName(fromUtf8(g_mime_part_get_filename(part)));

    const bool isPlain = mediaType == QLatin1String("text/plain");
    const bool isHtml = mediaType == QLatin1String("text/html");
    if ((isPlain || isHtml) && !markedAttachment && name.isEmpty() && GMIME_IS_TEXT_PART(object)) {
        // g_mime_text_part_get_text converts from the part's charset to UTF-8.
        const QString text =
            normaliseLineEnds(GString_(g_mime_text_part_get_text(GMIME_TEXT_PART(object))).toQString());
        (isPlain ? walk.plain : walk.html) << text;
        return;
    }

    ReferralAttachment a;
    a.mediaType = mediaType.isEmpty() ? QStringLiteral("application/octet-stream") : mediaType;
    a.bytes = decodedContent(part);
    a.fileName = name;
    keep(walk, std::move(a));
}

QString joinParts(const QStringList& parts) {
    QStringList kept;
    for (const QString& p : parts)
        if (!p.trimmed().isEmpty())
            kept << p.trimmed();
    return kept.join(QLatin1String("\n\n"));
}

} // namespace

Result<ReferralEmail> parseReferralEmail(const QByteArray& eml) {
    if (eml.trimmed().isEmpty())
        return Status::failure(Documents::tr("The file is empty: there is no email in it."));
    if (eml.size() > maxReferralEmailBytes)
        return Status::failure(
            Documents::tr("The file is %1; the largest referral email Waymark reads is %2.")
                .arg(documents::sizeText(eml.size()), documents::sizeText(maxReferralEmailBytes)));
    initGMime();
    GRef<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(eml.constData(), size_t(eml.size())));
    GRef<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
    GRef<GMimeMessage> message(g_mime_parser_construct_message(parser.get(), nullptr));
    if (!message)
        return Status::failure(Documents::tr("This is not an email: no message headers were found."));

    ReferralEmail email;
    InternetAddressList* senders = g_mime_message_get_from(message.get()); // borrowed
    if (!senders || internet_address_list_length(senders) == 0)
        senders = g_mime_message_get_sender(message.get());
    if (senders && internet_address_list_length(senders) > 0) {
        InternetAddress* address = internet_address_list_get_address(senders, 0);
        if (INTERNET_ADDRESS_IS_GROUP(address)) {
            InternetAddressList* members =
                internet_address_group_get_members(INTERNET_ADDRESS_GROUP(address));
            address = members && internet_address_list_length(members) > 0
                          ? internet_address_list_get_address(members, 0)
                          : nullptr;
        }
        if (address) {
            email.senderName = fromUtf8(internet_address_get_name(address)).trimmed();
            if (INTERNET_ADDRESS_IS_MAILBOX(address))
                email.senderAddress =
                    fromUtf8(internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(address))).trimmed();
        }
    }
    if (GDateTime* date = g_mime_message_get_date(message.get())) // borrowed; null when unreadable
        email.sentAt = QDateTime::fromSecsSinceEpoch(g_date_time_to_unix(date), Qt::UTC);
    email.subject = fromUtf8(g_mime_message_get_subject(message.get())).simplified();
    email.messageId = fromUtf8(g_mime_message_get_message_id(message.get())).trimmed();

    Walk walk;
    walk.email = &email;
    g_mime_message_foreach(message.get(), visitPart, &walk);
    email.body = joinParts(walk.plain);
    if (email.body.isEmpty() && !walk.html.isEmpty()) {
        QStringList converted;
        for (const QString& html : std::as_const(walk.html))
            converted << htmlToPlainText(html);
        email.body = joinParts(converted);
        email.bodyFromHtml = !email.body.isEmpty();
    }

    if (email.senderAddress.isEmpty() && email.body.isEmpty())
        return Status::failure(
            Documents::tr("This is not an email: it has neither a sender (From) nor any text."));
    return email;
}

Result<ReferralEmail> readReferralEmailFile(const QString& path) {
    const QFileInfo info(path);
    if (!info.isFile())
        return Status::failure(Documents::tr("%1: no such file.").arg(path));
    if (info.size() > maxReferralEmailBytes)
        return Status::failure(Documents::tr("%1 is %2; the largest referral email Waymark reads is %3.")
                                   .arg(info.fileName(), documents::sizeText(info.size()),
                                        documents::sizeText(maxReferralEmailBytes)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(
            Documents::tr("%1: cannot be read (%2).").arg(info.fileName(), file.errorString()));
    auto email = parseReferralEmail(file.readAll());
    if (!email)
        return Status::failure(QStringLiteral("%1: %2").arg(info.fileName(), email.error()));
    return email;
}

QString htmlToPlainText(const QString& html) {
    QString text = html;
    text.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
    static const QRegularExpression dropped(QStringLiteral("<(head|style|script|title)\\b.*?</\\1\\s*>"),
                                            QRegularExpression::CaseInsensitiveOption |
                                                QRegularExpression::DotMatchesEverythingOption);
    text.remove(dropped);
    static const QRegularExpression comments(QStringLiteral("<!--.*?-->"),
                                             QRegularExpression::DotMatchesEverythingOption);
    text.remove(comments);
    static const QRegularExpression lineBreak(QStringLiteral("<br\\s*/?>"),
                                              QRegularExpression::CaseInsensitiveOption);
    text.replace(lineBreak, QStringLiteral("\n"));
    static const QRegularExpression listItem(QStringLiteral("<li\\b[^>]*>"),
                                             QRegularExpression::CaseInsensitiveOption);
    text.replace(listItem, QStringLiteral("\n- "));
    static const QRegularExpression blockEnd(
        QStringLiteral("</?(p|div|tr|h[1-6]|ul|ol|table|blockquote|pre)\\b[^>]*>"),
        QRegularExpression::CaseInsensitiveOption);
    text.replace(blockEnd, QStringLiteral("\n\n"));
    static const QRegularExpression cellEnd(QStringLiteral("</t[dh]\\s*>"),
                                            QRegularExpression::CaseInsensitiveOption);
    text.replace(cellEnd, QStringLiteral("\t"));
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    text.remove(tag);

    // Entities: the common named ones and every numeric one.
    static const QHash<QString, QString> named = {
        {QStringLiteral("amp"), QStringLiteral("&")},      {QStringLiteral("lt"), QStringLiteral("<")},
        {QStringLiteral("gt"), QStringLiteral(">")},       {QStringLiteral("quot"), QStringLiteral("\"")},
        {QStringLiteral("apos"), QStringLiteral("'")},     {QStringLiteral("nbsp"), QStringLiteral(" ")},
        {QStringLiteral("pound"), QString(QChar(0xA3))},   {QStringLiteral("euro"), QString(QChar(0x20AC))},
        {QStringLiteral("copy"), QString(QChar(0xA9))},    {QStringLiteral("ndash"), QString(QChar(0x2013))},
        {QStringLiteral("mdash"), QString(QChar(0x2014))}, {QStringLiteral("hellip"), QString(QChar(0x2026))},
        {QStringLiteral("rsquo"), QString(QChar(0x2019))}, {QStringLiteral("lsquo"), QString(QChar(0x2018))},
        {QStringLiteral("rdquo"), QString(QChar(0x201D))}, {QStringLiteral("ldquo"), QString(QChar(0x201C))},
        {QStringLiteral("eacute"), QString(QChar(0xE9))},  {QStringLiteral("egrave"), QString(QChar(0xE8))},
    };
    static const QRegularExpression entity(
        QStringLiteral("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});"));
    QString decoded;
    qsizetype last = 0;
    for (auto it = entity.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        decoded += QStringView(text).mid(last, m.capturedStart() - last);
        const QString code = m.captured(1);
        QString replacement = m.captured(0);
        if (code.startsWith(QLatin1Char('#'))) {
            bool ok = false;
            const uint value = code.startsWith(QLatin1String("#x"), Qt::CaseInsensitive)
                                   ? code.mid(2).toUInt(&ok, 16)
                                   : code.mid(1).toUInt(&ok, 10);
            if (ok && value > 0 && value <= 0x10FFFF && QChar::isPrint(char32_t(value))) {
                const char32_t cp = value == 0xA0 ? U' ' : char32_t(value);
                replacement = QString::fromUcs4(&cp, 1);
            }
        } else if (named.contains(code.toLower())) {
            replacement = named.value(code.toLower());
        }
        decoded += replacement;
        last = m.capturedEnd();
    }
    decoded += QStringView(text).mid(last);

    // Tidy: trim each line, at most one blank line in a row.
    QStringList lines;
    bool blank = true;
    for (const QString& line : decoded.split(QLatin1Char('\n'))) {
        const QString trimmed = line.simplified();
        if (trimmed.isEmpty()) {
            if (!blank)
                lines << QString();
            blank = true;
        } else {
            lines << trimmed;
            blank = false;
        }
    }
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines.join(QLatin1Char('\n'));
}

QString suggestReferralSource(const QString& senderAddress) {
    const QString domain = senderAddress.section(QLatin1Char('@'), -1).toLower();
    if (domain.isEmpty() || !senderAddress.contains(QLatin1Char('@')))
        return QStringLiteral("other");
    auto endsWith = [&](const char* suffix) {
        const QString s = QString::fromLatin1(suffix);
        return domain == s || domain.endsWith(QLatin1Char('.') + s);
    };
    if (endsWith("nhs.net") || endsWith("nhs.uk"))
        return QStringLiteral("health");
    if (endsWith("police.uk"))
        return QStringLiteral("police");
    if (endsWith("sch.uk") || domain.contains(QLatin1String("school")) ||
        domain.contains(QLatin1String("academy")))
        return QStringLiteral("school");
    return QStringLiteral("other");
}

} // namespace waymark
