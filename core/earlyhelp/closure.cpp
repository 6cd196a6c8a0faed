#include "earlyhelp/closure.h"

#include "access/accesspolicy.h"
#include "earlyhelp/ehformrepository.h"
#include "earlyhelp/minimumrequirements.h"
#include "storage/caseeventrepository.h"
#include "storage/database.h"
#include "storage/involvementrepository.h"
#include "util/trcontext.h"

#include <QCoreApplication>

namespace waymark {

namespace {

QString day(const QDate& d) {
    return d.toString(QStringLiteral("dd/MM/yyyy"));
}

// Section 20's "never engaged": nothing shows the family was ever reached.
bool neverEngaged(const Involvement& inv, const std::vector<EhForm>& approved,
                  const std::vector<RecordedEvent>& events) {
    for (const RecordedEvent& e : events)
        if (e.involvementId == inv.id && e.kind == QLatin1String("engagement_started"))
            return false;
    for (const EhForm& f : approved)
        if (isStarKind(f.kind))
            return false;
    return true;
}

} // namespace

bool isClosureKind(const QString& kind) {
    return kind == QLatin1String("closure") || kind == QLatin1String("brief_closure");
}

QString closureFormKind(const QString& service) {
    return service == QLatin1String("early_help_brief") ? QStringLiteral("brief_closure")
                                                        : QStringLiteral("closure");
}

QStringList closureReasons() {
    return {QStringLiteral("family_met_outcomes"), QStringLiteral("no_longer_appropriate"),
            QStringLiteral("stepped_up"),          QStringLiteral("family_refused"),
            QStringLiteral("family_disengaged"),   QStringLiteral("family_moved_away")};
}

ClosureCheck checkClosure(const Involvement& inv, const EhForm& form, const std::vector<EhForm>& approved,
                          const std::vector<RecordedEvent>& events) {
    ClosureCheck c;
    c.formKind = closureFormKind(inv.service);
    const bool brief = c.formKind == QLatin1String("brief_closure");
    if (!inv.service.startsWith(QLatin1String("early_help_")))
        c.blockers << EarlyHelp::tr("This is not Early Help work.");
    if (!inv.isOpen())
        c.blockers << EarlyHelp::tr("The work already closed on %1.").arg(day(inv.closedOn));
    if (form.kind != c.formKind)
        c.blockers << (brief
                           ? EarlyHelp::tr("A brief intervention closes with the Brief Intervention Closure "
                                           "Summary (Appendix IV), not the closure form.")
                           : EarlyHelp::tr(
                                 "Targeted and intensive work closes with the closure form, not the "
                                 "brief intervention closure summary."));
    const QString reason = form.text(QLatin1String(closure_text::reason));
    if (reason.isEmpty())
        c.blockers << EarlyHelp::tr("Choose the reason for closing.");
    else if (!closureReasons().contains(reason))
        c.blockers << EarlyHelp::tr("\"%1\" is not one of the closure reasons of section 20.").arg(reason);
    const QDate closing = form.completedOn;
    if (!closing.isValid())
        c.blockers << EarlyHelp::tr("Give the closing date.");
    else if ((inv.openedOn.isValid() && closing < inv.openedOn) ||
             (inv.referralDate.isValid() && closing < inv.referralDate))
        c.blockers << EarlyHelp::tr("The closing date %1 is before the work began.").arg(day(closing));

    if (brief) {
        c.reviewRequired = false;
        c.notes << EarlyHelp::tr("A brief intervention has no Family Star, so no review is needed "
                                 "(section 11); it closes with the Brief Intervention Closure Summary.");
        if (form.text(QLatin1String(closure_text::sowReasons)).trimmed().isEmpty())
            c.notes << EarlyHelp::tr("There are no Signs of Wellbeing reasons to copy: write the reasons for "
                                     "the work yourself.");
    } else if (reason == QLatin1String("family_refused")) {
        c.reviewRequired = false;
        c.notes << EarlyHelp::tr("The family refused the service: no work was undertaken, so no review is "
                                 "possible (section 20). The manager case-notes the reason for closing.");
    } else if (reason == QLatin1String("family_disengaged") && neverEngaged(inv, approved, events)) {
        c.reviewRequired = false;
        c.notes << EarlyHelp::tr("The family never engaged (no contact reached them and there is no Family "
                                 "Star), so no review is possible (section 20). Where there are "
                                 "significant concerns the manager discusses them with a social work "
                                 "manager before closing.");
    } else {
        const EhForm* latest = nullptr;
        for (const EhForm& f : approved) {
            if (f.kind != QLatin1String("star_review") || !f.isApproved() || !f.completedOn.isValid())
                continue;
            if (closing.isValid() && f.completedOn > closing)
                continue;
            if (!latest || f.completedOn >= latest->completedOn)
                latest = &f;
        }
        const bool recent =
            latest && closing.isValid() && latest->completedOn.daysTo(closing) <= kReviewBeforeClosureDays;
        if (recent) {
            c.reviewFormId = latest->id;
            c.notes << EarlyHelp::tr("The Family Star review of %1 was completed in the two weeks before "
                                     "closure.")
                           .arg(day(latest->completedOn));
        } else if (latest && closing.isValid()) {
            c.blockers << EarlyHelp::tr("The latest approved Family Star review (%1) is %2 days before the "
                                        "closing date: a review must be completed in the two weeks before "
                                        "closure (section 20). Complete a review and have it approved.")
                              .arg(day(latest->completedOn))
                              .arg(latest->completedOn.daysTo(closing));
        } else {
            c.blockers << EarlyHelp::tr("There is no approved Family Star review: a review must be completed "
                                        "in the two weeks before closure (section 20). Complete a review and "
                                        "have it approved.");
        }
        if (reason == QLatin1String("family_moved_away"))
            c.notes << EarlyHelp::tr("The family moved away: if the move was unexpected, complete the review "
                                     "from your own perspective (a worker-only reading).");
    }

    QStringList notMet;
    for (const MinimumRequirement& r : minimumRequirementsFromTexts(form.texts))
        if (r.status != QLatin1String("met") && r.status != QLatin1String("not_applicable"))
            notMet << vocab::minimumRequirement().label(r.item);
    if (!notMet.isEmpty())
        c.notes << EarlyHelp::tr("Minimum requirements not recorded as met (section 9): %1.")
                       .arg(notMet.join(QStringLiteral("; ")));
    return c;
}

ValidationIssues validateClosureForm(const EhForm& form, FormCheck check) {
    ValidationIssues issues;
    const QString reason = form.text(QLatin1String(closure_text::reason));
    if (!reason.isEmpty() && !closureReasons().contains(reason))
        issues.push_back(
            {QStringLiteral("reason"),
             EarlyHelp::tr("\"%1\" is not one of the closure reasons of section 20.").arg(reason)});
    if (check != FormCheck::Submit)
        return issues;
    if (reason.isEmpty())
        issues.push_back({QStringLiteral("reason"), EarlyHelp::tr("Choose the reason for closing.")});
    if (form.kind == QLatin1String("closure") &&
        form.text(QLatin1String(closure_text::summary)).trimmed().isEmpty())
        issues.push_back({QStringLiteral("summary"),
                          EarlyHelp::tr("Summarise the situation at closure and what has been tried.")});
    if (form.kind == QLatin1String("brief_closure") &&
        form.text(QLatin1String(closure_text::workCompleted)).trimmed().isEmpty())
        issues.push_back({QStringLiteral("work_completed"), EarlyHelp::tr("Say what work was completed.")});
    return issues;
}

void copyIntoClosureForm(Database& db, EhForm& form) {
    if (!isClosureKind(form.kind) || form.involvementId == 0)
        return;
    if (auto items = MinimumRequirementRepository(db).forInvolvement(form.involvementId))
        copyMinimumRequirements(*items, form.texts);
    if (form.kind != QLatin1String("brief_closure") ||
        !form.text(QLatin1String(closure_text::sowReasons)).trimmed().isEmpty())
        return;
    EhFormRepository repo(db);
    std::vector<EhForm> sow = repo.approved(form.involvementId, QStringLiteral("sow_assessment"));
    if (sow.empty())
        sow = repo.forInvolvement(form.involvementId, QStringLiteral("sow_assessment"));
    if (!sow.empty())
        form.texts[QLatin1String(closure_text::sowReasons)] = sow.back().text(QStringLiteral("reasons"));
}

Result<ClosureCheck> checkClosure(Database& db, const EhForm& form) {
    auto involvement = InvolvementRepository(db).get(form.involvementId);
    if (!involvement)
        return involvement.status();
    if (Status s = access::requireFamily(db, involvement->familyId); !s)
        return s;
    return checkClosure(*involvement, form, EhFormRepository(db).approved(form.involvementId),
                        CaseEventRepository(db).forFamily(involvement->familyId));
}

Status closurePreconditions(Database& db, const EhForm& form) {
    auto check = checkClosure(db, form);
    if (!check)
        return check.status();
    if (!check->canClose())
        return Status::failure(
            EarlyHelp::tr("The work cannot close yet: %1").arg(check->blockers.join(QLatin1Char(' '))));
    return Status::ok();
}

Status closeOnApproval(Database& db, const EhForm& form) {
    if (Status s = closurePreconditions(db, form); !s)
        return s;
    auto involvement = InvolvementRepository(db).get(form.involvementId);
    if (!involvement)
        return involvement.status();
    Involvement inv = *involvement;
    inv.status = QStringLiteral("closed");
    inv.closedOn = form.completedOn;
    inv.closureOutcome = form.text(QLatin1String(closure_text::reason));
    QString note = form.text(QLatin1String(form.kind == QLatin1String("closure") ? closure_text::summary
                                                                                 : closure_text::changes))
                       .simplified();
    if (note.isEmpty())
        note = form.text(QLatin1String(closure_text::workCompleted)).simplified();
    if (note.size() > 300)
        note = note.left(297) + QStringLiteral("...");
    inv.closureNote = EarlyHelp::tr("%1 approved by the team manager. %2")
                          .arg(vocab::ehFormKind().label(form.kind), note)
                          .trimmed();
    if (Status s = InvolvementRepository(db).save(inv); !s)
        return s;
    RecordedEvent closed;
    closed.familyId = inv.familyId;
    closed.involvementId = inv.id;
    closed.kind = QStringLiteral("case_closed");
    closed.date = inv.closedOn;
    closed.recordedByWorkerId = db.account() ? db.account()->workerId : 0;
    return CaseEventRepository(db).save(closed);
}

} // namespace waymark
