// Referral emails waiting to be completed (issue 7), driven offscreen. Every name is invented.
#include "documents/documentrepository.h"
#include "family/familyview.h"
#include "filing/documentfile.h"
#include "mainwindow.h"
#include "referrals/referraldraftrepository.h"
#include "referrals/referralemail.h"
#include "referrals/referralinboxwindow.h"
#include "storage/familyrepository.h"
#include "storage/involvementrepository.h"
#include "support/screenshot.h"
#include "support/testdatabase.h"

#include <QAction>
#include <QTableWidget>

#include <catch2/catch.hpp>

using namespace waymark;

namespace {
qint64 importEmail(Database& db) {
    const QByteArray eml = "From: Head of Year <hoy@academy.example.org>\r\n"
                           "Subject: Referral: Quarrie family\r\n"
                           "Date: Thu, 19 Nov 2026 11:20:00 +0000\r\n"
                           "Message-ID: <quarrie@academy.example.org>\r\n"
                           "MIME-Version: 1.0\r\n"
                           "Content-Type: multipart/mixed; boundary=\"x\"\r\n\r\n"
                           "--x\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n"
                           "Jody (12) has missed 14 days this term. Mum asks for support.\r\n"
                           "--x\r\nContent-Type: text/plain\r\n"
                           "Content-Disposition: attachment; filename=\"attendance letter.txt\"\r\n\r\n"
                           "Attendance record for the autumn term.\r\n--x--\r\n";
    const ReferralEmail email = parseReferralEmail(eml).value();
    std::vector<NewDocument> attachments;
    for (const ReferralAttachment& a : email.attachments)
        attachments.push_back(filing::documentFromBytes(a.fileName, a.bytes));
    return ReferralDraftRepository(db).create(email, QStringLiteral("quarrie.eml"), attachments).value();
}
} // namespace

TEST_CASE("Referral emails: a waiting email is completed as a new family with its attachment filed",
          "[referral]") {
    test::TestDatabase t;
    Database& db = t.db();
    const qint64 draftId = importEmail(db);

    MainWindow window(t.shared());
    window.show();
    QAction* action = window.findChild<QAction*>(QStringLiteral("actionReferralEmails"));
    REQUIRE(action);
    action->trigger();
    ReferralInboxWindow* inbox = window.referralInbox();
    REQUIRE(inbox);
    REQUIRE(inbox->table()->rowCount() == 1);
    CHECK(inbox->table()->item(0, 2)->text() == QStringLiteral("Referral: Quarrie family"));
    CHECK(inbox->table()->item(0, 3)->text() == QStringLiteral("1"));
    CHECK(inbox->detailHtml().contains(QStringLiteral("missed 14 days")));
    CHECK(inbox->detailHtml().contains(QStringLiteral("attendance letter.txt")));
    test::saveScreenshot(inbox, QStringLiteral("referral-inbox"));

    // The completion dialog is filled in from the email.
    CompleteReferralDialog dialog(ReferralDraftRepository(db).get(draftId).value());
    ReferralCompletion c = dialog.value();
    CHECK(c.referralSource == QStringLiteral("school")); // an academy's address
    CHECK(c.referralDate == QDate(2026, 11, 19));
    CHECK(c.referralReason.startsWith(QStringLiteral("Referral: Quarrie family")));
    dialog.show();
    test::saveScreenshot(&dialog, QStringLiteral("referral-complete"));

    c.familyName = QStringLiteral("Quarrie family");
    c.service = QStringLiteral("early_help_targeted");
    REQUIRE(inbox->selectDraft(draftId));
    auto familyId = inbox->completeSelected(c);
    INFO(familyId.error().toStdString());
    REQUIRE(familyId.isOk());
    CHECK(inbox->table()->rowCount() == 0);
    CHECK(window.familyView()->familyId() == *familyId);
    const std::vector<Involvement> work = InvolvementRepository(db).forFamily(*familyId);
    REQUIRE(work.size() == 1);
    CHECK(work.front().referralDate == QDate(2026, 11, 19));
    CHECK(work.front().status == QStringLiteral("referred"));
    const std::vector<Document> filed = DocumentRepository(db).forFamily(*familyId);
    REQUIRE(filed.size() == 1);
    CHECK(filed.front().fileName == QStringLiteral("attendance letter.txt"));
    CHECK(filed.front().involvementId == work.front().id);
}

TEST_CASE("Referral emails: a completion that cannot be saved leaves the email waiting and writes nothing",
          "[referral]") {
    test::TestDatabase t;
    Database& db = t.db();
    const qint64 draftId = importEmail(db);
    ReferralInboxWindow inbox(db);
    REQUIRE(inbox.selectDraft(draftId));
    ReferralCompletion c;
    c.familyName = QStringLiteral("Quarrie family");
    c.service = QStringLiteral("no_such_service");
    c.referralDate = QDate(2026, 11, 19);
    CHECK_FALSE(inbox.completeSelected(c).isOk());
    CHECK(FamilyRepository(db).count() == 0);
    CHECK(ReferralDraftRepository(db).get(draftId)->status == ReferralDraft::Status::Draft);
    CHECK_FALSE(inbox.discardSelected(QString()).isOk());
    REQUIRE(inbox.discardSelected(QStringLiteral("Duplicate of an earlier referral")).isOk());
    CHECK(ReferralDraftRepository(db).get(draftId)->status == ReferralDraft::Status::Discarded);
}
