#include "earlyhelp/ehformvalidation.h"

#include "earlyhelp/casesummary.h"
#include "earlyhelp/closure.h"
#include "earlyhelp/formdefinition.h"
#include "earlyhelp/monitoring.h"
#include "earlyhelp/plan.h"
#include "earlyhelp/signsofwellbeing.h"
#include "util/trcontext.h"

#include <QCoreApplication>

namespace waymark {

namespace {

// The readings of one form go together in one of three ways: one agreed reading; the worker's and
// the family's when they disagree; one worker-only reading when the family has disengaged.
void checkPerspectives(const EhForm& form, ValidationIssues& issues) {
    int agreed = 0, worker = 0, family = 0, workerOnly = 0;
    for (const StarReading& r : form.readings) {
        if (!vocab::starPerspective().contains(r.perspective)) {
            issues.push_back({QStringLiteral("readings.perspective"),
                              EarlyHelp::tr("\"%1\" is not a known kind of reading.").arg(r.perspective)});
            return;
        }
        agreed += r.perspective == QLatin1String("agreed");
        worker += r.perspective == QLatin1String("worker");
        family += r.perspective == QLatin1String("family");
        workerOnly += r.perspective == QLatin1String("worker_only");
    }
    const int total = int(form.readings.size());
    const bool oneAgreed = agreed == 1 && total == 1;
    const bool disagreement = worker == 1 && family == 1 && total == 2;
    const bool disengaged = workerOnly == 1 && total == 1;
    // While drafting, the worker's view may be entered before the family's.
    const bool halfDisagreement = worker == 1 && total == 1;
    if (total == 0 || oneAgreed || disagreement || disengaged || halfDisagreement)
        return;
    issues.push_back({QStringLiteral("readings.perspective"),
                      EarlyHelp::tr("A Family Star form holds one agreed reading, or the worker's and the "
                                    "family's readings when they disagree, or one worker-only reading "
                                    "when the family has disengaged.")});
}

} // namespace

ValidationIssues validateEhForm(const EhForm& form, const QDate& today, FormCheck check) {
    ValidationIssues issues;
    const bool submit = check == FormCheck::Submit;
    if (!vocab::ehFormKind().contains(form.kind))
        issues.push_back({QStringLiteral("kind"),
                          EarlyHelp::tr("\"%1\" is not a kind of Early Help form.").arg(form.kind)});
    if (form.completedOn.isValid() && form.completedOn > today)
        issues.push_back(
            {QStringLiteral("completed_on"), EarlyHelp::tr("The completion date %1 is in the future.")
                                                 .arg(form.completedOn.toString(Qt::ISODate))});
    if (submit && !form.completedOn.isValid())
        issues.push_back({QStringLiteral("completed_on"),
                          EarlyHelp::tr("Give the date the %1 was completed before submitting it.")
                              .arg(vocab::ehFormKind().label(form.kind).toLower())});
    // Each kind's own rules, in its own file.
    if (form.kind.endsWith(QLatin1String("_monitoring")))
        checkMonitoringForm(form, check, issues);
    if (formDefinition(form.kind))
        checkDefinedForm(form, check, issues);
    if (form.kind == QLatin1String("sow_assessment"))
        checkSignsOfWellbeing(form, today, check, issues);
    if (form.kind == QLatin1String("case_summary"))
        checkCaseSummary(form, check, issues);
    if (form.kind == QLatin1String("plan"))
        issues << validatePlan(form, check);
    if (isClosureKind(form.kind))
        issues << validateClosureForm(form, check);
    if (!isStarKind(form.kind))
        return issues;

    checkPerspectives(form, issues);
    const QString attendance = form.text(QStringLiteral("school_attendance")).trimmed();
    if (!attendance.isEmpty()) {
        bool ok = false;
        const double percent = attendance.toDouble(&ok);
        if (!ok || percent < 0 || percent > 100)
            issues.push_back({QStringLiteral("school_attendance"),
                              EarlyHelp::tr("School attendance is a percentage from 0 to 100, not \"%1\".")
                                  .arg(attendance)});
    }
    const bool review = form.kind == QLatin1String("star_review");
    const QString outcome = form.text(QStringLiteral("review_outcome"));
    if (review && !outcome.isEmpty() && !vocab::reviewOutcome().contains(outcome))
        issues.push_back({QStringLiteral("review_outcome"),
                          EarlyHelp::tr("\"%1\" is not a review outcome: plan or close.").arg(outcome)});
    if (review && submit && outcome.isEmpty())
        issues.push_back({QStringLiteral("review_outcome"),
                          EarlyHelp::tr("Say what the review decided: plan (the work goes on) or close.")});
    if (submit && form.readings.empty())
        issues.push_back(
            {QStringLiteral("readings"), EarlyHelp::tr("Score the 10 areas before submitting.")});
    if (submit && form.readings.size() == 1 && form.readings.front().perspective == QLatin1String("worker"))
        issues.push_back({QStringLiteral("readings.perspective"),
                          EarlyHelp::tr("The family disagreed: add the family's own scores as a second "
                                        "reading, or record the reading as agreed.")});
    for (const StarReading& r : form.readings) {
        const QString who = vocab::starPerspective().label(r.perspective);
        if (r.scoredOn.isValid() && r.scoredOn > today)
            issues.push_back({QStringLiteral("readings.scored_on"),
                              EarlyHelp::tr("%1: the scoring date is in the future.").arg(who)});
        if (submit && !r.scoredOn.isValid())
            issues.push_back({QStringLiteral("readings.scored_on"),
                              EarlyHelp::tr("%1: give the date the areas were scored.").arg(who)});
        if (submit && r.scoredBy.trimmed().isEmpty())
            issues.push_back({QStringLiteral("readings.scored_by"),
                              EarlyHelp::tr("%1: say who took part in scoring.").arg(who)});
        for (const StarScore& s : r.scores) {
            if (!vocab::starArea().contains(s.area))
                issues.push_back({QStringLiteral("scores.area"),
                                  EarlyHelp::tr("\"%1\" is not a Family Star area.").arg(s.area)});
            else if (s.score < 0 || s.score > 10)
                issues.push_back(
                    {QStringLiteral("scores.score"), EarlyHelp::tr("%1, %2: a score is from 1 to 10.")
                                                         .arg(who, vocab::starArea().label(s.area))});
        }
        if (!submit)
            continue;
        // The family's own view needs only their scores; the worker's words carry the evidence.
        const bool wordsNeeded = r.perspective != QLatin1String("family");
        for (const QString& area : vocab::starArea().codes()) {
            const StarScore* s = r.find(area);
            const QString name = vocab::starArea().label(area);
            if (!s || s->score < 1) {
                issues.push_back({QStringLiteral("scores.score"),
                                  EarlyHelp::tr("%1: score %2 (1 to 10).").arg(who, name)});
                continue;
            }
            if (!wordsNeeded)
                continue;
            if (!review && s->narrative.trimmed().isEmpty())
                issues.push_back({QStringLiteral("scores.narrative"),
                                  EarlyHelp::tr("%1: say what lies behind the score.").arg(name)});
            if (review && s->goneWell.trimmed().isEmpty() && s->worries.trimmed().isEmpty())
                issues.push_back(
                    {QStringLiteral("scores.gone_well"),
                     EarlyHelp::tr("%1: say what has gone well or what worries you.").arg(name)});
        }
    }
    return issues;
}

} // namespace waymark
