#include "exchange/documentexchange.h"
#include "exchange/ehcontactexchange.h"
#include "exchange/ehformexchange.h"
#include "exchange/ehintakeexchange.h"
#include "exchange/exchangeformat.h"
#include "exchange/exportcolumns.h"
#include "exchange/jsonexchange.h"
#include "exchange/liftexchange.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTime>

#include <functional>

namespace waymark {

namespace {

using namespace exchange; // the column readers (exchange/exportcolumns.h)

// The export reads the tables directly rather than through the repositories: it must carry
// every stored column (timestamps the domain structs do not hold), in id order, and it must not
// depend on how a screen wants records sorted.
Status exportWorkers(Database& db, QJsonArray& out) {
    return eachRow(
        db, QStringLiteral("SELECT id, name, role, team, email, phone, active FROM workers ORDER BY id"),
        "exporting workers", [&](const QSqlQuery& q) {
            out.append(QJsonObject{{QStringLiteral("id"), id(q, 0)},
                                   {QStringLiteral("name"), text(q, 1)},
                                   {QStringLiteral("role"), text(q, 2)},
                                   {QStringLiteral("team"), text(q, 3)},
                                   {QStringLiteral("email"), text(q, 4)},
                                   {QStringLiteral("phone"), text(q, 5)},
                                   {QStringLiteral("active"), flag(q, 6)}});
        });
}

Status exportPeople(Database& db, QJsonArray& out) {
    // search_text is left out: it is derived from the other columns and rebuilt on import.
    return eachRow(
        db,
        QStringLiteral("SELECT id, given_names, family_name, known_as, date_of_birth, dob_expected, "
                       "gender, ethnicity, first_language, address_line1, address_line2, town, postcode, "
                       "phone, email, social_care_number, case_system_number, nhs_number, created_at, "
                       "updated_at FROM people ORDER BY id"),
        "exporting people", [&](const QSqlQuery& q) {
            out.append(QJsonObject{{QStringLiteral("id"), id(q, 0)},
                                   {QStringLiteral("givenNames"), text(q, 1)},
                                   {QStringLiteral("familyName"), text(q, 2)},
                                   {QStringLiteral("knownAs"), text(q, 3)},
                                   {QStringLiteral("dateOfBirth"), dateOrNull(q, 4)},
                                   {QStringLiteral("dateOfBirthIsExpected"), flag(q, 5)},
                                   {QStringLiteral("gender"), text(q, 6)},
                                   {QStringLiteral("ethnicity"), text(q, 7)},
                                   {QStringLiteral("firstLanguage"), text(q, 8)},
                                   {QStringLiteral("address"), address(q, 9)},
                                   {QStringLiteral("phone"), text(q, 13)},
                                   {QStringLiteral("email"), text(q, 14)},
                                   {QStringLiteral("socialCareNumber"), text(q, 15)},
                                   {QStringLiteral("caseSystemNumber"), text(q, 16)},
                                   {QStringLiteral("nhsNumber"), text(q, 17)},
                                   {QStringLiteral("createdAt"), utc(q, 18)},
                                   {QStringLiteral("updatedAt"), utc(q, 19)}});
        });
}

Status exportFamilies(Database& db, QJsonArray& out) {
    // Members in stored order (position), which is the order the family screen shows them.
    QHash<qint64, QJsonArray> members;
    Status read =
        eachRow(db,
                QStringLiteral("SELECT family_id, person_id, relationship, parental_responsibility, "
                               "lives_in_household FROM family_members "
                               "ORDER BY family_id, position, person_id"),
                "exporting family members", [&](const QSqlQuery& q) {
                    members[q.value(0).toLongLong()].append(
                        QJsonObject{{QStringLiteral("personId"), id(q, 1)},
                                    {QStringLiteral("relationship"), text(q, 2)},
                                    {QStringLiteral("hasParentalResponsibility"), flag(q, 3)},
                                    {QStringLiteral("livesInHousehold"), flag(q, 4)}});
                });
    if (!read)
        return read;
    return eachRow(
        db,
        QStringLiteral("SELECT id, name, kinship_status, address_line1, address_line2, town, postcode, "
                       "created_at, updated_at, eh_locality, ufrn FROM families ORDER BY id"),
        "exporting families", [&](const QSqlQuery& q) {
            out.append(QJsonObject{{QStringLiteral("id"), id(q, 0)},
                                   {QStringLiteral("name"), text(q, 1)},
                                   {QStringLiteral("kinshipStatus"), text(q, 2)},
                                   {QStringLiteral("earlyHelpLocality"), text(q, 9)},
                                   {QStringLiteral("ufrn"), text(q, 10)},
                                   {QStringLiteral("address"), address(q, 3)},
                                   {QStringLiteral("members"), members.value(q.value(0).toLongLong())},
                                   {QStringLiteral("createdAt"), utc(q, 7)},
                                   {QStringLiteral("updatedAt"), utc(q, 8)}});
        });
}

Status exportInvolvements(Database& db, QJsonArray& out) {
    return eachRow(
        db,
        QStringLiteral("SELECT id, family_id, service, referral_date, referral_source, referral_reason, "
                       "allocated_worker_id, status, opened_on, closed_on, closure_outcome, closure_note, "
                       "created_at, updated_at, placement_type FROM involvements ORDER BY id"),
        "exporting involvements", [&](const QSqlQuery& q) {
            out.append(QJsonObject{{QStringLiteral("id"), id(q, 0)},
                                   {QStringLiteral("familyId"), id(q, 1)},
                                   {QStringLiteral("service"), text(q, 2)},
                                   {QStringLiteral("referralDate"), dateOrNull(q, 3)},
                                   {QStringLiteral("referralSource"), text(q, 4)},
                                   {QStringLiteral("referralReason"), text(q, 5)},
                                   {QStringLiteral("allocatedWorkerId"), idOrNull(q, 6)},
                                   {QStringLiteral("status"), text(q, 7)},
                                   {QStringLiteral("openedOn"), dateOrNull(q, 8)},
                                   {QStringLiteral("closedOn"), dateOrNull(q, 9)},
                                   {QStringLiteral("closureOutcome"), text(q, 10)},
                                   {QStringLiteral("closureNote"), text(q, 11)},
                                   {QStringLiteral("placementType"), text(q, 14)},
                                   {QStringLiteral("createdAt"), utc(q, 12)},
                                   {QStringLiteral("updatedAt"), utc(q, 13)}});
        });
}

Status exportCaseNotes(Database& db, QJsonArray& out) {
    QHash<qint64, QJsonArray> people;
    Status read = eachRow(
        db, QStringLiteral("SELECT note_id, person_id FROM case_note_people ORDER BY note_id, person_id"),
        "exporting case notes",
        [&](const QSqlQuery& q) { people[q.value(0).toLongLong()].append(id(q, 1)); });
    if (!read)
        return read;
    return eachRow(
        db,
        QStringLiteral("SELECT id, family_id, involvement_id, contact_at, note_type, subject, location, "
                       "present, outcomes_addressed, purpose, what_worked_well, worries, voice, next_steps, "
                       "author_worker_id, created_at, updated_at, restricted FROM case_notes ORDER BY id"),
        "exporting case notes", [&](const QSqlQuery& q) {
            out.append(QJsonObject{{QStringLiteral("id"), id(q, 0)},
                                   {QStringLiteral("familyId"), id(q, 1)},
                                   {QStringLiteral("involvementId"), idOrNull(q, 2)},
                                   {QStringLiteral("contactAt"), wallClock(q, 3)},
                                   {QStringLiteral("noteType"), text(q, 4)},
                                   {QStringLiteral("subject"), text(q, 5)},
                                   {QStringLiteral("location"), text(q, 6)},
                                   {QStringLiteral("present"), text(q, 7)},
                                   {QStringLiteral("outcomesAddressed"), text(q, 8)},
                                   {QStringLiteral("purpose"), text(q, 9)},
                                   {QStringLiteral("whatWorkedWell"), text(q, 10)},
                                   {QStringLiteral("worries"), text(q, 11)},
                                   {QStringLiteral("voice"), text(q, 12)},
                                   {QStringLiteral("nextSteps"), text(q, 13)},
                                   {QStringLiteral("authorWorkerId"), idOrNull(q, 14)},
                                   {QStringLiteral("personIds"), people.value(q.value(0).toLongLong())},
                                   {QStringLiteral("createdAt"), utc(q, 15)},
                                   {QStringLiteral("updatedAt"), utc(q, 16)},
                                   {QStringLiteral("restricted"), q.value(17).toBool()}});
        });
}

// A stored "HH:mm" time, or null when the date alone is known.
QJsonValue timeOrNull(const QSqlQuery& q, int i) {
    const QTime time = QTime::fromString(q.value(i).toString(), QStringLiteral("HH:mm"));
    return time.isValid() ? QJsonValue(time.toString(QStringLiteral("HH:mm"))) : QJsonValue(QJsonValue::Null);
}

Status exportCaseEvents(Database& db, QJsonArray& out) {
    return eachRow(
        db,
        QStringLiteral("SELECT id, family_id, involvement_id, person_id, kind, event_date, event_time, "
                       "note, recorded_by_worker_id, created_at FROM case_events ORDER BY id"),
        "exporting case events", [&](const QSqlQuery& q) {
            out.append(QJsonObject{{QStringLiteral("id"), id(q, 0)},
                                   {QStringLiteral("familyId"), id(q, 1)},
                                   {QStringLiteral("involvementId"), idOrNull(q, 2)},
                                   {QStringLiteral("personId"), idOrNull(q, 3)},
                                   {QStringLiteral("kind"), text(q, 4)},
                                   {QStringLiteral("date"), dateOrNull(q, 5)},
                                   {QStringLiteral("time"), timeOrNull(q, 6)},
                                   {QStringLiteral("note"), text(q, 7)},
                                   {QStringLiteral("recordedByWorkerId"), idOrNull(q, 8)},
                                   {QStringLiteral("createdAt"), utc(q, 9)}});
        });
}

Status exportDeadlineExtensions(Database& db, QJsonArray& out) {
    return eachRow(
        db,
        QStringLiteral(
            "SELECT id, family_id, involvement_id, person_id, rule_id, original_due, new_due, "
            "new_due_time, reason, granted_by_worker_id, granted_at FROM deadline_extensions ORDER BY id"),
        "exporting deadline extensions", [&](const QSqlQuery& q) {
            out.append(QJsonObject{{QStringLiteral("id"), id(q, 0)},
                                   {QStringLiteral("familyId"), id(q, 1)},
                                   {QStringLiteral("involvementId"), idOrNull(q, 2)},
                                   {QStringLiteral("personId"), idOrNull(q, 3)},
                                   {QStringLiteral("ruleId"), text(q, 4)},
                                   {QStringLiteral("originalDue"), dateOrNull(q, 5)},
                                   {QStringLiteral("newDue"), dateOrNull(q, 6)},
                                   {QStringLiteral("newDueTime"), timeOrNull(q, 7)},
                                   {QStringLiteral("reason"), text(q, 8)},
                                   {QStringLiteral("grantedByWorkerId"), id(q, 9)},
                                   {QStringLiteral("grantedAt"), utc(q, 10)}});
        });
}

Status exportDrafts(Database& db, QJsonArray& out) {
    // Drafts have no id; their key is unique, so it gives the stable order.
    return eachRow(db, QStringLiteral("SELECT key, family_id, content, updated_at FROM drafts ORDER BY key"),
                   "exporting drafts", [&](const QSqlQuery& q) {
                       out.append(QJsonObject{{QStringLiteral("key"), text(q, 0)},
                                              {QStringLiteral("familyId"), idOrNull(q, 1)},
                                              {QStringLiteral("content"), text(q, 2)},
                                              {QStringLiteral("updatedAt"), utc(q, 3)}});
                   });
}

} // namespace

Result<QByteArray> exportJson(Database& db) {
    // Reading inside a transaction gives one consistent snapshot even if another Waymark window
    // saves between our SELECTs.
    Transaction snapshot(db);
    if (!snapshot.isActive())
        return Status::failure(snapshot.beginError());
    QJsonArray workers, people, families, involvements, caseNotes, caseEvents, deadlineExtensions, drafts;
    const std::pair<Status (*)(Database&, QJsonArray&), QJsonArray*> sections[] = {
        {exportWorkers, &workers},
        {exportPeople, &people},
        {exportFamilies, &families},
        {exportInvolvements, &involvements},
        {exportCaseNotes, &caseNotes},
        {exportCaseEvents, &caseEvents},
        {exportDeadlineExtensions, &deadlineExtensions},
        {exportDrafts, &drafts},
    };
    for (const auto& [exportSection, array] : sections) {
        if (Status s = exportSection(db, *array); !s)
            return s;
    }
    QJsonObject root{
        {QStringLiteral("format"), exchange::formatName()},
        {QStringLiteral("formatVersion"), exchange::kFormatVersion},
        {QStringLiteral("schemaVersion"), db.schemaVersion()},
        {QStringLiteral("exportedAt"), db.nowText()},
        {QStringLiteral("demo"), db.isDemo()},
        {QStringLiteral("workers"), workers},
        {QStringLiteral("people"), people},
        {QStringLiteral("families"), families},
        {QStringLiteral("involvements"), involvements},
        {QStringLiteral("caseNotes"), caseNotes},
        {QStringLiteral("caseEvents"), caseEvents},
        {QStringLiteral("deadlineExtensions"), deadlineExtensions},
        {QStringLiteral("drafts"), drafts},
    };
    // The LIFT tables; never the buddy code words (exchange/liftexchange.h).
    if (Status s = exchange::exportLift(db, root); !s)
        return s;
    // The Early Help intake: prioritisations and escalations (exchange/ehintakeexchange.h).
    if (Status s = exchange::exportEhIntake(db, root); !s)
        return s;
    // Early Help contact attempts and parental consents (exchange/ehcontactexchange.h).
    if (Status s = exchange::exportEhContact(db, root); !s)
        return s;
    // Early Help forms, every version with its sign-off (exchange/ehformexchange.h).
    if (Status s = exchange::exportEhForms(db, root); !s)
        return s;
    // The family folders: documents with their bytes, their history, referral emails
    // (exchange/documentexchange.h).
    if (Status s = exchange::exportDocuments(db, root); !s)
        return s;
    // Committed rather than abandoned: an abandoned guard inside a caller's transaction would
    // make the caller's own commit fail.
    if (Status s = snapshot.commit(); !s)
        return s;
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace waymark
