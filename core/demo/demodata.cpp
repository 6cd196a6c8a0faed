#include "demo/demodata.h"

#include "audit/auditlog.h"
#include "demo/casehistory.h"
#include "demo/demorandom.h"
#include "demo/demowriter.h"
#include "demo/eventplanner.h"
#include "demo/familymaker.h"
#include "demo/fictionalnames.h"
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
            for (const RecordedEvent& event : planEvents(eventRng, demoFamily, inv, today)) {
                auto eventId = writer.insertEvent(event);
                if (!eventId)
                    return eventId.status();
                ++summary.events;
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
        }
    }

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
