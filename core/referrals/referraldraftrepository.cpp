#include "referrals/referraldraftrepository.h"

#include "access/accesspolicy.h"
#include "documents/documentrepository.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "util/trcontext.h"

#include <QSqlQuery>

namespace waymark {

namespace {

const char* const kColumns =
    "id, status, sender_name, sender_address, sent_at, subject, body, message_id, "
    "source_file, imported_at, imported_by, family_id, involvement_id, completed_at, "
    "completed_by, decision_note";

ReferralDraft::Status statusFromCode(const QString& code) {
    if (code == QLatin1String("completed"))
        return ReferralDraft::Status::Completed;
    if (code == QLatin1String("discarded"))
        return ReferralDraft::Status::Discarded;
    return ReferralDraft::Status::Draft;
}

ReferralDraft readDraft(const QSqlQuery& q) {
    ReferralDraft d;
    d.id = q.value(0).toLongLong();
    d.status = statusFromCode(q.value(1).toString());
    d.senderName = q.value(2).toString();
    d.senderAddress = q.value(3).toString();
    d.sentAt = utcFromText(q.value(4).toString());
    d.subject = q.value(5).toString();
    d.body = q.value(6).toString();
    d.messageId = q.value(7).toString();
    d.sourceFile = q.value(8).toString();
    d.importedAt = utcFromText(q.value(9).toString());
    d.importedBy = q.value(10).toString();
    d.familyId = q.value(11).toLongLong();
    d.involvementId = q.value(12).toLongLong();
    d.completedAt = utcFromText(q.value(13).toString());
    d.completedBy = q.value(14).toString();
    d.decisionNote = q.value(15).toString();
    return d;
}

QString signedInName(const Database& db) {
    return db.account() ? db.account()->displayName : QString();
}

QString orEmpty(const QString& s) {
    return s.isNull() ? QStringLiteral("") : s;
}

} // namespace

QString referralDraftStatusCode(ReferralDraft::Status status) {
    switch (status) {
    case ReferralDraft::Status::Completed:
        return QStringLiteral("completed");
    case ReferralDraft::Status::Discarded:
        return QStringLiteral("discarded");
    case ReferralDraft::Status::Draft:
        break;
    }
    return QStringLiteral("draft");
}

Result<qint64> ReferralDraftRepository::create(const ReferralEmail& email, const QString& sourceFile,
                                               const std::vector<NewDocument>& attachments) {
    // Anyone who may start a new family's record may take in a referral.
    if (Status s = access::requireWrite(m_db, 0); !s)
        return s;
    // Every attachment is checked before anything is written: one that cannot be kept (over the
    // size limit) refuses the whole email, with its name.
    for (NewDocument checked : attachments) {
        checked.referralDraftId = -1; // stands for the draft about to be made
        if (const QStringList issues = validateNewDocument(checked); !issues.isEmpty())
            return Status::failure(
                Documents::tr("attachment \"%1\": %2").arg(checked.fileName, issues.join(QLatin1Char(' '))));
    }
    Transaction tx(m_db);
    if (!email.messageId.isEmpty()) {
        auto q = m_db.run(QStringLiteral("SELECT id FROM referral_drafts WHERE message_id = ?"),
                          {email.messageId}, "checking for the same email");
        if (!q)
            return q.status();
        QSqlQuery found = std::move(q).value();
        if (found.next())
            return Status::failure(Documents::tr("This email was imported before, as referral email %1; it "
                                                 "was not imported again.")
                                       .arg(found.value(0).toLongLong()));
    }
    auto id = m_db.insert(
        QStringLiteral("referral_drafts"),
        {{QStringLiteral("status"), QStringLiteral("draft")},
         {QStringLiteral("sender_name"), orEmpty(email.senderName)},
         {QStringLiteral("sender_address"), orEmpty(email.senderAddress)},
         {QStringLiteral("sent_at"), email.sentAt.isValid() ? QVariant(utcToText(email.sentAt)) : QVariant()},
         {QStringLiteral("subject"), orEmpty(email.subject)},
         {QStringLiteral("body"), orEmpty(email.body)},
         {QStringLiteral("message_id"), orEmpty(email.messageId)},
         {QStringLiteral("source_file"), orEmpty(sourceFile)},
         {QStringLiteral("imported_at"), m_db.nowText()},
         {QStringLiteral("imported_by"), signedInName(m_db)}},
        "taking in the referral email");
    if (!id)
        return id.status();
    for (NewDocument a : attachments) {
        a.familyId = 0;
        a.referralDraftId = *id;
        a.source = QStringLiteral("email");
        auto filed = DocumentRepository(m_db).attach(a);
        if (!filed)
            return Status::failure(Documents::tr("attachment \"%1\": %2").arg(a.fileName, filed.error()));
    }
    if (Status s = tx.commit(); !s)
        return s;
    return *id;
}

Result<ReferralDraft> ReferralDraftRepository::get(qint64 id) const {
    if (Status s = access::require(m_db, access::Action::WorkWithCases); !s)
        return s;
    auto q =
        m_db.run(QStringLiteral("SELECT %1 FROM referral_drafts WHERE id = ?").arg(QLatin1String(kColumns)),
                 {id}, "reading a referral email");
    if (!q)
        return q.status();
    QSqlQuery query = std::move(q).value();
    if (!query.next())
        return Status::failure(Documents::tr("There is no referral email %1.").arg(id));
    return readDraft(query);
}

std::vector<ReferralDraft> ReferralDraftRepository::list(bool includeDone) const {
    std::vector<ReferralDraft> out;
    if (!access::require(m_db, access::Action::WorkWithCases))
        return out;
    auto q = m_db.run(
        QStringLiteral("SELECT %1 FROM referral_drafts %2 ORDER BY status <> 'draft', imported_at "
                       "DESC, id DESC")
            .arg(QLatin1String(kColumns), includeDone ? QString() : QStringLiteral("WHERE status = 'draft'")),
        {}, "listing referral emails");
    if (!q)
        return out;
    QSqlQuery query = std::move(q).value();
    while (query.next())
        out.push_back(readDraft(query));
    return out;
}

Status ReferralDraftRepository::complete(qint64 draftId, qint64 familyId, qint64 involvementId) {
    auto draft = get(draftId);
    if (!draft)
        return draft.status();
    if (draft->status != ReferralDraft::Status::Draft)
        return Status::failure(Documents::tr("Referral email %1 was already dealt with.").arg(draftId));
    if (Status s = access::requireWrite(m_db, familyId); !s)
        return s;
    Transaction tx(m_db);
    // Checks that the involvement is the family's, as for any document.
    if (Status s = DocumentRepository(m_db).moveDraftDocumentsToFamily(draftId, familyId, involvementId); !s)
        return s;
    if (Status s = m_db.update(QStringLiteral("referral_drafts"), draftId,
                               {{QStringLiteral("status"), QStringLiteral("completed")},
                                {QStringLiteral("family_id"), familyId},
                                {QStringLiteral("involvement_id"), nullableId(involvementId)},
                                {QStringLiteral("completed_at"), m_db.nowText()},
                                {QStringLiteral("completed_by"), signedInName(m_db)}},
                               "completing the referral");
        !s)
        return s;
    return tx.commit();
}

Status ReferralDraftRepository::discard(qint64 draftId, const QString& reason) {
    auto draft = get(draftId);
    if (!draft)
        return draft.status();
    if (draft->status != ReferralDraft::Status::Draft)
        return Status::failure(Documents::tr("Referral email %1 was already dealt with.").arg(draftId));
    if (reason.trimmed().isEmpty())
        return Status::failure(Documents::tr("reason: say why this email is not a referral to complete."));
    if (Status s = access::requireWrite(m_db, 0); !s)
        return s;
    Transaction tx(m_db);
    // The attachments never reached a family: nothing of them is kept.
    auto docs =
        m_db.run(QStringLiteral("SELECT id FROM documents WHERE referral_draft_id = ? AND family_id IS NULL"),
                 {draftId}, "discarding the referral email");
    if (!docs)
        return docs.status();
    QSqlQuery rows = std::move(docs).value();
    QList<qint64> ids;
    while (rows.next())
        ids << rows.value(0).toLongLong();
    for (qint64 id : ids)
        if (Status s = m_db.remove(QStringLiteral("documents"), id, "discarding the referral email"); !s)
            return s;
    if (Status s = m_db.update(QStringLiteral("referral_drafts"), draftId,
                               {{QStringLiteral("status"), QStringLiteral("discarded")},
                                {QStringLiteral("completed_at"), m_db.nowText()},
                                {QStringLiteral("completed_by"), signedInName(m_db)},
                                {QStringLiteral("decision_note"), reason.trimmed()}},
                               "discarding the referral email");
        !s)
        return s;
    return tx.commit();
}

} // namespace waymark
