#include "demo/demodata.h"

#include "audit/auditlog.h"
#include "demo/casehistory.h"
#include "demo/demorandom.h"
#include "demo/demowriter.h"
#include "demo/documentdemo.h"
#include "demo/ehdemowriter.h"
#include "demo/ehintakedemo.h"
#include "demo/eventplanner.h"
#include "demo/familymaker.h"
#include "demo/fictionalnames.h"
#include "demo/liftdemowriter.h"
#include "demo/liftplanner.h"
#include "lift/liftvalidation.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "storage/workerrepository.h"
#include "util/trcontext.h"
#include "validation/validators.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

namespace waymark {

namespace {

using namespace demo;

constexpr int kMaxFamilies = 200000;

// A record the generator made but the validators refuse is a bug in the generator; say so rather
// than blame the database.
Status invalid(const char* what, const ValidationIssues& issues) {
    return Status::failure(Demo::tr("The demo generator made an invalid %1, which is a fault in Waymark: %2")
                               .arg(QLatin1String(what), joinIssues(issues)));
}

struct ExistingCounts {
    qint64 families = 0;
    qint64 people = 0;
    qint64 workers = 0;
};

Result<ExistingCounts> countExisting(Database& db) {
    auto q = db.run(QStringLiteral("SELECT (SELECT COUNT(*) FROM families), (SELECT COUNT(*) FROM people), "
                                   "(SELECT COUNT(*) FROM workers)"),
                    {}, "counting records");
    if (!q)
        return q.status();
    QSqlQuery query = std::move(q).value();
    if (!query.next())
        return Status::failure(Demo::tr("Could not count the records in the database."));
    return ExistingCounts{query.value(0).toLongLong(), query.value(1).toLongLong(),
                          query.value(2).toLongLong()};
}

// The demo staff, re-used when an earlier run already added them (matched by name and team), so
// that adding more families to a demo file does not duplicate the team.
Status ensureStaff(Database& db, StaffDirectory& staff, int& created) {
    auto q =
        db.run(QStringLiteral("SELECT id, name, team FROM workers ORDER BY id"), {}, "reading the workers");
    if (!q)
        return q.status();
    QSqlQuery existing = std::move(q).value();
    QHash<QString, qint64> byNameAndTeam;
    while (existing.next())
        byNameAndTeam.insert(existing.value(1).toString() + QLatin1Char('\n') + existing.value(2).toString(),
                             existing.value(0).toLongLong());
    WorkerRepository workers(db);
    int index = 0;
    for (const StaffMember& member : staffRoster()) {
        const QString name = QString::fromUtf8(member.name);
        const QString team = QLatin1String(member.team);
        qint64 id = byNameAndTeam.value(name + QLatin1Char('\n') + team, 0);
        if (id == 0) {
            Worker w;
            w.name = name;
            w.role = QLatin1String(member.role);
            w.team = team;
            w.email = staffEmail(member);
            w.phone = staffPhone(member, index);
            if (Status s = workers.save(w); !s)
                return s;
            id = w.id;
            ++created;
        }
        staff.add({id, QLatin1String(member.role), team});
        ++index;
    }
    return Status::ok();
}

// The LIFT mentors: those an earlier run added (so adding families does not duplicate them) and
// enough new ones to keep about 20 per 2,000 families. Each has a code word, written to its own
// table as MentorRepository::setCodeWord would. Returns the active mentors a referral may be linked
// to.
Status ensureMentors(Database& db, const StaffDirectory& staff, const DemoOptions& options,
                     qint64 totalFamilies, LiftDemoWriter& writer, std::vector<MentorChoice>& active,
                     int& created) {
    std::vector<DemoWorker> ssws = staff.withRole(QStringLiteral("supervising_social_worker"));
    if (ssws.empty())
        ssws = staff.withRole(QStringLiteral("coordinator"));
    if (ssws.empty())
        return Status::ok(); // no LIFT staff: no mentors to supervise
    auto q = db.run(QStringLiteral("SELECT id, locality, ssw_worker_id, foster_children_at_home, active "
                                   "FROM lift_mentors ORDER BY id"),
                    {}, "reading the mentors");
    if (!q)
        return q.status();
    QSqlQuery existing = std::move(q).value();
    int count = 0;
    while (existing.next()) {
        ++count;
        if (existing.value(4).toBool())
            active.push_back({existing.value(0).toLongLong(), demoMentorTeam(existing.value(1).toString()),
                              existing.value(2).toLongLong(), existing.value(3).toInt()});
    }
    for (int index = count; index < demoMentorTarget(int(totalFamilies)); ++index) {
        DemoMentor made = makeDemoMentor(options.seed, index, ssws);
        if (auto issues = validateMentor(made.mentor); !issues.isEmpty())
            return invalid("mentor", issues);
        auto id = writer.insertMentor(made.mentor);
        if (!id)
            return id.status();
        if (Status s = writer.insertCodeWord(*id, made.codeWord); !s)
            return s;
        ++created;
        if (made.mentor.active)
            active.push_back({*id, made.team, made.mentor.sswWorkerId, made.mentor.fosterChildrenAtHome});
    }
    return Status::ok();
}

// Writes one LIFT involvement's referral and everything planned under it, validated like the
// screens would.
Status writeLift(LiftDemoWriter& writer, PlannedLift& lift, const Involvement& inv, const QDate& today) {
    LiftReferral& r = lift.referral;
    r.involvementId = inv.id;
    r.familyId = inv.familyId;
    if (auto issues = validateLiftReferral(r, today); !issues.isEmpty())
        return invalid("LIFT referral", issues);
    auto referralId = writer.insertReferral(r);
    if (!referralId)
        return referralId.status();
    for (MentorLink& link : lift.links) {
        link.referralId = *referralId;
        link.familyId = inv.familyId;
        if (auto id = writer.insertLink(link); !id)
            return id.status();
    }
    for (LiftMeeting& m : lift.meetings) {
        m.referralId = *referralId;
        m.familyId = inv.familyId;
        if (auto issues = validateLiftMeeting(m, today); !issues.isEmpty())
            return invalid("LIFT meeting", issues);
        if (auto id = writer.insertMeeting(m); !id)
            return id.status();
    }
    if (lift.closure) {
        lift.closure->referralId = *referralId;
        lift.closure->familyId = inv.familyId;
        if (auto issues = validateLiftClosure(*lift.closure, today); !issues.isEmpty())
            return invalid("LIFT closure", issues);
        if (auto id = writer.insertClosure(*lift.closure); !id)
            return id.status();
    }
    for (FinanceForm& f : lift.forms) {
        f.referralId = *referralId;
        f.familyId = inv.familyId;
        if (auto issues = validateFinanceForm(f, today); !issues.isEmpty())
            return invalid("LIFT finance form", issues);
        if (auto id = writer.insertForm(f); !id)
            return id.status();
    }
    return Status::ok();
}

} // namespace

// Dates are anchored to db.today(), so that a demo always looks current: recent referrals, cases
// open now, children whose ages match their dates of birth. The price is that "same seed, same
// data" holds for the same day (the same clock); tests fix the clock. Family n is drawn from its
// own random stream (seed, n), so a run of 30 families is the start of a run of 60, and adding
// families to a demo file continues the numbering rather than repeating it.
Result<DemoSummary> generateDemoData(Database& db, const DemoOptions& options) {
    if (options.families < 1 || options.families > kMaxFamilies)
        return Status::failure(Demo::tr("The number of demo families must be between 1 and %1 (it was %2).")
                                   .arg(kMaxFamilies)
                                   .arg(options.families));

    auto counts = countExisting(db);
    if (!counts)
        return counts.status();
    // Demo data must never mix with real records: only an empty file or an earlier demo qualifies.
    if (!db.isDemo() && (counts->families > 0 || counts->people > 0 || counts->workers > 0))
        return Status::failure(
            Demo::tr("%1 already holds real records, so no demo data was added. Demo families are "
                     "never mixed with real ones: create a new, empty database for the demo.")
                .arg(db.path()));

    Transaction tx(db);
    if (!tx.isActive())
        return Status::failure(tx.beginError());
    // Thousands of fictional rows: one audit entry for the whole batch, not one per row.
    audit::BulkOperation bulk(db, QStringLiteral("demo data"));

    DemoSummary summary;
    StaffDirectory staff;
    if (Status s = ensureStaff(db, staff, summary.workers); !s)
        return s;

    DemoWriter writer(db);
    if (Status s = writer.prepare(); !s)
        return s;
    LiftDemoWriter liftWriter(db);
    if (Status s = liftWriter.prepare(); !s)
        return s;
    EhIntakeDemoWriter ehIntakes(db);
    if (Status s = ehIntakes.prepare(); !s)
        return s;
    DocumentDemoWriter documentWriter(db);
    if (Status s = documentWriter.prepare(); !s)
        return s;
    EhDemoWriter ehWriter(db);
    if (Status s = ehWriter.prepare(); !s)
        return s;
    std::vector<MentorChoice> mentors;
    if (Status s = ensureMentors(db, staff, options, counts->families + options.families, liftWriter, mentors,
                                 summary.mentors);
        !s)
        return s;

    const QDate today = db.today();
    PersonNumbering numbering{counts->people};
    for (int i = 0; i < options.families; ++i) {
        DemoRandom rng = DemoRandom::stream(options.seed, quint64(counts->families + i));
        DemoFamily demoFamily = makeDemoFamily(rng, today, numbering);
        Family& family = demoFamily.family;

        for (DemoMember& member : demoFamily.members) {
            if (auto issues = validatePerson(member.person, today); !issues.isEmpty())
                return invalid("person", issues);
            auto id = writer.insertPerson(member.person);
            if (!id)
                return id.status();
            member.person.id = *id;
            member.membership.personId = *id;
            family.members.push_back(member.membership);
        }
        if (auto issues = validateFamily(family); !issues.isEmpty())
            return invalid("family", issues);
        auto familyId = writer.insertFamily(family);
        if (!familyId)
            return familyId.status();
        family.id = *familyId;
        ++summary.families;
        summary.people += int(demoFamily.members.size());

        // Events come from a stream of their own, so that adding them left every family, person,
        // involvement and note of a given seed exactly as it was.
        DemoRandom eventRng = DemoRandom::stream(options.seed ^ 0x5EED0E7Eu, quint64(counts->families + i));
        // LIFT records likewise, so that adding them changed nothing else.
        DemoRandom liftRng = DemoRandom::stream(options.seed ^ 0x1F7DA7A5u, quint64(counts->families + i));
        // Early Help forms and contact attempts too.
        DemoRandom ehRng = DemoRandom::stream(options.seed ^ 0xEA51F0A7u, quint64(counts->families + i));
        // And the family folder.
        DemoRandom folderRng = DemoRandom::stream(options.seed ^ 0xF01DE125u, quint64(counts->families + i));
        for (PlannedCase& planned : planCaseHistory(rng, demoFamily, staff, today)) {
            Involvement& inv = planned.involvement;
            inv.familyId = family.id;
            if (auto issues = validateInvolvement(inv, today); !issues.isEmpty())
                return invalid("involvement", issues);
            auto involvementId = writer.insertInvolvement(inv);
            if (!involvementId)
                return involvementId.status();
            ++summary.involvements;
            inv.id = *involvementId;
            std::vector<RecordedEvent> events = planEvents(eventRng, demoFamily, inv, today);
            std::optional<PlannedLift> lift;
            if (inv.service == QLatin1String("lift_mentoring"))
                lift = planLift(liftRng, demoFamily, inv, planned.liftAim, mentors, events, today);
            for (const RecordedEvent& event : events) {
                auto eventId = writer.insertEvent(event);
                if (!eventId)
                    return eventId.status();
                ++summary.events;
            }
            if (lift) {
                if (Status s = writeLift(liftWriter, *lift, inv, today); !s)
                    return s;
                ++summary.liftReferrals;
            }
            for (CaseNote& note : planned.notes) {
                note.involvementId = *involvementId;
                if (auto issues = validateCaseNote(note, today); !issues.isEmpty())
                    return invalid("case note", issues);
                auto noteId = writer.insertNote(note);
                if (!noteId)
                    return noteId.status();
                ++summary.notes;
            }
            if (Status s = ehIntakes.write(inv, planned.notes, today); !s)
                return s;
            if (Status s = ehWriter.write(ehRng, demoFamily, inv, events, planned.notes); !s)
                return s;
            if (Status s = documentWriter.write(folderRng, inv, planned.notes, family.name); !s)
                return s;
        }
    }

    if (Status s = ehWriter.finish(); !s)
        return s;
    summary.earlyHelpForms = ehWriter.forms();
    summary.contactAttempts = ehWriter.attempts();
    summary.documents = documentWriter.documents();
    if (Status s = db.setMeta(QStringLiteral("demo"), QStringLiteral("1")); !s)
        return s;
    bulk.addDetail(QStringLiteral("families"), summary.families);
    bulk.addDetail(QStringLiteral("seed"), double(options.seed));
    if (Status s = bulk.finish(); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    return summary;
}

} // namespace waymark
