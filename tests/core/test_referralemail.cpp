// Referral emails (issue 7): .eml files parsed with GMime into draft referrals. The messages are
// generated here; every name and address is invented.
#include "documents/documentrepository.h"
#include "documents/recordsearch.h"
#include "filing/documentfile.h"
#include "referrals/referraldraftrepository.h"
#include "referrals/referralemail.h"
#include "storage/database.h"
#include "storage/familyrepository.h"
#include "support/minimalpdf.h"
#include "support/testdatabase.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace waymark;

namespace {

QByteArray crlf(QByteArray text) {
    return text.replace("\n", "\r\n");
}

// multipart/mixed: a multipart/alternative body (plain and HTML) and a base64 PDF, with
// encoded-word headers and an RFC 2231 file name.
QByteArray multipartReferral(const QByteArray& pdf,
                             const QByteArray& messageId = "<ref-001@school.example.org>") {
    QByteArray base64 = pdf.toBase64();
    QByteArray wrapped;
    for (int i = 0; i < base64.size(); i += 76)
        wrapped += base64.mid(i, 76) + "\n";
    return crlf("From: =?UTF-8?B?U2lvYmjDoW4gTyfDgWxhaW4=?= <dsl@school.example.org>\n"
                "To: lift.referrals@council.example.gov.uk\n"
                "Subject: =?ISO-8859-1?Q?Referral_for_the_Bront=EB_family?=\n"
                "Date: Tue, 17 Nov 2026 09:42:10 +0000\n"
                "Message-ID: " +
                messageId +
                "\n"
                "MIME-Version: 1.0\n"
                "Content-Type: multipart/mixed; boundary=\"outer\"\n"
                "\n"
                "--outer\n"
                "Content-Type: multipart/alternative; boundary=\"inner\"\n"
                "\n"
                "--inner\n"
                "Content-Type: text/plain; charset=ISO-8859-1\n"
                "Content-Transfer-Encoding: quoted-printable\n"
                "\n"
                "Please find attached a referral for Zo=EB Bront=EB (age 9).\n"
                "Mum has agreed to the referral and would welcome a mentor.\n"
                "--inner\n"
                "Content-Type: text/html; charset=UTF-8\n"
                "\n"
                "<p>Please find attached a referral for Zo&euml; Bront&euml;.</p>\n"
                "--inner--\n"
                "--outer\n"
                "Content-Type: application/pdf\n"
                "Content-Disposition: attachment; "
                "filename*=UTF-8''LIFT%20referral%20form%20%E2%80%93%20Bront%C3%AB.pdf\n"
                "Content-Transfer-Encoding: base64\n"
                "\n" +
                wrapped +
                "--outer\n"
                "Content-Type: text/plain; name=\"empty.txt\"\n"
                "Content-Disposition: attachment; filename=\"empty.txt\"\n"
                "\n"
                "--outer--\n");
}

QByteArray htmlOnly() {
    return crlf("From: Health Visitor <hv.team@nhs.net>\n"
                "Subject: New referral\n"
                "Message-ID: <hv-77@nhs.net>\n"
                "MIME-Version: 1.0\n"
                "Content-Type: text/html; charset=UTF-8\n"
                "\n"
                "<html><body><p>Family struggling with&nbsp;routines.</p><p>Dad &amp; baby at home.</p>"
                "<script>ignored()</script></body></html>\n");
}

qint64 count(Database& db, const QString& sql) {
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

std::vector<NewDocument> asDocuments(const ReferralEmail& email) {
    std::vector<NewDocument> out;
    for (const ReferralAttachment& a : email.attachments)
        out.push_back(filing::documentFromBytes(a.fileName, a.bytes));
    return out;
}

} // namespace

TEST_CASE("a multipart referral email is read with its encoded headers, body and attachment", "[referral]") {
    const QByteArray pdf = test::minimalPdf({QStringLiteral("LIFT referral form: aims 1 and 3")});
    auto parsed = parseReferralEmail(multipartReferral(pdf));
    INFO(parsed.error().toStdString());
    REQUIRE(parsed.isOk());
    const ReferralEmail& e = *parsed;
    CHECK(e.senderName == QStringLiteral("Siobh\u00e1n O'\u00c1lain"));
    CHECK(e.senderAddress == QStringLiteral("dsl@school.example.org"));
    CHECK(e.subject == QStringLiteral("Referral for the Bront\u00eb family"));
    CHECK(e.sentAt == QDateTime(QDate(2026, 11, 17), QTime(9, 42, 10), Qt::UTC));
    CHECK(e.messageId == QStringLiteral("ref-001@school.example.org"));
    CHECK(e.body.contains(QStringLiteral("referral for Zo\u00eb Bront\u00eb (age 9)")));
    CHECK_FALSE(e.bodyFromHtml);
    REQUIRE(e.attachments.size() == 1);
    CHECK(e.attachments.front().fileName == QStringLiteral("LIFT referral form \u2013 Bront\u00eb.pdf"));
    CHECK(e.attachments.front().mediaType == QStringLiteral("application/pdf"));
    CHECK(e.attachments.front().bytes == pdf);
    CHECK(e.emptyAttachments == QStringList{QStringLiteral("empty.txt")});
    CHECK(suggestReferralSource(e.senderAddress) == QStringLiteral("school"));
}

TEST_CASE("an HTML-only email becomes plain text, and a missing date is not an error", "[referral]") {
    auto parsed = parseReferralEmail(htmlOnly());
    REQUIRE(parsed.isOk());
    CHECK(parsed->bodyFromHtml);
    CHECK(parsed->body.contains(QStringLiteral("Family struggling with routines.")));
    CHECK(parsed->body.contains(QStringLiteral("Dad & baby at home.")));
    CHECK_FALSE(parsed->body.contains(QStringLiteral("ignored")));
    CHECK_FALSE(parsed->sentAt.isValid());
    CHECK(suggestReferralSource(parsed->senderAddress) == QStringLiteral("health"));
}

TEST_CASE("what is not an email is refused with a message", "[referral]") {
    CHECK(parseReferralEmail(QByteArray()).error().contains(QStringLiteral("empty")));
    CHECK_FALSE(parseReferralEmail(test::minimalPdf({QStringLiteral("x")})).isOk());
    CHECK_FALSE(parseReferralEmail(QByteArray("just some words\nwith no headers\n")).isOk());
}

TEST_CASE("a referral email becomes a draft, and completing it files the attachments with the family",
          "[referral]") {
    test::TestDatabase t;
    Database& db = t.db();
    const QByteArray pdf = test::minimalPdf({QStringLiteral("LIFT referral form: aims 1 and 3")});
    const ReferralEmail email = parseReferralEmail(multipartReferral(pdf)).value();
    ReferralDraftRepository drafts(db);
    auto id = drafts.create(email, QStringLiteral("referral.eml"), asDocuments(email));
    INFO(id.error().toStdString());
    REQUIRE(id.isOk());

    const ReferralDraft draft = drafts.get(*id).value();
    CHECK(draft.status == ReferralDraft::Status::Draft);
    CHECK(draft.subject == email.subject);
    CHECK(draft.body == email.body);
    CHECK(draft.sentAt == email.sentAt);
    CHECK(draft.sourceFile == QStringLiteral("referral.eml"));
    CHECK(drafts.list().size() == 1);
    const std::vector<Document> attached = DocumentRepository(db).forReferralDraft(*id);
    REQUIRE(attached.size() == 1);
    CHECK(attached.front().familyId == 0);
    CHECK(attached.front().source == QStringLiteral("email"));

    SECTION("the same email again is refused, and nothing more is written") {
        auto again = drafts.create(email, QStringLiteral("referral.eml"), asDocuments(email));
        REQUIRE_FALSE(again.isOk());
        CHECK(again.error().contains(QStringLiteral("imported before")));
        CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM referral_drafts")) == 1);
        CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM documents")) == 1);
    }
    SECTION("completing it moves the attachment into the family's folder, searchable") {
        const Family f = test::makeFamily(db, QStringLiteral("Bronte"));
        const Involvement inv = test::allocate(
            db, f.id,
            test::makeWorker(db, QStringLiteral("Ada Author"), QStringLiteral("Blaby Early Help")).id);
        REQUIRE(drafts.complete(*id, f.id, inv.id).isOk());
        CHECK(drafts.get(*id)->status == ReferralDraft::Status::Completed);
        CHECK(drafts.list().empty());
        CHECK(drafts.list(true).size() == 1);
        const std::vector<Document> filed = DocumentRepository(db).forFamily(f.id);
        REQUIRE(filed.size() == 1);
        CHECK(filed.front().involvementId == inv.id);
        CHECK(DocumentRepository(db).content(filed.front().id).value() == pdf);
        CHECK(searchRecords(db, QStringLiteral("aims")).hitCount == 1);
        CHECK_FALSE(drafts.complete(*id, f.id, inv.id).isOk());
        CHECK(DocumentRepository(db).eventsForFamily(f.id).size() == 1);
    }
    SECTION("discarding needs a reason and deletes the attachments") {
        CHECK_FALSE(drafts.discard(*id, QStringLiteral(" ")).isOk());
        REQUIRE(
            drafts.discard(*id, QStringLiteral("Sent to us in error; forwarded to the right team")).isOk());
        const ReferralDraft gone = drafts.get(*id).value();
        CHECK(gone.status == ReferralDraft::Status::Discarded);
        CHECK(gone.decisionNote == QStringLiteral("Sent to us in error; forwarded to the right team"));
        CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM documents")) == 0);
        CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM document_contents")) == 0);
    }
}

TEST_CASE("an email with an attachment too large to keep is refused whole", "[referral]") {
    test::TestDatabase t;
    ReferralEmail email = parseReferralEmail(htmlOnly()).value();
    NewDocument huge =
        filing::documentFromBytes(QStringLiteral("scan.pdf"), QByteArray(21 * 1024 * 1024, 'x'));
    auto refused = ReferralDraftRepository(t.db()).create(email, QStringLiteral("big.eml"), {huge});
    REQUIRE_FALSE(refused.isOk());
    CHECK(refused.error().contains(QStringLiteral("scan.pdf")));
    CHECK(count(t.db(), QStringLiteral("SELECT COUNT(*) FROM referral_drafts")) == 0);
}
