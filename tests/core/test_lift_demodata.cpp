#include "access/signin.h"
#include "demo/demodata.h"
#include "lift/financerepository.h"
#include "lift/liftrepository.h"
#include "lift/liftvalidation.h"
#include "lift/mentorrepository.h"
#include "storage/caseeventrepository.h"
#include "storage/workerrepository.h"
#include "support/testdatabase.h"

#include <QSet>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace waymark;

namespace {

qint64 scalar(Database& db, const QString& sql) {
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

std::vector<qint64> ids(Database& db, const QString& sql) {
    std::vector<qint64> out;
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(sql));
    while (q.next())
        out.push_back(q.value(0).toLongLong());
    return out;
}

DemoSummary generate(Database& db, quint32 seed, int families) {
    auto result = generateDemoData(db, {seed, families});
    INFO(result.error().toStdString());
    REQUIRE(result.isOk());
    return result.value();
}

// The events of one involvement as "kind date" strings.
QSet<QString> eventsOf(Database& db, qint64 familyId, qint64 involvementId) {
    QSet<QString> out;
    for (const RecordedEvent& e : CaseEventRepository(db).forFamily(familyId))
        if (e.involvementId == involvementId)
            out.insert(e.kind + QLatin1Char(' ') + dateToText(e.date));
    return out;
}

} // namespace

TEST_CASE("demo data: LIFT mentors with code words, and a referral for every LIFT involvement") {
    test::TestDatabase t;
    const DemoSummary s = generate(t.db(), 5, 600);
    Database& db = t.db();
    CHECK(s.mentors == 30); // at least 8; about 100 per 2,000 families
    CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM lift_mentors")) == s.mentors);
    CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM lift_code_words")) == s.mentors);
    const qint64 liftInvolvements =
        scalar(db, QStringLiteral("SELECT COUNT(*) FROM involvements WHERE service = 'lift_mentoring'"));
    CHECK(liftInvolvements > 20);
    CHECK(s.liftReferrals == liftInvolvements);
    CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM lift_referrals")) == liftInvolvements);

    SECTION("mentors are valid, supervised by an SSW, and their code word can be read by a coordinator") {
        for (const Mentor& m : MentorRepository(db).all()) {
            CHECK(validateMentor(m).isEmpty());
            auto ssw = WorkerRepository(db).get(m.sswWorkerId);
            REQUIRE(ssw.isOk());
            CHECK(ssw->role == QStringLiteral("supervising_social_worker"));
            CHECK_FALSE(m.buddyName.isEmpty());
            CHECK_FALSE(m.buddyPhone.isEmpty());
        }
        const qint64 coordinator =
            scalar(db, QStringLiteral("SELECT id FROM workers WHERE role = 'coordinator'"));
        t.signInAs(coordinator);
        const Mentor first = MentorRepository(db).all().front();
        auto word = MentorRepository(db).codeWord(first.id);
        INFO(word.error().toStdString());
        REQUIRE(word.isOk());
        CHECK_FALSE(word->isEmpty());
    }

    SECTION("referrals are at every stage of the procedure") {
        const auto count = [&](const char* sql) {
            return scalar(db, QLatin1String(sql));
        };
        CHECK(count("SELECT COUNT(*) FROM lift_referrals WHERE decision = 'pending'") > 0);
        CHECK(count("SELECT COUNT(*) FROM lift_referrals WHERE decision = 'not_appropriate' "
                    "AND decision_reason <> ''") > 0);
        CHECK(count("SELECT COUNT(*) FROM lift_referrals WHERE decision = 'not_appropriate' "
                    "AND decision_reason = ''") == 0);
        CHECK(count("SELECT COUNT(DISTINCT aim) FROM lift_referrals") == 5);
        CHECK(count("SELECT COUNT(*) FROM lift_referrals WHERE aim = 'post_adoption' AND legal_order = ''") ==
              0);
        CHECK_FALSE(LiftRepository(db).waitingForMentor().empty());
        // Linked, no agreement meeting yet.
        CHECK(
            count("SELECT COUNT(*) FROM lift_referrals r WHERE EXISTS (SELECT 1 FROM lift_links l WHERE "
                  "l.referral_id = r.id) AND NOT EXISTS (SELECT 1 FROM lift_meetings m WHERE m.referral_id = "
                  "r.id)") > 0);
        // Agreed, not yet reviewed.
        CHECK(
            count("SELECT COUNT(*) FROM lift_referrals r WHERE EXISTS (SELECT 1 FROM lift_meetings m WHERE "
                  "m.referral_id = r.id) AND NOT EXISTS (SELECT 1 FROM lift_meetings m WHERE m.referral_id = "
                  "r.id AND m.kind = 'review')") > 0);
        CHECK(count("SELECT COUNT(*) FROM lift_meetings WHERE kind = 'review'") > 0);
        CHECK(count("SELECT COUNT(*) FROM lift_closures WHERE aim_achieved = 1") > 0);
        CHECK(count("SELECT COUNT(*) FROM lift_closures WHERE aim_achieved = 0") > 0);
        CHECK(count("SELECT COUNT(*) FROM lift_closures WHERE care_follow_up <> ''") > 0);
        CHECK(count("SELECT COUNT(*) FROM lift_meetings WHERE hours_per_week > 8 AND hours_reason = ''") ==
              0);
        for (const char* status : {"draft", "submitted", "processed", "paid"})
            CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM lift_finance_forms WHERE status = '%1'")
                                 .arg(QLatin1String(status))) > 0);
        CHECK(count("SELECT COUNT(*) FROM lift_sessions WHERE child_accommodated = 1") > 0);
        CHECK(count("SELECT COUNT(*) FROM lift_sessions WHERE child_accommodated = 0") > 0);
    }

    SECTION(
        "every LIFT record passes validation and agrees with the events the deadlines are worked out from") {
        const QDate today = db.today();
        LiftRepository lift(db);
        FinanceRepository finance(db);
        for (qint64 referralId : ids(db, QStringLiteral("SELECT id FROM lift_referrals ORDER BY id"))) {
            auto r = lift.referral(referralId);
            REQUIRE(r.isOk());
            CAPTURE(referralId);
            CHECK(validateLiftReferral(*r, today).isEmpty());
            const QSet<QString> events = eventsOf(db, r->familyId, r->involvementId);
            const auto has = [&](const char* kind, const QDate& d) {
                return events.contains(QLatin1String(kind) + QLatin1Char(' ') + dateToText(d));
            };
            for (const LiftMeeting& m : lift.meetingsFor(referralId)) {
                CHECK(validateLiftMeeting(m, today).isEmpty());
                CHECK(has(m.kind == QLatin1String("agreement") ? "lift_agreement_meeting" : "lift_review",
                          m.heldOn));
                CHECK(has("lift_review_scheduled", m.reviewDue));
            }
            for (const FinanceForm& f : finance.formsForReferral(referralId)) {
                CHECK(validateFinanceForm(f, today).isEmpty());
                if (f.status != QLatin1String("draft"))
                    CHECK(has("lift_finance_form", f.submittedOn));
            }
            if (const auto c = lift.closureFor(referralId)) {
                CHECK(validateLiftClosure(*c, today).isEmpty());
                CHECK(has("lift_closed", c->closedOn));
                if (c->followUpOn.isValid())
                    CHECK(has("lift_follow_up", c->followUpOn));
                CHECK_FALSE(lift.currentLink(referralId).has_value());
            }
            // Every finance-form event stands for a submitted form.
            int formEvents = 0;
            for (const QString& e : events)
                formEvents += e.startsWith(QLatin1String("lift_finance_form ")) ? 1 : 0;
            int submitted = 0;
            for (const FinanceForm& f : finance.formsForReferral(referralId))
                submitted += f.status != QLatin1String("draft") ? 1 : 0;
            CHECK(formEvents == submitted);
        }
    }
}

TEST_CASE("demo data: adding families to a demo file keeps its mentors and tops them up") {
    test::TestDatabase t;
    generate(t.db(), 9, 300);
    const qint64 first = scalar(t.db(), QStringLiteral("SELECT MIN(id) FROM lift_mentors"));
    const DemoSummary more = generate(t.db(), 9, 700);
    CHECK(more.mentors == 35); // 50 for 1,000 families, 15 already there
    CHECK(scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM lift_mentors")) == 50);
    CHECK(scalar(t.db(), QStringLiteral("SELECT MIN(id) FROM lift_mentors")) == first);
}
