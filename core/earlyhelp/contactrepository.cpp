#include "earlyhelp/contactrepository.h"

#include "access/accesspolicy.h"
#include "domain/caseevent.h"
#include "domain/family.h"
#include "domain/involvement.h"
#include "earlyhelp/contactvalidation.h"
#include "storage/caseeventrepository.h"
#include "storage/database.h"
#include "storage/familyrepository.h"
#include "storage/involvementrepository.h"
#include "storage/personrepository.h"
#include "storage/transaction.h"
#include "util/trcontext.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>

namespace waymark {

namespace {

using Columns = std::vector<std::pair<QString, QVariant>>;

const QString kAttemptColumns =
    QStringLiteral("id, involvement_id, family_id, attempted_at, method, outcome, reply_by, note, worker_id");

ContactAttempt readAttempt(const QSqlQuery& q) {
    ContactAttempt a;
    a.id = q.value(0).toLongLong();
    a.involvementId = q.value(1).toLongLong();
    a.familyId = q.value(2).toLongLong();
    a.at = localTimeFromText(q.value(3).toString());
    a.method = q.value(4).toString();
    a.outcome = q.value(5).toString();
    a.replyBy = dateFromText(q.value(6).toString());
    a.note = q.value(7).toString();
    a.workerId = q.value(8).toLongLong();
    return a;
}

// Insert (id 0, then set) or update, stamped, inside the caller's transaction.
Status write(Database& db, const QString& table, qint64& id, Columns columns, const char* what) {
    const QString now = db.nowText();
    columns.push_back({QStringLiteral("updated_at"), now});
    if (id == 0) {
        columns.push_back({QStringLiteral("created_at"), now});
        auto inserted = db.insert(table, columns, what);
        if (!inserted)
            return inserted.status();
        id = *inserted;
        return Status::ok();
    }
    return db.update(table, id, columns, what);
}

bool isEarlyHelp(const QString& service) {
    return service.startsWith(QLatin1String("early_help_"));
}

// What the log implies for the deadlines: the day of the first attempt, and the day the family
// first engaged (invalid when they have not).
struct LogDates {
    QDate firstAttempt;
    QDate engaged;
};

LogDates datesOf(const std::vector<ContactAttempt>& attempts) {
    LogDates d;
    for (const ContactAttempt& a : attempts) {
        const QDate day = a.at.date();
        if (!day.isValid())
            continue;
        if (!d.firstAttempt.isValid() || day < d.firstAttempt)
            d.firstAttempt = day;
        if (a.familyEngaged() && (!d.engaged.isValid() || day < d.engaged))
            d.engaged = day;
    }
    return d;
}

// Moves, removes or adds the event `kind` of the involvement so that it follows the log: the
// event the log made before (dated `before`) moves to `after` or goes; with none, one is added
// unless the involvement already has an event of that kind (recorded by hand).
Status followLog(Database& db, qint64 familyId, qint64 involvementId, const QString& kind,
                 const QDate& before, const QDate& after) {
    CaseEventRepository events(db);
    std::vector<RecordedEvent> same;
    for (const RecordedEvent& e : events.forFamily(familyId))
        if (e.involvementId == involvementId && e.kind == kind)
            same.push_back(e);
    if (before.isValid()) {
        for (RecordedEvent e : same) {
            if (e.date != before)
                continue;
            if (!after.isValid())
                return events.remove(e.id);
            if (e.date == after)
                return Status::ok();
            e.date = after;
            return events.save(e);
        }
    }
    if (!after.isValid() || !same.empty())
        return Status::ok();
    RecordedEvent e;
    e.familyId = familyId;
    e.involvementId = involvementId;
    e.kind = kind;
    e.date = after;
    e.note = Storage::tr("From the contact attempts log");
    if (const Account* a = db.account())
        e.recordedByWorkerId = a->workerId;
    return events.save(e);
}

Status followLog(Database& db, qint64 familyId, qint64 involvementId, const LogDates& before,
                 const LogDates& after) {
    if (Status s = followLog(db, familyId, involvementId, QStringLiteral("contact_attempt"),
                             before.firstAttempt, after.firstAttempt);
        !s)
        return s;
    return followLog(db, familyId, involvementId, QStringLiteral("engagement_started"), before.engaged,
                     after.engaged);
}

std::vector<ContactAttempt> attemptsWhere(const Database& db, const QString& column, qint64 id) {
    std::vector<ContactAttempt> out;
    auto q =
        db.run(QStringLiteral("SELECT %1 FROM eh_contact_attempts WHERE %2 = ? ORDER BY attempted_at, id")
                   .arg(kAttemptColumns, column),
               {id}, "listing contact attempts");
    if (!q)
        return out;
    QSqlQuery query = std::move(q).value();
    while (query.next())
        out.push_back(readAttempt(query));
    return out;
}

} // namespace

// --- contact attempts -----------------------------------------------------------------------

Status ContactAttemptRepository::save(ContactAttempt& a) {
    if (auto issues = validateContactAttempt(a, m_db.now()); !issues.isEmpty())
        return Status::failure(joinIssues(issues));
    auto involvement = InvolvementRepository(m_db).get(a.involvementId);
    if (!involvement)
        return involvement.status();
    if (!isEarlyHelp(involvement->service))
        return Status::failure(
            Storage::tr("Contact attempts belong to Early Help work (brief, targeted or intensive)."));
    if (Status s = access::requireWrite(m_db, involvement->familyId); !s)
        return s;
    if (a.id != 0) {
        auto stored = get(a.id);
        if (!stored)
            return stored.status();
        if (stored->involvementId != a.involvementId)
            return Status::failure(Storage::tr("An attempt cannot move to another involvement."));
    }
    if (involvement->referralDate.isValid() && a.at.date() < involvement->referralDate)
        return Status::failure(Storage::tr("attemptedAt: An attempt cannot be before the referral (%1).")
                                   .arg(involvement->referralDate.toString(QStringLiteral("dd/MM/yyyy"))));
    a.familyId = involvement->familyId;
    if (a.workerId == 0 && m_db.account())
        a.workerId = m_db.account()->workerId;
    const Columns columns = {
        {QStringLiteral("involvement_id"), a.involvementId},
        {QStringLiteral("family_id"), a.familyId},
        {QStringLiteral("attempted_at"), localTimeToText(a.at)},
        {QStringLiteral("method"), a.method},
        {QStringLiteral("outcome"), a.outcome},
        {QStringLiteral("reply_by"), nullableText(dateToText(a.replyBy))},
        {QStringLiteral("note"), a.note.trimmed()},
        {QStringLiteral("worker_id"), nullableId(a.workerId)},
    };
    Transaction tx(m_db);
    if (!tx.isActive())
        return Status::failure(tx.beginError());
    const LogDates before = datesOf(forInvolvement(a.involvementId));
    qint64 id = a.id;
    if (Status s =
            write(m_db, QStringLiteral("eh_contact_attempts"), id, columns, "saving the contact attempt");
        !s)
        return s;
    const LogDates after = datesOf(forInvolvement(a.involvementId));
    if (Status s = followLog(m_db, a.familyId, a.involvementId, before, after); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    a.id = id;
    return Status::ok();
}

Status ContactAttemptRepository::remove(qint64 id) {
    auto a = get(id);
    if (!a)
        return a.status();
    if (Status s = access::requireWrite(m_db, a->familyId); !s)
        return s;
    Transaction tx(m_db);
    if (!tx.isActive())
        return Status::failure(tx.beginError());
    const LogDates before = datesOf(forInvolvement(a->involvementId));
    if (Status s = m_db.remove(QStringLiteral("eh_contact_attempts"), id, "removing the contact attempt"); !s)
        return s;
    const LogDates after = datesOf(forInvolvement(a->involvementId));
    if (Status s = followLog(m_db, a->familyId, a->involvementId, before, after); !s)
        return s;
    return tx.commit();
}

Result<ContactAttempt> ContactAttemptRepository::get(qint64 id) const {
    auto q = m_db.run(QStringLiteral("SELECT %1 FROM eh_contact_attempts WHERE id = ?").arg(kAttemptColumns),
                      {id}, "reading a contact attempt");
    if (!q)
        return q.status();
    QSqlQuery query = std::move(q).value();
    if (!query.next())
        return Result<ContactAttempt>::failure(Storage::tr("There is no contact attempt %1.").arg(id));
    ContactAttempt a = readAttempt(query);
    if (Status s = access::requireFamily(m_db, a.familyId); !s)
        return s;
    return a;
}

std::vector<ContactAttempt> ContactAttemptRepository::forInvolvement(qint64 involvementId) const {
    std::vector<ContactAttempt> out = attemptsWhere(m_db, QStringLiteral("involvement_id"), involvementId);
    if (!out.empty() && !access::canSeeFamily(m_db, out.front().familyId))
        out.clear();
    return out;
}

std::vector<ContactAttempt> ContactAttemptRepository::forFamily(qint64 familyId) const {
    if (!access::canSeeFamily(m_db, familyId))
        return {};
    return attemptsWhere(m_db, QStringLiteral("family_id"), familyId);
}

// --- parental consent -----------------------------------------------------------------------

namespace {

const QString kConsentColumns =
    QStringLiteral("id, family_id, involvement_id, given_on, given_by_person_id, given_by_name, travel, "
                   "activities, photographs, recorded_by_worker_id");

ParentalConsent readConsent(const QSqlQuery& q) {
    ParentalConsent c;
    c.id = q.value(0).toLongLong();
    c.familyId = q.value(1).toLongLong();
    c.involvementId = q.value(2).toLongLong();
    c.givenOn = dateFromText(q.value(3).toString());
    c.givenByPersonId = q.value(4).toLongLong();
    c.givenByName = q.value(5).toString();
    c.travel = q.value(6).toBool();
    c.activities = q.value(7).toBool();
    c.photographs = q.value(8).toBool();
    c.recordedByWorkerId = q.value(9).toLongLong();
    return c;
}

Status readChildren(const Database& db, ParentalConsent& c) {
    auto q = db.run(QStringLiteral("SELECT id, person_id, health_notes, allergies, tetanus FROM "
                                   "eh_consent_children WHERE consent_id = ? ORDER BY id"),
                    {c.id}, "reading a consent");
    if (!q)
        return q.status();
    QSqlQuery query = std::move(q).value();
    c.children.clear();
    while (query.next())
        c.children.push_back({query.value(0).toLongLong(), query.value(1).toLongLong(),
                              query.value(2).toString(), query.value(3).toString(),
                              query.value(4).toString()});
    return Status::ok();
}

} // namespace

Status ConsentRepository::save(ParentalConsent& c) {
    if (auto issues = validateParentalConsent(c, m_db.today()); !issues.isEmpty())
        return Status::failure(joinIssues(issues));
    if (Status s = access::requireWrite(m_db, c.familyId); !s)
        return s;
    auto family = FamilyRepository(m_db).get(c.familyId);
    if (!family)
        return family.status();
    if (c.id != 0) {
        auto stored = get(c.id);
        if (!stored)
            return stored.status();
        if (stored->familyId != c.familyId)
            return Status::failure(Storage::tr("A consent cannot move to another family."));
    }
    if (c.involvementId != 0) {
        auto inv = InvolvementRepository(m_db).get(c.involvementId);
        if (!inv)
            return inv.status();
        if (inv->familyId != c.familyId)
            return Status::failure(Storage::tr("This involvement belongs to another family."));
    }
    const auto memberOf = [&](qint64 personId) -> const FamilyMember* {
        for (const FamilyMember& m : family->members)
            if (m.personId == personId)
                return &m;
        return nullptr;
    };
    QString givenByName = c.givenByName.trimmed();
    if (c.givenByPersonId != 0) {
        const FamilyMember* m = memberOf(c.givenByPersonId);
        if (!m || !m->hasParentalResponsibility)
            return Status::failure(Storage::tr("givenByName: Consent is given by a member of the family with "
                                               "parental responsibility."));
        auto person = PersonRepository(m_db).get(c.givenByPersonId);
        if (!person)
            return person.status();
        givenByName = person->fullName(); // kept, should the person's record go
    }
    for (size_t i = 0; i < c.children.size(); ++i) {
        const FamilyMember* m = memberOf(c.children[i].personId);
        if (!m || m->relationship != QLatin1String("child"))
            return Status::failure(
                Storage::tr("children[%1].personId: This person is not a child of the family.").arg(i));
    }
    if (c.recordedByWorkerId == 0 && m_db.account())
        c.recordedByWorkerId = m_db.account()->workerId;
    const Columns columns = {
        {QStringLiteral("family_id"), c.familyId},
        {QStringLiteral("involvement_id"), nullableId(c.involvementId)},
        {QStringLiteral("given_on"), dateToText(c.givenOn)},
        {QStringLiteral("given_by_person_id"), nullableId(c.givenByPersonId)},
        {QStringLiteral("given_by_name"), givenByName},
        {QStringLiteral("travel"), c.travel ? 1 : 0},
        {QStringLiteral("activities"), c.activities ? 1 : 0},
        {QStringLiteral("photographs"), c.photographs ? 1 : 0},
        {QStringLiteral("recorded_by_worker_id"), nullableId(c.recordedByWorkerId)},
    };
    Transaction tx(m_db);
    if (!tx.isActive())
        return Status::failure(tx.beginError());
    qint64 id = c.id;
    if (Status s = write(m_db, QStringLiteral("eh_consents"), id, columns, "saving the consent"); !s)
        return s;
    // The children's rows are replaced (no UPSERT: delete and insert, each audited).
    if (c.id != 0) {
        ParentalConsent old;
        old.id = c.id;
        if (Status s = readChildren(m_db, old); !s)
            return s;
        for (const ParentalConsentChild& child : old.children)
            if (Status s = m_db.remove(QStringLiteral("eh_consent_children"), child.id, "saving the consent");
                !s)
                return s;
    }
    std::vector<ParentalConsentChild> children = c.children;
    for (ParentalConsentChild& child : children) {
        auto inserted = m_db.insert(QStringLiteral("eh_consent_children"),
                                    {{QStringLiteral("consent_id"), id},
                                     {QStringLiteral("family_id"), c.familyId},
                                     {QStringLiteral("person_id"), child.personId},
                                     {QStringLiteral("health_notes"), child.healthNotes.trimmed()},
                                     {QStringLiteral("allergies"), child.allergies.trimmed()},
                                     {QStringLiteral("tetanus"), child.tetanus.trimmed()}},
                                    "saving the consent");
        if (!inserted)
            return inserted.status();
        child.id = *inserted;
    }
    if (Status s = tx.commit(); !s)
        return s;
    c.id = id;
    c.givenByName = givenByName;
    c.children = std::move(children);
    return Status::ok();
}

Status ConsentRepository::remove(qint64 id) {
    auto c = get(id);
    if (!c)
        return c.status();
    if (Status s = access::requireWrite(m_db, c->familyId); !s)
        return s;
    Transaction tx(m_db);
    if (!tx.isActive())
        return Status::failure(tx.beginError());
    for (const ParentalConsentChild& child : c->children)
        if (Status s = m_db.remove(QStringLiteral("eh_consent_children"), child.id, "removing the consent");
            !s)
            return s;
    if (Status s = m_db.remove(QStringLiteral("eh_consents"), id, "removing the consent"); !s)
        return s;
    return tx.commit();
}

Result<ParentalConsent> ConsentRepository::get(qint64 id) const {
    auto q = m_db.run(QStringLiteral("SELECT %1 FROM eh_consents WHERE id = ?").arg(kConsentColumns), {id},
                      "reading a consent");
    if (!q)
        return q.status();
    QSqlQuery query = std::move(q).value();
    if (!query.next())
        return Result<ParentalConsent>::failure(Storage::tr("There is no consent %1.").arg(id));
    ParentalConsent c = readConsent(query);
    if (Status s = access::requireFamily(m_db, c.familyId); !s)
        return s;
    if (Status s = readChildren(m_db, c); !s)
        return s;
    return c;
}

std::vector<ParentalConsent> ConsentRepository::forFamily(qint64 familyId) const {
    std::vector<ParentalConsent> out;
    if (!access::canSeeFamily(m_db, familyId))
        return out;
    auto q = m_db.run(
        QStringLiteral("SELECT %1 FROM eh_consents WHERE family_id = ? ORDER BY given_on DESC, id DESC")
            .arg(kConsentColumns),
        {familyId}, "listing consents");
    if (!q)
        return out;
    QSqlQuery query = std::move(q).value();
    while (query.next())
        out.push_back(readConsent(query));
    for (ParentalConsent& c : out)
        readChildren(m_db, c);
    return out;
}

} // namespace waymark
