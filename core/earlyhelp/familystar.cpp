#include "earlyhelp/familystar.h"

#include "util/trcontext.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace waymark {

namespace {

const EhForm* firstAssessment(const std::vector<EhForm>& forms) {
    for (const EhForm& f : forms)
        if (f.kind == QLatin1String("star_assessment") && f.mainReading())
            return &f;
    return nullptr;
}

// The latest approved review after the assessment (forms come in completion-date order).
const EhForm* latestReview(const std::vector<EhForm>& forms, const EhForm* assessment) {
    const EhForm* latest = nullptr;
    for (const EhForm& f : forms)
        if (f.kind == QLatin1String("star_review") && f.mainReading() &&
            (!assessment || f.completedOn >= assessment->completedOn))
            latest = &f;
    return latest;
}

std::vector<int> scoresOf(const StarReading& r) {
    std::vector<int> out;
    for (const QString& area : vocab::starArea().codes())
        out.push_back(r.scoreOf(area));
    return out;
}

QString lineLabel(const EhForm& f, int reviewNumber, const StarReading& r, bool namePerspective) {
    const QString date =
        QLocale().toString(r.scoredOn.isValid() ? r.scoredOn : f.completedOn, QLocale::ShortFormat);
    QString label = f.kind == QLatin1String("star_assessment")
                        ? EarlyHelp::tr("Assessment %1").arg(date)
                        : EarlyHelp::tr("Review %1, %2").arg(reviewNumber).arg(date);
    // Short words for the legend; the form itself says the whole of it.
    if (namePerspective && r.perspective == QLatin1String("worker"))
        label += EarlyHelp::tr(", worker's view");
    else if (namePerspective && r.perspective == QLatin1String("family"))
        label += EarlyHelp::tr(", family's view");
    else if (namePerspective && r.perspective == QLatin1String("worker_only"))
        label += EarlyHelp::tr(", worker only");
    return label;
}

QString areaName(const char* code) {
    return vocab::starArea().label(QString::fromLatin1(code));
}

} // namespace

std::vector<StarLine> starChartLines(const std::vector<EhForm>& forms, bool everyReading) {
    std::vector<StarLine> lines;
    int review = 0;
    const EhForm* assessment = firstAssessment(forms);
    const EhForm* latest = latestReview(forms, assessment);
    for (const EhForm& f : forms) {
        if (!isStarKind(f.kind))
            continue;
        if (f.kind == QLatin1String("star_review"))
            ++review;
        if (!everyReading && &f != assessment && &f != latest)
            continue;
        if (everyReading) {
            for (const StarReading& r : f.readings)
                lines.push_back(
                    {lineLabel(f, review, r, true), r.scoredOn, f.kind, r.perspective, scoresOf(r)});
        } else if (const StarReading* r = f.mainReading()) {
            lines.push_back(
                {lineLabel(f, review, *r, false), r->scoredOn, f.kind, r->perspective, scoresOf(*r)});
        }
    }
    std::stable_sort(lines.begin(), lines.end(),
                     [](const StarLine& a, const StarLine& b) { return a.on < b.on; });
    return lines;
}

std::optional<DistanceTravelled> distanceTravelled(const std::vector<EhForm>& forms) {
    const EhForm* assessment = firstAssessment(forms);
    if (!assessment)
        return std::nullopt;
    const EhForm* latest = latestReview(forms, assessment);
    DistanceTravelled d;
    d.assessedOn = assessment->completedOn;
    const StarReading* a = assessment->mainReading();
    const StarReading* r = latest ? latest->mainReading() : nullptr;
    if (latest)
        d.reviewedOn = latest->completedOn;
    for (const QString& area : vocab::starArea().codes())
        d.rows.push_back({area, a->scoreOf(area), r ? r->scoreOf(area) : 0});
    return d;
}

std::optional<double> recordedAttendance(const EhForm& form) {
    bool ok = false;
    const double value = form.text(QStringLiteral("school_attendance")).trimmed().toDouble(&ok);
    if (!ok)
        return std::nullopt;
    return value;
}

PbrResult paymentByResults(const std::vector<EhForm>& forms) {
    PbrResult result;
    const EhForm* assessmentForm = firstAssessment(forms);
    const EhForm* reviewForm = latestReview(forms, assessmentForm);
    const StarReading* start = assessmentForm ? assessmentForm->mainReading() : nullptr;
    const StarReading* now = reviewForm ? reviewForm->mainReading() : nullptr;
    const int t = kPbrThreshold;

    // A headline over some areas: `all` needs each at the threshold, otherwise any one will do.
    auto areas = [&](const char* key, const QString& title, std::vector<const char*> codes, bool all) {
        PbrHeadline h;
        h.key = QString::fromLatin1(key);
        h.title = title;
        QStringList names;
        for (const char* c : codes)
            names << areaName(c);
        h.requirement = all ? EarlyHelp::tr("%1 or more in %2").arg(t).arg(names.join(EarlyHelp::tr(" and ")))
                            : EarlyHelp::tr("%1 or more in %2").arg(t).arg(names.join(EarlyHelp::tr(" or ")));
        auto meets = [&](const StarReading* r) {
            int at = 0;
            for (const char* c : codes)
                at += r->scoreOf(QString::fromLatin1(c)) >= t;
            return all ? at == int(codes.size()) : at > 0;
        };
        auto scores = [&](const StarReading* r) {
            QStringList parts;
            for (const char* c : codes)
                parts << QStringLiteral("%1 %2").arg(areaName(c)).arg(r->scoreOf(QString::fromLatin1(c)));
            return parts.join(QStringLiteral(", "));
        };
        h.applies = start && !meets(start);
        if (!start)
            h.reason = EarlyHelp::tr("No approved assessment.");
        else if (!h.applies)
            h.reason = EarlyHelp::tr("Already met at assessment (%1).").arg(scores(start));
        else if (!now)
            h.reason = EarlyHelp::tr("At assessment %1; no approved review yet.").arg(scores(start));
        else {
            h.met = meets(now);
            h.reason =
                h.met ? EarlyHelp::tr("Met: %1 at assessment, now %2.").arg(scores(start), scores(now))
                      : EarlyHelp::tr("Not yet: %1 at assessment, now %2.").arg(scores(start), scores(now));
        }
        result.headlines.push_back(h);
    };

    // Children who need help: 7 or more in at least 6 of 10 areas, one of them Keeping your
    // children safe.
    {
        PbrHeadline h;
        h.key = QStringLiteral("children_need_help");
        h.title = EarlyHelp::tr("Children who need help");
        h.requirement = EarlyHelp::tr("%1 or more in at least 6 of the 10 areas, one of which is %2")
                            .arg(t)
                            .arg(areaName("keeping_safe"));
        auto count = [&](const StarReading* r) {
            int n = 0;
            for (const QString& area : vocab::starArea().codes())
                n += r->scoreOf(area) >= t;
            return n;
        };
        auto meets = [&](const StarReading* r) {
            return count(r) >= 6 && r->scoreOf(QStringLiteral("keeping_safe")) >= t;
        };
        auto words = [&](const StarReading* r) {
            return EarlyHelp::tr("%1 areas at %2 or more, %3 %4")
                .arg(count(r))
                .arg(t)
                .arg(areaName("keeping_safe"))
                .arg(r->scoreOf(QStringLiteral("keeping_safe")));
        };
        h.applies = start && !meets(start);
        if (!start)
            h.reason = EarlyHelp::tr("No approved assessment.");
        else if (!h.applies)
            h.reason = EarlyHelp::tr("Already met at assessment (%1).").arg(words(start));
        else if (!now)
            h.reason = EarlyHelp::tr("At assessment %1; no approved review yet.").arg(words(start));
        else {
            h.met = meets(now);
            h.reason =
                h.met ? EarlyHelp::tr("Met: at assessment %1; now %2.").arg(words(start), words(now))
                      : EarlyHelp::tr("Not yet: at assessment %1; now %2.").arg(words(start), words(now));
        }
        result.headlines.push_back(h);
    }
    areas("worklessness", EarlyHelp::tr("Out of work, at risk of financial exclusion or worklessness"),
          {"progress_to_work", "home_and_money"}, false);
    areas("domestic_abuse", EarlyHelp::tr("Affected by domestic abuse"), {"keeping_safe", "well_being"},
          true);
    areas("health", EarlyHelp::tr("Health problems"), {"physical_health"}, true);

    // School attendance, section 23: work with every family towards 90%.
    {
        PbrHeadline h;
        h.key = QStringLiteral("school_attendance");
        h.title = EarlyHelp::tr("School attendance");
        h.requirement = EarlyHelp::tr("%1% or more for every child of school age").arg(kPbrAttendance);
        // -1: not recorded (a plain double: GCC 12 misreads std::optional<double> here).
        const double before = assessmentForm ? recordedAttendance(*assessmentForm).value_or(-1) : -1;
        const double after = reviewForm ? recordedAttendance(*reviewForm).value_or(-1) : -1;
        h.applies = before >= 0 && before < kPbrAttendance;
        if (before < 0)
            h.reason = EarlyHelp::tr("No attendance recorded at assessment.");
        else if (!h.applies)
            h.reason = EarlyHelp::tr("Already %1% at assessment.").arg(before);
        else if (after < 0)
            h.reason = EarlyHelp::tr("%1% at assessment; no attendance recorded at an approved review yet.")
                           .arg(before);
        else {
            h.met = after >= kPbrAttendance;
            h.reason = h.met ? EarlyHelp::tr("Met: %1% at assessment, now %2%.").arg(before).arg(after)
                             : EarlyHelp::tr("Not yet: %1% at assessment, now %2%.").arg(before).arg(after);
        }
        result.headlines.push_back(h);
    }

    int applying = 0, met = 0;
    QStringList missing;
    for (const PbrHeadline& h : result.headlines) {
        applying += h.applies;
        met += h.applies && h.met;
        if (h.applies && !h.met)
            missing << h.title;
    }
    if (!start)
        result.reason = EarlyHelp::tr("Not yet: the Family Star assessment has not been approved.");
    else if (!now)
        result.reason = EarlyHelp::tr("Not yet: no approved Family Star review to show progress.");
    else if (applying == 0)
        result.reason =
            EarlyHelp::tr("Does not qualify: the assessment showed no need under any headline, so "
                          "there is no progress to evidence.");
    else {
        result.qualifies = met == applying;
        result.reason = result.qualifies
                            ? EarlyHelp::tr("Qualifies: sustained and significant progress under all %n "
                                            "headline(s) that applied.",
                                            nullptr, applying)
                            : EarlyHelp::tr("Does not qualify yet: still to show progress under %1.")
                                  .arg(missing.join(QStringLiteral("; ")));
    }
    return result;
}

} // namespace waymark
