#pragma once

// A small, fully fictional LIFT data set with hand-worked statistics, shared by the core, CLI and UI
// tests of the LIFT statistics (tests/core/test_liftstatistics.cpp works every figure out).
// Header-only so that no build file needs to know about it.

#include "domain/involvement.h"
#include "lift/financerepository.h"
#include "lift/liftrepository.h"
#include "lift/mentorrepository.h"
#include "support/testdatabase.h"

#include <catch2/catch.hpp>

namespace waymark::test {

struct LiftStatsData {
    qint64 gwen = 0, pip = 0, rosa = 0; // mentors
    qint64 r1 = 0, r2 = 0, r3 = 0, r4 = 0, r5 = 0, r6 = 0, r7 = 0, r8 = 0;
    qint64 familyA = 0;
};

inline void requireOk(const Status& s) {
    INFO(s.error().toStdString());
    REQUIRE(s.isOk());
}

inline qint64 liftMentor(Database& db, const QString& name) {
    Mentor m;
    m.name = name;
    m.locality = QStringLiteral("Burnley");
    m.supportOffered = {QStringLiteral("day_respite")};
    m.hoursPerWeek = 8;
    requireOk(MentorRepository(db).save(m));
    return m.id;
}

// A LIFT referral of the family on `referred`; appropriate unless `decision` says otherwise.
inline qint64 liftReferral(Database& db, qint64 familyId, const QDate& referred, const QString& aim,
                           const QString& locality, const QString& decision = QStringLiteral("appropriate")) {
    Involvement inv;
    inv.familyId = familyId;
    inv.referralDate = referred;
    inv.referralSource = QStringLiteral("school");
    inv.status = QStringLiteral("referred");
    LiftReferral r;
    r.aim = aim;
    r.locality = locality;
    r.decision = decision;
    if (decision == QLatin1String("appropriate")) {
        r.riskAssessedOn = referred;
        r.familyWishesToTakePart = true;
    }
    if (decision == QLatin1String("not_appropriate"))
        r.decisionReason = QStringLiteral("Needs a statutory service instead.");
    if (aim == QLatin1String("post_adoption"))
        r.legalOrder = QStringLiteral("adoption_order");
    requireOk(LiftRepository(db).startReferral(inv, r));
    return r.id;
}

inline void liftAgreement(Database& db, qint64 referralId, const QDate& on) {
    LiftMeeting m;
    m.referralId = referralId;
    m.heldOn = on;
    m.place = QStringLiteral("Family home");
    m.attendees = {QStringLiteral("family"), QStringLiteral("mentor"), QStringLiteral("ssw")};
    m.supportAreas = {QStringLiteral("day_respite")};
    m.actionPlan = QStringLiteral("Saturdays 10:00 to 13:00.");
    m.boundaries = QStringLiteral("Contact only to rearrange visits.");
    m.hoursPerWeek = 3;
    m.reviewDue = on.addDays(42);
    requireOk(LiftRepository(db).saveMeeting(m));
}

inline void liftClose(Database& db, qint64 referralId, const QString& aim, const QDate& on, bool achieved,
                      const QString& followUp) {
    LiftClosure c;
    c.referralId = referralId;
    c.closedOn = on;
    c.aim = aim;
    c.aimAchieved = achieved;
    c.reason = achieved ? QStringLiteral("Plan completed.") : QStringLiteral("Family withdrew.");
    c.careFollowUp = followUp;
    if (!followUp.isEmpty())
        c.followUpOn = QDate(2026, 11, 2);
    requireOk(LiftRepository(db).saveClosure(c));
}

inline void liftForm(Database& db, qint64 referralId, qint64 mentorId, const QDate& month,
                     const QString& status, double miles, std::vector<FinanceSession> sessions) {
    FinanceForm f;
    f.referralId = referralId;
    f.mentorId = mentorId;
    f.month = month;
    f.status = status;
    f.mileageMiles = miles;
    if (status != QLatin1String("draft"))
        f.submittedOn = month.addMonths(1);
    if (status == QLatin1String("processed") || status == QLatin1String("paid"))
        f.processedOn = month.addMonths(1).addDays(3);
    if (status == QLatin1String("paid"))
        f.paidOn = month.addMonths(1).addDays(10);
    f.sessions = std::move(sessions);
    requireOk(FinanceRepository(db).saveForm(f));
}

inline FinanceSession liftSession(const QDate& on, int minutes, bool accommodated) {
    FinanceSession s;
    s.date = on;
    s.minutes = minutes;
    s.childAccommodated = accommodated;
    return s;
}

// Rates: the migration's 2018 rates (hourly 1000p, mileage 45p, placement week 80000p), then the
// hourly rate rises to 1200p on 15 March 2026 and mileage to 50p on 1 April 2026.
inline LiftStatsData makeLiftStatsData(Database& db) {
    LiftStatsData d;
    LiftRate hourly{0, QStringLiteral("hourly"), QDate(2026, 3, 15), 1200};
    requireOk(FinanceRepository(db).saveRate(hourly));
    LiftRate mileage{0, QStringLiteral("mileage"), QDate(2026, 4, 1), 50};
    requireOk(FinanceRepository(db).saveRate(mileage));

    d.gwen = liftMentor(db, QStringLiteral("Gwen Halloway"));
    d.pip = liftMentor(db, QStringLiteral("Pip Arkwright"));
    d.rosa = liftMentor(db, QStringLiteral("Rosa Quayle"));
    const qint64 a = d.familyA = makeFamily(db, QStringLiteral("Amberley")).id;
    const qint64 b = makeFamily(db, QStringLiteral("Brackenbury")).id;
    const qint64 c = makeFamily(db, QStringLiteral("Cotterill")).id;
    const qint64 dd = makeFamily(db, QStringLiteral("Dunsmore")).id;
    const qint64 e = makeFamily(db, QStringLiteral("Elsworth")).id;
    const qint64 f = makeFamily(db, QStringLiteral("Fenwick")).id;
    const qint64 g = makeFamily(db, QStringLiteral("Garside")).id;
    const QString burnley = QStringLiteral("Burnley");
    const QString preston = QStringLiteral("Preston");
    LiftRepository lift(db);

    // R1: aim 1, Burnley; Gwen from 20 Jan; agreed 25 Jan; closed 20 Apr, achieved, not in care.
    d.r1 = liftReferral(db, a, QDate(2026, 1, 10), QStringLiteral("rehabilitation_home"), burnley);
    requireOk(lift.linkMentor(d.r1, d.gwen, QDate(2026, 1, 20)));
    liftAgreement(db, d.r1, QDate(2026, 1, 25));
    liftForm(db, d.r1, d.gwen, QDate(2026, 3, 1), QStringLiteral("submitted"), 12.5,
             {liftSession(QDate(2026, 3, 1), 7, false), liftSession(QDate(2026, 3, 10), 90, true),
              liftSession(QDate(2026, 3, 20), 90, true)});
    liftForm(db, d.r1, d.gwen, QDate(2026, 4, 1), QStringLiteral("paid"), 10.1,
             {liftSession(QDate(2026, 4, 5), 50, false), liftSession(QDate(2026, 4, 6), 25, true)});
    liftForm(db, d.r1, d.gwen, QDate(2026, 5, 1), QStringLiteral("draft"), 30,
             {liftSession(QDate(2026, 5, 2), 60, false)});
    liftClose(db, d.r1, QStringLiteral("rehabilitation_home"), QDate(2026, 4, 20), true,
              QStringLiteral("no"));

    // R2: aim 4, Burnley; Pip from 10 Feb, then Gwen from 1 Mar; closed 12 May, not achieved,
    // entered care.
    d.r2 = liftReferral(db, b, QDate(2026, 2, 3), QStringLiteral("cin_prevent_care"), burnley);
    requireOk(lift.linkMentor(d.r2, d.pip, QDate(2026, 2, 10)));
    requireOk(lift.linkMentor(d.r2, d.gwen, QDate(2026, 3, 1)));
    liftClose(db, d.r2, QStringLiteral("cin_prevent_care"), QDate(2026, 5, 12), false,
              QStringLiteral("entered_care"));

    // R3: aim 3, Preston; Rosa from 9 Mar; agreed 12 Mar; closed 30 Jun, achieved, follow-up unknown.
    d.r3 = liftReferral(db, c, QDate(2026, 3, 5), QStringLiteral("foster_placement"), preston);
    requireOk(lift.linkMentor(d.r3, d.rosa, QDate(2026, 3, 9)));
    liftAgreement(db, d.r3, QDate(2026, 3, 12));
    liftForm(db, d.r3, d.rosa, QDate(2026, 6, 1), QStringLiteral("submitted"), 0,
             {liftSession(QDate(2026, 6, 10), 120, true)});
    liftClose(db, d.r3, QStringLiteral("foster_placement"), QDate(2026, 6, 30), true, QString());

    // R4: aim 5, Preston, not appropriate.
    d.r4 = liftReferral(db, dd, QDate(2026, 4, 15), QStringLiteral("respite_breaking_point"), preston,
                        QStringLiteral("not_appropriate"));

    // R5: family A again, aim 1, Burnley; Pip from 5 Jun; agreed 8 Jun; still open.
    d.r5 = liftReferral(db, a, QDate(2026, 6, 1), QStringLiteral("rehabilitation_home"), burnley);
    requireOk(lift.linkMentor(d.r5, d.pip, QDate(2026, 6, 5)));
    liftAgreement(db, d.r5, QDate(2026, 6, 8));

    // R6: aim 2, no locality, decision pending.
    d.r6 = liftReferral(db, e, QDate(2026, 6, 20), QStringLiteral("post_adoption"), QString(),
                        QStringLiteral("pending"));

    // R7: referred 1 July, outside the range the tests ask for.
    d.r7 = liftReferral(db, f, QDate(2026, 7, 1), QStringLiteral("cin_prevent_care"), burnley);

    // R8: aim 1, Preston; Gwen from 6 May; closed 15 Jun, achieved, but returned to care.
    d.r8 = liftReferral(db, g, QDate(2026, 5, 5), QStringLiteral("rehabilitation_home"), preston);
    requireOk(lift.linkMentor(d.r8, d.gwen, QDate(2026, 5, 6)));
    liftClose(db, d.r8, QStringLiteral("rehabilitation_home"), QDate(2026, 6, 15), true,
              QStringLiteral("returned_to_care"));
    return d;
}

} // namespace waymark::test
