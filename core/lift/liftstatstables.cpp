#include "lift/liftstatstables.h"

#include "lift/liftvocabulary.h"
#include "util/trcontext.h"

#include <QCoreApplication>

namespace waymark {

namespace {

QString isoDate(const QDate& d) {
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

double hours(int minutes) {
    return minutes / 60.0;
}

QStringList groupHeaders(const QString& first) {
    return {first,
            Lift::tr("Referrals"),
            Lift::tr("Families referred"),
            Lift::tr("Appropriate"),
            Lift::tr("Not appropriate (NFA)"),
            Lift::tr("Decision pending"),
            Lift::tr("Closed"),
            Lift::tr("Families achieving an aim"),
            Lift::tr("Families not achieving"),
            Lift::tr("Families in progress"),
            Lift::tr("Entered care within a year"),
            Lift::tr("Returned to care within a year"),
            Lift::tr("Not in care a year on"),
            Lift::tr("Follow-up not yet known"),
            Lift::tr("Average involvement (weeks)"),
            Lift::tr("Session hours"),
            Lift::tr("Exempt pay (£)"),
            Lift::tr("Taxable pay (£)"),
            Lift::tr("Mileage (£)"),
            Lift::tr("Total cost (£)"),
            Lift::tr("Weeks of care avoided"),
            Lift::tr("Possible savings (£)")};
}

std::vector<StatsCell> groupRow(const LiftGroupStats& g) {
    using C = StatsCell;
    return {C::str(g.label),
            C::integer(g.referrals),
            C::integer(g.families),
            C::integer(g.appropriate),
            C::integer(g.notAppropriate),
            C::integer(g.pendingDecision),
            C::integer(g.closed),
            C::integer(g.familiesAchieved),
            C::integer(g.familiesNotAchieved),
            C::integer(g.familiesInProgress),
            C::integer(g.enteredCare),
            C::integer(g.returnedToCare),
            C::integer(g.notInCare),
            C::integer(g.followUpUnknown),
            C::decimal(g.averageWeeks()),
            C::decimal(hours(g.sessionMinutes)),
            C::money(g.exemptPence),
            C::money(g.taxablePence),
            C::money(g.mileagePence),
            C::money(g.costPence()),
            C::integer(g.weeksAvoided),
            C::money(g.savingsPence)};
}

StatsTable summary(const LiftStatistics& s) {
    using C = StatsCell;
    StatsTable t{QStringLiteral("Summary"), {Lift::tr("Measure"), Lift::tr("Value")}, {}};
    const LiftGroupStats& g = s.total;
    auto row = [&t](const QString& label, StatsCell value) {
        t.rows.push_back({C::str(label), value});
    };
    row(Lift::tr("Referrals from"), C::str(isoDate(s.filter.from)));
    row(Lift::tr("Referrals to"), C::str(isoDate(s.filter.to)));
    row(Lift::tr("Aim"),
        C::str(s.filter.aim.isEmpty() ? Lift::tr("All aims") : vocab::liftAim().label(s.filter.aim)));
    row(Lift::tr("Locality"),
        C::str(s.filter.locality.isEmpty() ? Lift::tr("All localities") : s.filter.locality));
    row(Lift::tr("Produced on"), C::str(isoDate(s.producedOn)));
    const QStringList headers = groupHeaders(QString());
    const std::vector<StatsCell> values = groupRow(g);
    for (int i = 1; i < headers.size(); ++i)
        row(headers.at(i), values.at(size_t(i)));
    return t;
}

StatsTable referrals(const LiftStatistics& s) {
    using C = StatsCell;
    StatsTable t{QStringLiteral("Referrals"),
                 {Lift::tr("Referral"),
                  Lift::tr("Family record"),
                  Lift::tr("Referral date"),
                  Lift::tr("Aim"),
                  Lift::tr("Locality"),
                  Lift::tr("Decision"),
                  Lift::tr("Mentors"),
                  Lift::tr("First linked"),
                  Lift::tr("Closed"),
                  Lift::tr("Length (days)"),
                  Lift::tr("Length (weeks)"),
                  Lift::tr("Outcome"),
                  Lift::tr("Care one year on"),
                  Lift::tr("Session hours"),
                  Lift::tr("Exempt pay (£)"),
                  Lift::tr("Taxable pay (£)"),
                  Lift::tr("Mileage (£)"),
                  Lift::tr("Total cost (£)"),
                  Lift::tr("Weeks of care avoided"),
                  Lift::tr("Possible savings (£)")},
                 {}};
    for (const LiftReferralStats& r : s.referrals) {
        const bool measured = r.daysInvolved >= 0;
        t.rows.push_back(
            {C::integer(r.referralId),
             C::integer(r.familyId),
             C::str(isoDate(r.referralDate)),
             C::str(vocab::liftAim().label(r.aim)),
             C::str(r.locality),
             C::str(vocab::liftDecision().label(r.decision)),
             C::str(r.mentors.join(QStringLiteral("; "))),
             C::str(isoDate(r.firstLinkedOn)),
             C::str(isoDate(r.closedOn)),
             measured ? C::integer(r.daysInvolved) : C::str(QString()),
             measured ? C::decimal(r.daysInvolved / 7.0) : C::str(QString()),
             C::str(liftOutcomeLabel(r.outcome)),
             C::str(r.closedOn.isValid() ? vocab::liftCareFollowUp().label(r.careFollowUp) : QString()),
             C::decimal(hours(r.sessionMinutes)),
             C::money(r.exemptPence),
             C::money(r.taxablePence),
             C::money(r.mileagePence),
             C::money(r.costPence()),
             C::integer(r.weeksAvoided),
             C::money(r.savingsPence)});
    }
    return t;
}

} // namespace

QString StatsCell::plain() const {
    switch (kind) {
    case Text:
        return text;
    case Integer:
        return QString::number(value);
    case Money:
        return QStringLiteral("%1%2.%3")
            .arg(value < 0 ? QStringLiteral("-") : QString())
            .arg(qAbs(value) / 100)
            .arg(qAbs(value) % 100, 2, 10, QLatin1Char('0'));
    case Decimal:
        return QString::number(number, 'f', 2);
    }
    return text;
}

std::vector<StatsTable> liftStatisticsTables(const LiftStatistics& s) {
    using C = StatsCell;
    std::vector<StatsTable> out;
    out.push_back(summary(s));
    StatsTable aims{QStringLiteral("By aim"), groupHeaders(Lift::tr("Aim")), {}};
    for (const LiftGroupStats& g : s.byAim)
        aims.rows.push_back(groupRow(g));
    out.push_back(aims);
    StatsTable places{QStringLiteral("By locality"), groupHeaders(Lift::tr("Locality")), {}};
    for (const LiftGroupStats& g : s.byLocality)
        places.rows.push_back(groupRow(g));
    out.push_back(places);
    out.push_back(referrals(s));
    StatsTable mentors{QStringLiteral("Mentors"),
                       {Lift::tr("Mentor"), Lift::tr("Referrals closed with the aim achieved")},
                       {}};
    for (const LiftMentorSuccess& m : s.mentors)
        mentors.rows.push_back({C::str(m.name), C::integer(m.referralsAchieved)});
    out.push_back(mentors);
    StatsTable notes{QStringLiteral("Notes"), {Lift::tr("Note")}, {{C::str(liftSavingsAssumption())}}};
    for (const QString& w : s.warnings)
        notes.rows.push_back({C::str(w)});
    out.push_back(notes);
    return out;
}

} // namespace waymark
