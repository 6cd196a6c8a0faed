#include "lift/liftstatistics.h"

#include "access/accesspolicy.h"
#include "lift/financerepository.h"
#include "lift/liftvocabulary.h"
#include "lift/payments.h"
#include "storage/database.h"
#include "util/trcontext.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>
#include <map>
#include <set>

namespace waymark {

namespace {

// A group's figures while they are being added up: families are counted once each, however many
// referrals they had.
struct Accumulator {
    LiftGroupStats stats;
    std::set<qint64> families;
    std::set<qint64> achieved;
    std::set<qint64> finishedWithout; // closed not achieved, or not appropriate

    void add(const LiftReferralStats& r) {
        LiftGroupStats& s = stats;
        ++s.referrals;
        families.insert(r.familyId);
        if (r.decision == QLatin1String("appropriate"))
            ++s.appropriate;
        else if (r.decision == QLatin1String("not_appropriate"))
            ++s.notAppropriate;
        else
            ++s.pendingDecision;
        if (r.outcome == QLatin1String("achieved"))
            achieved.insert(r.familyId);
        else if (r.outcome == QLatin1String("not_achieved") || r.outcome == QLatin1String("not_appropriate"))
            finishedWithout.insert(r.familyId);
        if (r.closedOn.isValid()) {
            ++s.closed;
            if (r.careFollowUp == QLatin1String("entered_care"))
                ++s.enteredCare;
            else if (r.careFollowUp == QLatin1String("returned_to_care"))
                ++s.returnedToCare;
            else if (r.careFollowUp == QLatin1String("no"))
                ++s.notInCare;
            else
                ++s.followUpUnknown;
        }
        if (r.daysInvolved >= 0) {
            ++s.involvementsMeasured;
            s.involvementDays += r.daysInvolved;
        }
        s.sessionMinutes += r.sessionMinutes;
        s.exemptPence += r.exemptPence;
        s.taxablePence += r.taxablePence;
        s.mileagePence += r.mileagePence;
        s.weeksAvoided += r.weeksAvoided;
        s.savingsPence += r.savingsPence;
    }

    LiftGroupStats finish() {
        stats.families = int(families.size());
        stats.familiesAchieved = int(achieved.size());
        int without = 0;
        for (qint64 f : finishedWithout)
            without += achieved.count(f) ? 0 : 1;
        stats.familiesNotAchieved = without;
        stats.familiesInProgress = stats.families - stats.familiesAchieved - stats.familiesNotAchieved;
        return stats;
    }
};

struct Link {
    qint64 mentorId;
    QDate linkedOn;
};

std::vector<LiftRate> readRates(const Database& db, QStringList& warnings) {
    std::vector<LiftRate> out;
    auto q = db.run(QStringLiteral("SELECT id, kind, effective_from, pence FROM lift_rates"), {},
                    "reading LIFT rates");
    if (!q) {
        warnings << q.error();
        return out;
    }
    QSqlQuery query = std::move(q).value();
    while (query.next())
        out.push_back({query.value(0).toLongLong(), query.value(1).toString(),
                       dateFromText(query.value(2).toString()), query.value(3).toLongLong()});
    return out;
}

QString outcomeOf(const LiftReferralStats& r, bool closed, bool achieved) {
    if (closed)
        return achieved ? QStringLiteral("achieved") : QStringLiteral("not_achieved");
    if (r.decision == QLatin1String("not_appropriate"))
        return QStringLiteral("not_appropriate");
    return r.firstLinkedOn.isValid() ? QStringLiteral("in_progress") : QStringLiteral("waiting");
}

} // namespace

QString liftOutcomeLabel(const QString& outcome) {
    if (outcome == QLatin1String("achieved"))
        return Lift::tr("Aim achieved");
    if (outcome == QLatin1String("not_achieved"))
        return Lift::tr("Aim not achieved");
    if (outcome == QLatin1String("not_appropriate"))
        return Lift::tr("Not appropriate: no further action");
    if (outcome == QLatin1String("waiting"))
        return Lift::tr("Waiting for a mentor");
    if (outcome == QLatin1String("in_progress"))
        return Lift::tr("Mentor working with the family");
    return outcome;
}

QString liftSavingsAssumption() {
    return Lift::tr("Possible savings assume that each closed referral whose aim was achieved, and whose "
                    "one-year follow-up is recorded as the child not entering or returning to care, "
                    "avoided %1 weeks of a care placement, costed at the weekly placement rate in force "
                    "on the closure date. Referrals whose follow-up is not yet recorded count no "
                    "savings. This is an estimate of care avoided, not money saved.")
        .arg(kLiftWeeksAvoidedPerReferral);
}

Result<LiftStatistics> liftStatistics(const Database& db, const LiftStatsFilter& filter) {
    if (!filter.from.isValid() || !filter.to.isValid())
        return Result<LiftStatistics>::failure(Lift::tr("Give both dates of the range."));
    if (filter.to < filter.from)
        return Result<LiftStatistics>::failure(Lift::tr("The end of the range is before its start."));
    if (!filter.aim.isEmpty() && !vocab::liftAim().contains(filter.aim))
        return Result<LiftStatistics>::failure(Lift::tr("There is no LIFT aim \"%1\".").arg(filter.aim));
    if (Status s = access::require(db, access::Action::WorkWithCases); !s)
        return s;

    LiftStatistics out;
    out.filter = filter;
    out.producedOn = db.today();

    QString sql = QStringLiteral(
        "SELECT r.id, r.family_id, i.referral_date, r.aim, r.locality, r.decision, c.id, c.closed_on, "
        "c.aim_achieved, c.care_follow_up FROM lift_referrals r JOIN involvements i ON i.id = "
        "r.involvement_id LEFT JOIN lift_closures c ON c.referral_id = r.id "
        "WHERE i.referral_date >= ? AND i.referral_date <= ?");
    QVariantList bindings{dateToText(filter.from), dateToText(filter.to)};
    if (!filter.aim.isEmpty()) {
        sql += QStringLiteral(" AND r.aim = ?");
        bindings << filter.aim;
    }
    if (!filter.locality.isEmpty()) {
        sql += QStringLiteral(" AND r.locality = ?");
        bindings << filter.locality;
    }
    sql += QStringLiteral(" AND %1 ORDER BY i.referral_date, r.id")
               .arg(access::visibleFamiliesCondition(db, QStringLiteral("r.family_id"), bindings));
    auto q = db.run(sql, bindings, "producing the LIFT statistics");
    if (!q)
        return q.status();

    struct Closure {
        bool present = false;
        bool achieved = false;
    };
    std::vector<Closure> closures;
    QSqlQuery query = std::move(q).value();
    while (query.next()) {
        LiftReferralStats r;
        r.referralId = query.value(0).toLongLong();
        r.familyId = query.value(1).toLongLong();
        r.referralDate = dateFromText(query.value(2).toString());
        r.aim = query.value(3).toString();
        r.locality = query.value(4).toString().trimmed();
        r.decision = query.value(5).toString();
        const bool closed = !query.value(6).isNull();
        if (closed) {
            r.closedOn = dateFromText(query.value(7).toString());
            r.careFollowUp = query.value(9).toString();
        }
        closures.push_back({closed, closed && query.value(8).toBool()});
        out.referrals.push_back(std::move(r));
    }
    std::map<qint64, size_t> index;
    for (size_t i = 0; i < out.referrals.size(); ++i)
        index[out.referrals[i].referralId] = i;

    // Mentors and their links to the referrals in range.
    std::map<qint64, QString> mentorNames;
    if (auto m = db.run(QStringLiteral("SELECT id, name FROM lift_mentors"), {}, "reading LIFT mentors")) {
        QSqlQuery mq = std::move(m).value();
        while (mq.next())
            mentorNames[mq.value(0).toLongLong()] = mq.value(1).toString();
    }
    std::map<qint64, std::vector<Link>> links;
    auto l = db.run(
        QStringLiteral("SELECT referral_id, mentor_id, linked_on FROM lift_links ORDER BY linked_on, id"), {},
        "reading LIFT mentor links");
    if (!l)
        return l.status();
    QSqlQuery lq = std::move(l).value();
    while (lq.next())
        if (index.count(lq.value(0).toLongLong()))
            links[lq.value(0).toLongLong()].push_back(
                {lq.value(1).toLongLong(), dateFromText(lq.value(2).toString())});

    // Finance forms past draft (drafts are not yet claims), with their sessions.
    std::map<qint64, FinanceForm> forms;
    auto f = db.run(QStringLiteral("SELECT id, referral_id, month, mileage_miles FROM lift_finance_forms "
                                   "WHERE status <> 'draft' ORDER BY month, id"),
                    {}, "reading LIFT finance forms");
    if (!f)
        return f.status();
    QSqlQuery fq = std::move(f).value();
    while (fq.next()) {
        if (!index.count(fq.value(1).toLongLong()))
            continue;
        FinanceForm form;
        form.id = fq.value(0).toLongLong();
        form.referralId = fq.value(1).toLongLong();
        form.month = dateFromText(fq.value(2).toString());
        form.mileageMiles = fq.value(3).toDouble();
        forms[form.id] = form;
    }
    auto s =
        db.run(QStringLiteral("SELECT form_id, session_date, minutes, child_accommodated FROM lift_sessions "
                              "ORDER BY session_date, id"),
               {}, "reading LIFT finance sessions");
    if (!s)
        return s.status();
    QSqlQuery sq = std::move(s).value();
    while (sq.next()) {
        auto it = forms.find(sq.value(0).toLongLong());
        if (it == forms.end())
            continue;
        FinanceSession session;
        session.date = dateFromText(sq.value(1).toString());
        session.minutes = sq.value(2).toInt();
        session.childAccommodated = sq.value(3).toBool();
        it->second.sessions.push_back(session);
    }

    const std::vector<LiftRate> rates = readRates(db, out.warnings);
    for (const auto& [id, form] : forms) {
        LiftReferralStats& r = out.referrals[index[form.referralId]];
        auto pay = calculatePayment(form, rates);
        if (!pay) {
            out.warnings << Lift::tr("Finance form %1 is left out of the cost: %2").arg(id).arg(pay.error());
            continue;
        }
        r.sessionMinutes += pay->minutes;
        r.exemptPence += pay->exemptPence;
        r.taxablePence += pay->taxablePence;
        r.mileagePence += pay->mileagePence;
    }

    std::map<qint64, int> successes;
    for (size_t i = 0; i < out.referrals.size(); ++i) {
        LiftReferralStats& r = out.referrals[i];
        std::set<qint64> seen;
        for (const Link& link : links[r.referralId]) {
            if (!r.firstLinkedOn.isValid() || link.linkedOn < r.firstLinkedOn)
                r.firstLinkedOn = link.linkedOn;
            if (seen.insert(link.mentorId).second)
                r.mentors << mentorNames[link.mentorId];
        }
        r.outcome = outcomeOf(r, closures[i].present, closures[i].achieved);
        if (r.firstLinkedOn.isValid() && r.closedOn.isValid())
            r.daysInvolved = int(std::max<qint64>(0, r.firstLinkedOn.daysTo(r.closedOn)));
        if (r.outcome == QLatin1String("achieved")) {
            for (qint64 mentor : seen)
                ++successes[mentor];
            if (r.careFollowUp == QLatin1String("no")) {
                r.weeksAvoided = kLiftWeeksAvoidedPerReferral;
                if (auto week = rateInForce(rates, QStringLiteral("placement_week"), r.closedOn))
                    r.savingsPence = r.weeksAvoided * week->pence;
                else
                    out.warnings << Lift::tr("No weekly placement cost is in force on %1: referral %2 counts "
                                             "weeks avoided but no savings.")
                                        .arg(r.closedOn.toString(QStringLiteral("dd/MM/yyyy")))
                                        .arg(r.referralId);
            }
        }
    }

    Accumulator total;
    std::map<QString, Accumulator> byAim;
    std::map<QString, Accumulator> byLocality;
    for (const LiftReferralStats& r : out.referrals) {
        total.add(r);
        byAim[r.aim].add(r);
        byLocality[r.locality].add(r);
    }
    out.total = total.finish();
    out.total.label = Lift::tr("All referrals");
    for (const QString& aim : vocab::liftAim().codes()) {
        LiftGroupStats g = byAim[aim].finish();
        g.key = aim;
        g.label = vocab::liftAim().label(aim);
        out.byAim.push_back(g);
    }
    for (auto& [locality, acc] : byLocality) {
        if (locality.isEmpty())
            continue;
        LiftGroupStats g = acc.finish();
        g.key = g.label = locality;
        out.byLocality.push_back(g);
    }
    if (auto it = byLocality.find(QString()); it != byLocality.end()) {
        LiftGroupStats g = it->second.finish();
        g.label = Lift::tr("Not recorded");
        out.byLocality.push_back(g);
    }
    for (const auto& [mentor, count] : successes)
        out.mentors.push_back({mentor, mentorNames[mentor], count});
    std::sort(
        out.mentors.begin(), out.mentors.end(), [](const LiftMentorSuccess& a, const LiftMentorSuccess& b) {
            return a.referralsAchieved != b.referralsAchieved ? a.referralsAchieved > b.referralsAchieved
                                                              : a.name.localeAwareCompare(b.name) < 0;
        });
    return out;
}

QStringList liftLocalities(const Database& db) {
    QStringList out;
    QVariantList bindings;
    const QString visible = access::visibleFamiliesCondition(db, QStringLiteral("r.family_id"), bindings);
    auto q = db.run(
        QStringLiteral("SELECT DISTINCT r.locality FROM lift_referrals r WHERE r.locality <> '' AND %1 "
                       "ORDER BY r.locality")
            .arg(visible),
        bindings, "listing LIFT localities");
    if (!q)
        return out;
    QSqlQuery query = std::move(q).value();
    while (query.next())
        out << query.value(0).toString();
    return out;
}

} // namespace waymark
