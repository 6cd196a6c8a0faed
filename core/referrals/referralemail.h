#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <vector>

namespace waymark {

// One attachment of a referral email, decoded (base64 / quoted-printable undone).
struct ReferralAttachment {
    QString fileName;  // from the part's name (RFC 2231 and RFC 2047 decoded), or generated
    QString mediaType; // as the email gives it, e.g. application/pdf
    QByteArray bytes;
    bool nameGenerated = false; // the part had no name (an inline image): "inline-image-1.png"
};

// What a referral email (an .eml file, RFC 5322 / MIME) says, read with GMime.
struct ReferralEmail {
    QString senderName;    // display name of the From address, decoded; may be empty
    QString senderAddress; // user@example.org
    QDateTime sentAt;      // UTC; invalid when the Date header is missing or unreadable
    QString subject;       // RFC 2047 encoded words decoded
    QString messageId;     // without the angle brackets; may be empty
    QString body;          // plain text (an HTML-only email converted), line ends \n
    bool bodyFromHtml = false;
    std::vector<ReferralAttachment> attachments;
    QStringList emptyAttachments; // names of attachments with no content, left out
};

// Larger files are refused before they are read: a referral with its forms is a few MB.
inline constexpr qint64 maxReferralEmailBytes = 50 * 1024 * 1024;

// Parses an email with GMime: the sender, date, subject and Message-ID from the headers; the
// body from the text/plain parts (or, failing those, the text/html parts as plain text), charset
// converted to Unicode; every other part (named, marked as an attachment, or not text) as an
// attachment. Refuses an empty file, a file that is not an email and one above the size limit.
// Error messages never quote the email.
Result<ReferralEmail> parseReferralEmail(const QByteArray& eml);
// Reads FILE (checking the size first) and parses it; messages name the file.
Result<ReferralEmail> readReferralEmailFile(const QString& path);

// The HTML-only fallback: tags dropped, block ends as line breaks, entities decoded.
QString htmlToPlainText(const QString& html);
// A vocab::referralSource() code suggested by the sender's address (nhs.net -> health, ...), or
// "other". Only a suggestion for the person completing the referral.
QString suggestReferralSource(const QString& senderAddress);

} // namespace waymark
