#include "audit/auditlog.h"
#include "exchange/ehcontactexchange.h"
#include "exchange/ehformexchange.h"
#include "exchange/ehintakeexchange.h"
#include "exchange/importdocument.h"
#include "exchange/jsonexchange.h"
#include "exchange/liftexchange.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "util/trcontext.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace waymark {

namespace {

using exchange::Document;

Status requireEmpty(Database& db) {
    for (const char* table : {"workers", "people", "families"}) {
        auto count = db.run(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)), {},
                            "checking the database is empty");
        if (!count)
            return count.status();
        QSqlQuery q = std::move(count).value();
        if (!q.next() || q.value(0).toLongLong() != 0)
            return Status::failure(Exchange::tr(
                "import needs an empty database, and this one already has workers, people or families."));
    }
    // Mentors are not family records, so check them too: an import never merges mentor lists.
    auto mentors =
        db.run(QStringLiteral("SELECT COUNT(*) FROM lift_mentors"), {}, "checking the database is empty");
    if (!mentors)
        return mentors.status();
    QSqlQuery q = std::move(mentors).value();
    if (!q.next() || q.value(0).toLongLong() != 0)
        return Status::failure(
            Exchange::tr("import needs an empty database, and this one already has LIFT mentors."));
    return Status::ok();
}

// Ids are written explicitly so that every reference in the file still holds. The caller's
// transaction makes the whole write one unit.
Status writeDocument(Database& db, const Document& doc) {
    using Columns = std::vector<std::pair<QString, QVariant>>;
    for (const Worker& w : doc.workers) {
        const Columns columns = {
            {QStringLiteral("id"), w.id},
            {QStringLiteral("name"), w.name},
            {QStringLiteral("role"), w.role},
            {QStringLiteral("team"), w.team},
            {QStringLiteral("email"), w.email},
            {QStringLiteral("phone"), w.phone},
            {QStringLiteral("active"), w.active ? 1 : 0},
        };
        if (auto done = db.insert(QStringLiteral("workers"), columns, "importing workers"); !done)
            return done.status();
    }
    for (const auto& [p, stamps] : doc.people) {
        const Columns columns = {
            {QStringLiteral("id"), p.id},
            {QStringLiteral("given_names"), p.givenNames},
            {QStringLiteral("family_name"), p.familyName},
            {QStringLiteral("known_as"), p.knownAs},
            {QStringLiteral("date_of_birth"), nullableText(dateToText(p.dateOfBirth))},
            {QStringLiteral("dob_expected"), p.dateOfBirthIsExpected ? 1 : 0},
            {QStringLiteral("gender"), p.gender},
            {QStringLiteral("ethnicity"), p.ethnicity},
            {QStringLiteral("first_language"), p.firstLanguage},
            {QStringLiteral("address_line1"), p.address.line1},
            {QStringLiteral("address_line2"), p.address.line2},
            {QStringLiteral("town"), p.address.town},
            {QStringLiteral("postcode"), p.address.postcode},
            {QStringLiteral("phone"), p.phone},
            {QStringLiteral("email"), p.email},
            {QStringLiteral("social_care_number"), p.socialCareNumber},
            {QStringLiteral("case_system_number"), p.caseSystemNumber},
            {QStringLiteral("nhs_number"), p.nhsNumber},
            {QStringLiteral("search_text"), p.searchText()},
            {QStringLiteral("created_at"), stamps.createdAt},
            {QStringLiteral("updated_at"), stamps.updatedAt},
        };
        if (auto done = db.insert(QStringLiteral("people"), columns, "importing people"); !done)
            return done.status();
    }
    for (const auto& [f, stamps] : doc.families) {
        const Columns columns = {
            {QStringLiteral("id"), f.id},
            {QStringLiteral("name"), f.name},
            {QStringLiteral("kinship_status"), f.kinshipStatus},
            {QStringLiteral("eh_locality"), f.earlyHelpLocality},
            {QStringLiteral("ufrn"), f.ufrn},
            {QStringLiteral("address_line1"), f.address.line1},
            {QStringLiteral("address_line2"), f.address.line2},
            {QStringLiteral("town"), f.address.town},
            {QStringLiteral("postcode"), f.address.postcode},
            {QStringLiteral("created_at"), stamps.createdAt},
            {QStringLiteral("updated_at"), stamps.updatedAt},
        };
        if (auto done = db.insert(QStringLiteral("families"), columns, "importing families"); !done)
            return done.status();
        int position = 0;
        for (const FamilyMember& m : f.members) {
            auto done =
                db.run(QStringLiteral("INSERT INTO family_members (family_id, person_id, relationship, "
                                      "parental_responsibility, lives_in_household, position) "
                                      "VALUES (?, ?, ?, ?, ?, ?)"),
                       {f.id, m.personId, m.relationship, m.hasParentalResponsibility ? 1 : 0,
                        m.livesInHousehold ? 1 : 0, position++},
                       "importing family members");
            if (!done)
                return done.status();
        }
    }
    for (const auto& [inv, stamps] : doc.involvements) {
        const Columns columns = {
            {QStringLiteral("id"), inv.id},
            {QStringLiteral("family_id"), inv.familyId},
            {QStringLiteral("service"), inv.service},
            {QStringLiteral("referral_date"), dateToText(inv.referralDate)},
            {QStringLiteral("referral_source"), inv.referralSource},
            {QStringLiteral("referral_reason"), inv.referralReason},
            {QStringLiteral("allocated_worker_id"), nullableId(inv.allocatedWorkerId)},
            {QStringLiteral("status"), inv.status},
            {QStringLiteral("opened_on"), nullableText(dateToText(inv.openedOn))},
            {QStringLiteral("closed_on"), nullableText(dateToText(inv.closedOn))},
            {QStringLiteral("closure_outcome"), inv.closureOutcome},
            {QStringLiteral("closure_note"), inv.closureNote},
            {QStringLiteral("placement_type"), inv.placementType},
            {QStringLiteral("created_at"), stamps.createdAt},
            {QStringLiteral("updated_at"), stamps.updatedAt},
        };
        if (auto done = db.insert(QStringLiteral("involvements"), columns, "importing involvements"); !done)
            return done.status();
    }
    for (size_t i = 0; i < doc.caseNotes.size(); ++i) {
        const auto& [n, stamps] = doc.caseNotes[i];
        const Columns columns = {
            {QStringLiteral("id"), n.id},
            {QStringLiteral("family_id"), n.familyId},
            {QStringLiteral("involvement_id"), nullableId(n.involvementId)},
            {QStringLiteral("contact_at"), doc.contactAt[i]},
            {QStringLiteral("note_type"), n.noteType},
            {QStringLiteral("subject"), n.subject},
            {QStringLiteral("location"), n.location},
            {QStringLiteral("present"), n.present},
            {QStringLiteral("outcomes_addressed"), n.outcomesAddressed},
            {QStringLiteral("purpose"), n.purpose},
            {QStringLiteral("what_worked_well"), n.whatWorkedWell},
            {QStringLiteral("worries"), n.worries},
            {QStringLiteral("voice"), n.voice},
            {QStringLiteral("next_steps"), n.nextSteps},
            {QStringLiteral("author_worker_id"), nullableId(n.authorWorkerId)},
            {QStringLiteral("restricted"), n.restricted ? 1 : 0},
            {QStringLiteral("created_at"), stamps.createdAt},
            {QStringLiteral("updated_at"), stamps.updatedAt},
        };
        if (auto done = db.insert(QStringLiteral("case_notes"), columns, "importing case notes"); !done)
            return done.status();
        for (qint64 personId : n.personIds) {
            auto done =
                db.run(QStringLiteral("INSERT INTO case_note_people (note_id, person_id) VALUES (?, ?)"),
                       {n.id, personId}, "importing case notes");
            if (!done)
                return done.status();
        }
    }
    for (const auto& [e, createdAt] : doc.caseEvents) {
        const Columns columns = {
            {QStringLiteral("id"), e.id},
            {QStringLiteral("family_id"), e.familyId},
            {QStringLiteral("involvement_id"), nullableId(e.involvementId)},
            {QStringLiteral("person_id"), nullableId(e.personId)},
            {QStringLiteral("kind"), e.kind},
            {QStringLiteral("event_date"), dateToText(e.date)},
            {QStringLiteral("event_time"),
             nullableText(e.time.isValid() ? e.time.toString(QStringLiteral("HH:mm")) : QString())},
            {QStringLiteral("note"), e.note},
            {QStringLiteral("recorded_by_worker_id"), nullableId(e.recordedByWorkerId)},
            {QStringLiteral("created_at"), createdAt},
        };
        if (auto done = db.insert(QStringLiteral("case_events"), columns, "importing case events"); !done)
            return done.status();
    }
    for (const auto& [x, grantedAt] : doc.deadlineExtensions) {
        const Columns columns = {
            {QStringLiteral("id"), x.id},
            {QStringLiteral("family_id"), x.familyId},
            {QStringLiteral("involvement_id"), nullableId(x.involvementId)},
            {QStringLiteral("person_id"), nullableId(x.personId)},
            {QStringLiteral("rule_id"), x.ruleId},
            {QStringLiteral("original_due"), dateToText(x.originalDue)},
            {QStringLiteral("new_due"), dateToText(x.newDue)},
            {QStringLiteral("new_due_time"),
             nullableText(x.newDueTime.isValid() ? x.newDueTime.toString(QStringLiteral("HH:mm"))
                                                 : QString())},
            {QStringLiteral("reason"), x.reason},
            {QStringLiteral("granted_by_worker_id"), x.grantedByWorkerId},
            {QStringLiteral("granted_at"), grantedAt},
        };
        if (auto done =
                db.insert(QStringLiteral("deadline_extensions"), columns, "importing deadline extensions");
            !done)
            return done.status();
    }
    for (const exchange::ImportedDraft& d : doc.drafts) {
        auto done = db.run(
            QStringLiteral("INSERT INTO drafts (key, family_id, content, updated_at) VALUES (?, ?, ?, ?)"),
            {d.key, nullableId(d.familyId), d.content, d.updatedAt}, "importing drafts");
        if (!done)
            return done.status();
    }
    if (Status s = exchange::writeLift(db, doc.lift); !s)
        return s;
    if (Status s = exchange::writeEhIntake(db, doc.ehIntake); !s)
        return s;
    if (Status s = exchange::writeEhContact(db, doc.ehContact); !s)
        return s;
    if (Status s = exchange::writeEhForms(db, doc.ehForms); !s)
        return s;
    if (Status s = exchange::writeDocuments(db, doc.folder); !s)
        return s;
    if (doc.demo)
        return db.setMeta(QStringLiteral("demo"), QStringLiteral("1"));
    return Status::ok();
}

} // namespace

Status importJson(Database& db, const QByteArray& json) {
    // One transaction from the emptiness check to the last row: no other window can add records
    // in between, and any failure rolls back every row written so far.
    Transaction tx(db);
    if (!tx.isActive())
        return Status::failure(tx.beginError());
    if (Status s = requireEmpty(db); !s)
        return s;
    exchange::Document doc;
    if (Status s = exchange::parseDocument(db, json, doc); !s)
        return s;
    audit::BulkOperation bulk(db, QStringLiteral("import"));
    if (Status s = writeDocument(db, doc); !s)
        return s;
    bulk.addDetail(QStringLiteral("bytes"), double(json.size()));
    if (Status s = bulk.finish(); !s)
        return s;
    return tx.commit();
}

} // namespace waymark
