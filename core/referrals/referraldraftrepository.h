#pragma once

#include "documents/document.h"
#include "referrals/referralemail.h"
#include "util/result.h"

#include <QDateTime>

#include <vector>

namespace waymark {

class Database;

// A referral that arrived by email, waiting for a person to complete it (the LIFT procedure and
// the Early Help front door both receive referrals by email). Its attachments are documents with
// no family yet; completing it files them in the family's folder.
struct ReferralDraft {
    enum class Status { Draft, Completed, Discarded };
    qint64 id = 0;
    Status status = Status::Draft;
    QString senderName;
    QString senderAddress;
    QDateTime sentAt; // UTC; invalid when the email had no readable date
    QString subject;
    QString body;
    QString messageId;
    QString sourceFile; // the .eml file's name, not its folder
    QDateTime importedAt;
    QString importedBy;
    qint64 familyId = 0;
    qint64 involvementId = 0;
    QDateTime completedAt;
    QString completedBy;
    QString decisionNote; // why it was discarded
};

QString referralDraftStatusCode(ReferralDraft::Status status);

class ReferralDraftRepository {
public:
    explicit ReferralDraftRepository(Database& db)
        : m_db(db) {}

    // The draft and its attachments (already read into documents: type, text) in one
    // transaction: all of it or nothing. An email already imported (the same Message-ID) is
    // refused, so running the import twice makes one draft.
    Result<qint64> create(const ReferralEmail& email, const QString& sourceFile,
                          const std::vector<NewDocument>& attachments);
    Result<ReferralDraft> get(qint64 id) const;
    // Waiting drafts first, newest first; completed and discarded ones when asked for.
    std::vector<ReferralDraft> list(bool includeDone = false) const;
    // The family and involvement a person made from it: the attachments join that family's
    // folder and the draft is marked completed, in one transaction.
    Status complete(qint64 draftId, qint64 familyId, qint64 involvementId);
    // Not a referral after all (a duplicate, sent in error): kept, with the reason; its
    // attachments are deleted with their bytes.
    Status discard(qint64 draftId, const QString& reason);

private:
    Database& m_db;
};

} // namespace waymark
