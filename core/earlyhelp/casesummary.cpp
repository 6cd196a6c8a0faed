#include "earlyhelp/casesummary.h"

#include "util/trcontext.h"

#include <QCoreApplication>

#include <algorithm>

namespace waymark {

const Vocabulary& vocab::caseSummaryReason() {
    static const Vocabulary v(
        "caseSummaryReason",
        {
            {"initial", QT_TRANSLATE_NOOP("Vocabulary", "Initial (within four months)")},
            {"three_monthly", QT_TRANSLATE_NOOP("Vocabulary", "Three-monthly")},
            {"consultation", QT_TRANSLATE_NOOP("Vocabulary", "Seeking consultation from social care")},
            {"other", QT_TRANSLATE_NOOP("Vocabulary", "Other reason")},
        });
    return v;
}

const std::vector<FormSection>& caseSummarySections() {
    using namespace casesummary;
    static const std::vector<FormSection> sections = {
        {composition, QT_TRANSLATE_NOOP("waymark::EarlyHelp", "Family composition"),
         QT_TRANSLATE_NOOP("waymark::EarlyHelp",
                           "Names and ages of the family members you have contact with")},
        {otherWorkers, QT_TRANSLATE_NOOP("waymark::EarlyHelp", "Other current workers"),
         QT_TRANSLATE_NOOP("waymark::EarlyHelp", "Name and agency of each")},
        {whyWorking, QT_TRANSLATE_NOOP("waymark::EarlyHelp", "Why are we working with this family?"),
         QT_TRANSLATE_NOOP("waymark::EarlyHelp",
                           "How long the case has been open and the key areas of involvement")},
        {harm, QT_TRANSLATE_NOOP("waymark::EarlyHelp", "1a. Harm/risk"),
         QT_TRANSLATE_NOOP("waymark::EarlyHelp",
                           "Actual, factual incidents of harm, including harm to the family's outcomes")},
        {complicating, QT_TRANSLATE_NOOP("waymark::EarlyHelp", "1b. Complicating factors"),
         QT_TRANSLATE_NOOP("waymark::EarlyHelp", "What may make the situation more difficult to resolve")},
        {strengths, QT_TRANSLATE_NOOP("waymark::EarlyHelp", "1c. Existing strengths"),
         QT_TRANSLATE_NOOP("waymark::EarlyHelp", "What is working well for the family, who supports them")},
        {safetyFactors, QT_TRANSLATE_NOOP("waymark::EarlyHelp", "1d. Existing safety/positive factors"),
         QT_TRANSLATE_NOOP("waymark::EarlyHelp",
                           "What helps mitigate the risk, harm and complicating factors")},
        {safetyGoals, QT_TRANSLATE_NOOP("waymark::EarlyHelp", "Safety goals / EH outcomes"),
         QT_TRANSLATE_NOOP("waymark::EarlyHelp", "What we are working towards with the family")},
        {nextSteps, QT_TRANSLATE_NOOP("waymark::EarlyHelp", "Next steps"),
         QT_TRANSLATE_NOOP("waymark::EarlyHelp", "What needs to happen now to support change")},
        {danger, QT_TRANSLATE_NOOP("waymark::EarlyHelp", "Danger statements: if nothing changes..."),
         QT_TRANSLATE_NOOP("waymark::EarlyHelp", "Who is worried, why, and what they think might happen")},
        {achievements,
         QT_TRANSLATE_NOOP("waymark::EarlyHelp", "Key achievements and progress towards outcomes"),
         QT_TRANSLATE_NOOP(
             "waymark::EarlyHelp",
             "What are you most proud of, what is the family most proud of? Small steps count")},
    };
    return sections;
}

const std::vector<FormSection>& signsOfSafetyMapping() {
    static const std::vector<FormSection> mapping = [] {
        std::vector<FormSection> out;
        for (const FormSection& s : caseSummarySections())
            for (const char* key :
                 {casesummary::harm, casesummary::complicating, casesummary::strengths,
                  casesummary::safetyFactors, casesummary::safetyGoals, casesummary::nextSteps})
                if (QLatin1String(s.key) == QLatin1String(key))
                    out.push_back(s);
        return out;
    }();
    return mapping;
}

const std::vector<SummaryScale>& caseSummaryScales() {
    using namespace casesummary;
    static const std::vector<SummaryScale> scales = {
        {safetyScale, safetyLow, safetyHigh, QT_TRANSLATE_NOOP("waymark::EarlyHelp", "Safety scale"),
         QT_TRANSLATE_NOOP("waymark::EarlyHelp", "e.g. child protection"),
         QT_TRANSLATE_NOOP("waymark::EarlyHelp", "e.g. no need for social work intervention")},
        {wellbeingScale, wellbeingLow, wellbeingHigh,
         QT_TRANSLATE_NOOP("waymark::EarlyHelp", "Wellbeing scale"),
         QT_TRANSLATE_NOOP("waymark::EarlyHelp", "e.g. risk of family breakdown"),
         QT_TRANSLATE_NOOP("waymark::EarlyHelp", "e.g. needs can be met by universal services")},
    };
    return scales;
}

std::optional<int> summaryScaleValue(const EhForm& form, const char* key) {
    bool ok = false;
    const int v = form.text(QLatin1String(key)).trimmed().toInt(&ok);
    return ok ? std::optional<int>(v) : std::nullopt;
}

std::optional<DistanceTravelled> summaryDistanceTravelled(const std::vector<EhForm>& approvedForms,
                                                          const QDate& summaryDate) {
    std::vector<EhForm> star;
    for (const EhForm& f : approvedForms)
        if (isStarKind(f.kind) && f.isApproved() &&
            (!summaryDate.isValid() || !f.completedOn.isValid() || f.completedOn <= summaryDate))
            star.push_back(f);
    std::stable_sort(star.begin(), star.end(),
                     [](const EhForm& a, const EhForm& b) { return a.completedOn < b.completedOn; });
    return distanceTravelled(star);
}

QDate nextCaseSummaryDue(const QDate& engagementStarted, const std::vector<EhForm>& approvedSummaries) {
    QDate latest;
    for (const EhForm& f : approvedSummaries)
        if (f.kind == QLatin1String("case_summary") && f.isApproved() && f.completedOn.isValid() &&
            (!latest.isValid() || f.completedOn > latest))
            latest = f.completedOn;
    if (latest.isValid())
        return latest.addMonths(3);
    return engagementStarted.isValid() ? engagementStarted.addMonths(4) : QDate();
}

void checkCaseSummary(const EhForm& form, FormCheck check, ValidationIssues& issues) {
    using namespace casesummary;
    const bool submit = check == FormCheck::Submit;
    const QString why = form.text(QLatin1String(reason));
    if (!why.isEmpty() && !vocab::caseSummaryReason().contains(why))
        issues.push_back(
            {QLatin1String(reason), EarlyHelp::tr("\"%1\" is not a reason for a case summary.").arg(why)});
    for (const SummaryScale& s : caseSummaryScales()) {
        const QString name = EarlyHelp::tr(s.label);
        const QString raw = form.text(QLatin1String(s.valueKey)).trimmed();
        if (!raw.isEmpty()) {
            const auto v = summaryScaleValue(form, s.valueKey);
            if (!v || *v < 0 || *v > 10)
                issues.push_back(
                    {QLatin1String(s.valueKey),
                     EarlyHelp::tr("%1: a whole number from 0 to 10, not \"%2\".").arg(name, raw)});
        } else if (submit) {
            issues.push_back(
                {QLatin1String(s.valueKey), EarlyHelp::tr("%1: give a score from 0 to 10.").arg(name)});
        }
        if (submit && (form.text(QLatin1String(s.lowKey)).trimmed().isEmpty() ||
                       form.text(QLatin1String(s.highKey)).trimmed().isEmpty()))
            issues.push_back(
                {QLatin1String(s.lowKey), EarlyHelp::tr("%1: say what 0 and what 10 stand for.").arg(name)});
    }
    if (!submit)
        return;
    if (why.isEmpty())
        issues.push_back({QLatin1String(reason), EarlyHelp::tr("Say why this summary is being written.")});
    if (why == QLatin1String("other") && form.text(QLatin1String(reasonDetail)).trimmed().isEmpty())
        issues.push_back({QLatin1String(reasonDetail), EarlyHelp::tr("Say what the other reason is.")});
    for (const char* key : {composition, whyWorking, harm, nextSteps, danger}) {
        if (!form.text(QLatin1String(key)).trimmed().isEmpty())
            continue;
        for (const FormSection& s : caseSummarySections())
            if (QLatin1String(s.key) == QLatin1String(key))
                issues.push_back(
                    {QLatin1String(key), EarlyHelp::tr("Complete \"%1\".").arg(EarlyHelp::tr(s.label))});
    }
}

} // namespace waymark
