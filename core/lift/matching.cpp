#include "lift/matching.h"

#include "lift/liftrepository.h"
#include "lift/liftvocabulary.h"
#include "lift/mentorrepository.h"
#include "lift/postcodeplaces.h"
#include "storage/database.h"
#include "storage/familyrepository.h"
#include "util/trcontext.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace waymark {

namespace {

using Weight = MatchReason::Weight;

QString labels(const QStringList& codes) {
    QStringList out;
    for (const QString& c : codes)
        out << vocab::liftSupport().label(c).toLower();
    return out.join(QStringLiteral(", "));
}

QString hoursText(double hours) {
    return QString::number(hours, 'g', 3);
}

void supportFit(const LiftReferral& r, const Mentor& m, MentorMatch& out) {
    if (r.supportNeeded.isEmpty()) {
        out.reasons.push_back({Weight::Neutral, Lift::tr("The referral names no kind of support yet.")});
        return;
    }
    QStringList offered, missing;
    for (const QString& need : r.supportNeeded)
        (m.supportOffered.contains(need) ? offered : missing) << need;
    out.score += int(std::lround(30.0 * offered.size() / r.supportNeeded.size()));
    if (missing.isEmpty())
        out.reasons.push_back(
            {Weight::Good, Lift::tr("Offers all the support needed: %1.").arg(labels(offered))});
    else if (offered.isEmpty())
        out.reasons.push_back(
            {Weight::Concern, Lift::tr("Offers none of the support needed (%1).").arg(labels(missing))});
    else
        out.reasons.push_back(
            {Weight::Concern, Lift::tr("Offers %1 but not %2.").arg(labels(offered), labels(missing))});
}

void hoursFit(const Mentor& m, const MentorWorkload& w, MentorMatch& out) {
    out.hoursLeft = m.hoursPerWeek - w.hoursAgreed;
    QString text;
    if (out.hoursLeft <= 0) {
        out.blocked = true;
        out.score -= 50;
        text = Lift::tr("No hours left this week: %1 of %2 agreed with %n family(ies).", nullptr,
                        w.currentFamilies)
                   .arg(hoursText(w.hoursAgreed), hoursText(m.hoursPerWeek));
        out.reasons.push_back({Weight::Blocker, text});
    } else {
        out.score += int(std::lround(2 * std::min(out.hoursLeft, 8.0)));
        text =
            w.currentFamilies == 0
                ? Lift::tr("%1 hours a week free: working with no family now.").arg(hoursText(out.hoursLeft))
                : Lift::tr("%1 of %2 hours a week left, working with %n family(ies).", nullptr,
                           w.currentFamilies)
                      .arg(hoursText(out.hoursLeft), hoursText(m.hoursPerWeek));
        out.reasons.push_back({out.hoursLeft >= 2 ? Weight::Good : Weight::Concern, text});
    }
    if (w.familiesWithoutAgreedHours > 0)
        out.reasons.push_back(
            {Weight::Concern,
             Lift::tr("%n linked family(ies) have no hours agreed yet (agreement meeting to hold).", nullptr,
                      w.familiesWithoutAgreedHours)});
}

void distanceFit(const QString& familyPostcode, const Mentor& m, MentorMatch& out) {
    out.miles = milesBetween(familyPostcode, m.address.postcode);
    if (!out.miles) {
        const QString missing = postcodeDistrict(familyPostcode).isEmpty() ? Lift::tr("the family's postcode")
                                : placeForPostcode(familyPostcode)
                                    ? Lift::tr("the mentor's postcode")
                                    : Lift::tr("the family's postcode district");
        out.reasons.push_back(
            {Weight::Neutral,
             Lift::tr("Travel distance unknown: %1 is missing or outside the place list.").arg(missing)});
        return;
    }
    const double miles = *out.miles;
    out.score += int(std::lround(std::max(0.0, 20.0 - miles)));
    const QString where = placeForPostcode(m.address.postcode)->town;
    const QString text = miles < 1 ? Lift::tr("Lives in the same town (%1).").arg(where)
                                   : Lift::tr("About %1 miles away in a straight line (%2).")
                                         .arg(QString::number(std::lround(miles)), where);
    out.reasons.push_back({miles <= 10   ? Weight::Good
                           : miles <= 20 ? Weight::Neutral
                                         : Weight::Concern,
                           text});
}

void saferCareFit(const LiftReferral& r, const Mentor& m, MentorMatch& out) {
    if (!r.supportNeeded.contains(QStringLiteral("day_respite")) || m.fosterChildrenAtHome <= 0)
        return;
    out.saferCareConflict = true;
    out.score -= 15;
    out.reasons.push_back(
        {Weight::Concern, Lift::tr("Safer care: %n foster child(ren) live at the mentor's home and day "
                                   "respite is asked. Discuss at "
                                   "the agreement meeting; their CCSWs and IROs must be told.",
                                   nullptr, m.fosterChildrenAtHome)});
}

void pastWorkFit(const MentorWorkload& w, MentorMatch& out) {
    if (w.pastWithSameAim == 0) {
        out.reasons.push_back({Weight::Neutral, Lift::tr("No past LIFT work on this aim.")});
        return;
    }
    out.score += 5 * w.pastWithSameAimAchieved;
    if (w.pastWithSameAimAchieved > 0)
        out.reasons.push_back({Weight::Good, Lift::tr("Helped %1 of %n family(ies) with this aim achieve it.",
                                                      nullptr, w.pastWithSameAim)
                                                 .arg(w.pastWithSameAimAchieved)});
    else
        out.reasons.push_back(
            {Weight::Neutral, Lift::tr("Worked with %n family(ies) on this aim; none achieved it.", nullptr,
                                       w.pastWithSameAim)});
}

} // namespace

std::vector<MentorMatch> rankMentors(const LiftReferral& referral, const QString& familyPostcode,
                                     const std::vector<Mentor>& mentors,
                                     const QHash<qint64, MentorWorkload>& workloads) {
    std::vector<MentorMatch> out;
    for (const Mentor& m : mentors) {
        if (!m.active)
            continue;
        MentorMatch match;
        match.mentor = m;
        const MentorWorkload w = workloads.value(m.id);
        supportFit(referral, m, match);
        hoursFit(m, w, match);
        distanceFit(familyPostcode, m, match);
        saferCareFit(referral, m, match);
        pastWorkFit(w, match);
        out.push_back(std::move(match));
    }
    std::stable_sort(out.begin(), out.end(), [](const MentorMatch& a, const MentorMatch& b) {
        if (a.blocked != b.blocked)
            return !a.blocked;
        if (a.score != b.score)
            return a.score > b.score;
        if (a.hoursLeft != b.hoursLeft)
            return a.hoursLeft > b.hoursLeft;
        return a.mentor.name.localeAwareCompare(b.mentor.name) < 0;
    });
    return out;
}

QHash<qint64, MentorWorkload> mentorWorkloads(const Database& db, const QString& aim) {
    QHash<qint64, MentorWorkload> out;
    // Current families and the hours agreed at each one's latest meeting (0 rows: none held yet).
    auto current =
        db.run(QStringLiteral(
                   "SELECT l.mentor_id, (SELECT m.hours_per_week FROM lift_meetings m WHERE m.referral_id = "
                   "l.referral_id ORDER BY m.held_on DESC, m.id DESC LIMIT 1) FROM lift_links l "
                   "WHERE l.unlinked_on IS NULL"),
               {}, "reading mentors' current work");
    if (current) {
        QSqlQuery q = std::move(current).value();
        while (q.next()) {
            MentorWorkload& w = out[q.value(0).toLongLong()];
            ++w.currentFamilies;
            if (q.value(1).isNull())
                ++w.familiesWithoutAgreedHours;
            else
                w.hoursAgreed += q.value(1).toDouble();
        }
    }
    // Past work on the same aim: referrals this mentor was linked to that have closed.
    auto past = db.run(QStringLiteral("SELECT l.mentor_id, COUNT(DISTINCT c.id), "
                                      "COUNT(DISTINCT CASE WHEN c.aim_achieved = 1 THEN c.id END) "
                                      "FROM lift_links l JOIN lift_referrals r ON r.id = l.referral_id "
                                      "JOIN lift_closures c ON c.referral_id = r.id WHERE r.aim = ? "
                                      "GROUP BY l.mentor_id"),
                       {aim}, "reading mentors' past work");
    if (past) {
        QSqlQuery q = std::move(past).value();
        while (q.next()) {
            MentorWorkload& w = out[q.value(0).toLongLong()];
            w.pastWithSameAim = q.value(1).toInt();
            w.pastWithSameAimAchieved = q.value(2).toInt();
        }
    }
    return out;
}

Result<std::vector<MentorMatch>> suggestMentors(Database& db, qint64 referralId) {
    auto referral = LiftRepository(db).referral(referralId);
    if (!referral)
        return referral.status();
    auto family = FamilyRepository(db).get(referral->familyId);
    if (!family)
        return family.status();
    return rankMentors(*referral, family->address.postcode, MentorRepository(db).all(true),
                       mentorWorkloads(db, referral->aim));
}

} // namespace waymark
