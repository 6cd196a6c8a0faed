#include "earlyhelp/plan.h"

#include "util/trcontext.h"

#include <QCoreApplication>

namespace waymark {

namespace {

bool hasWords(const PlanItem& p) {
    return !p.doing.trimmed().isEmpty() || !p.why.trimmed().isEmpty() || !p.impact.trimmed().isEmpty();
}

} // namespace

bool isNotPrioritisedMarker(const PlanItem& item) {
    return item.priority == QLatin1String("not_prioritised") && !hasWords(item) &&
           item.responsibleName.trimmed().isEmpty() && item.agency.trimmed().isEmpty();
}

std::vector<PlanItem> planActions(const EhForm& plan, const QString& area) {
    std::vector<PlanItem> out;
    for (const PlanItem& p : plan.planItems)
        if (p.area == area && !isNotPrioritisedMarker(p))
            out.push_back(p);
    return out;
}

bool headingNotPrioritised(const EhForm& plan, const QString& area) {
    for (const PlanItem& p : plan.planItems)
        if (p.area == area && isNotPrioritisedMarker(p))
            return true;
    return false;
}

QString planResponsibleText(const PlanItem& p, const QString& workerName) {
    const QString name = p.responsibleName.trimmed();
    if (p.responsibleKind == QLatin1String("worker"))
        return EarlyHelp::tr("%1 (worker)").arg(!workerName.isEmpty() ? workerName : name);
    if (p.responsibleKind == QLatin1String("other_agency"))
        return name.isEmpty() ? EarlyHelp::tr("%1 (another agency)").arg(p.agency.trimmed())
                              : EarlyHelp::tr("%1 (another agency): %2").arg(p.agency.trimmed(), name);
    const QString who = vocab::planResponsible().label(p.responsibleKind);
    return name.isEmpty() ? who : EarlyHelp::tr("%1: %2").arg(who, name);
}

std::map<QString, int> starScoresForPlan(const std::vector<EhForm>& approved, const QDate& onOrBefore,
                                         QDate* scoredOn, QString* kind) {
    const EhForm* latest = nullptr;
    for (const EhForm& f : approved) {
        if (!isStarKind(f.kind) || !f.isApproved() || !f.mainReading())
            continue;
        if (onOrBefore.isValid() && f.completedOn.isValid() && f.completedOn > onOrBefore)
            continue;
        if (!latest || f.completedOn >= latest->completedOn)
            latest = &f;
    }
    std::map<QString, int> out;
    if (!latest)
        return out;
    for (const StarScore& s : latest->mainReading()->scores)
        if (s.score > 0)
            out[s.area] = s.score;
    if (scoredOn)
        *scoredOn = latest->completedOn;
    if (kind)
        *kind = latest->kind;
    return out;
}

ValidationIssues validatePlan(const EhForm& plan, FormCheck check) {
    ValidationIssues issues;
    const bool submit = check == FormCheck::Submit;
    bool anyPriority = false;
    for (const PlanItem& p : plan.planItems) {
        if (!vocab::starArea().contains(p.area)) {
            issues.push_back({QStringLiteral("plan.area"),
                              EarlyHelp::tr("\"%1\" is not a Family Star heading.").arg(p.area)});
            continue;
        }
        const QString heading = vocab::starArea().label(p.area);
        if (!vocab::planResponsible().contains(p.responsibleKind))
            issues.push_back({QStringLiteral("plan.responsible"),
                              EarlyHelp::tr("%1: \"%2\" is not a kind of responsible party.")
                                  .arg(heading, p.responsibleKind)});
        if (!vocab::planPriority().contains(p.priority))
            issues.push_back({QStringLiteral("plan.priority"),
                              EarlyHelp::tr("%1: \"%2\" is not a priority.").arg(heading, p.priority)});
        if (isNotPrioritisedMarker(p) || !submit)
            continue;
        anyPriority |= p.priority == QLatin1String("priority");
        if (p.doing.trimmed().isEmpty())
            issues.push_back(
                {QStringLiteral("plan.doing"), EarlyHelp::tr("%1: say what we are doing.").arg(heading)});
        if (p.why.trimmed().isEmpty())
            issues.push_back(
                {QStringLiteral("plan.why"), EarlyHelp::tr("%1: say why we are doing it.").arg(heading)});
        if (p.impact.trimmed().isEmpty())
            issues.push_back({QStringLiteral("plan.impact"),
                              EarlyHelp::tr("%1: say what impact it will have.").arg(heading)});
        if (p.responsibleKind == QLatin1String("worker") && p.responsibleWorkerId == 0 &&
            p.responsibleName.trimmed().isEmpty())
            issues.push_back(
                {QStringLiteral("plan.responsible"),
                 EarlyHelp::tr("%1: choose the worker responsible or type their name.").arg(heading)});
        if (p.responsibleKind == QLatin1String("young_person") && p.responsibleName.trimmed().isEmpty())
            issues.push_back({QStringLiteral("plan.responsible"),
                              EarlyHelp::tr("%1: name the young person responsible.").arg(heading)});
        if (p.responsibleKind == QLatin1String("other_agency") && p.agency.trimmed().isEmpty())
            issues.push_back(
                {QStringLiteral("plan.agency"),
                 EarlyHelp::tr("%1: name the other agency, so that its work is easily identified.")
                     .arg(heading)});
    }
    if (!submit)
        return issues;
    for (const QString& area : vocab::starArea().codes())
        if (planActions(plan, area).empty() && !headingNotPrioritised(plan, area))
            issues.push_back(
                {QStringLiteral("plan.area"),
                 EarlyHelp::tr("%1: add an action, or mark the heading not prioritised currently.")
                     .arg(vocab::starArea().label(area))});
    if (!anyPriority && issues.isEmpty())
        issues.push_back({QStringLiteral("plan.priority"),
                          EarlyHelp::tr("A plan needs at least one action that is a priority now.")});
    return issues;
}

} // namespace waymark
