#include "audit/auditlog.h"
#include "earlyhelp/closure.h"
#include "earlyhelp/ehformrepository.h"
#include "earlyhelp/ehformvalidation.h"
#include "earlyhelp/minimumrequirements.h"
#include "earlyhelp/plan.h"
#include "print/closureprint.h"
#include "storage/caseeventrepository.h"
#include "storage/involvementrepository.h"
#include "support/testdatabase.h"

#include <catch2/catch.hpp>

using namespace waymark;

namespace {

PlanItem action(const char* area, const QString& kind = QStringLiteral("worker"), qint64 workerId = 1) {
    PlanItem p;
    p.area = QLatin1String(area);
    p.responsibleKind = kind;
    p.responsibleWorkerId = kind == QLatin1String("worker") ? workerId : 0;
    p.doing = QStringLiteral("Buy an alarm clock with the parent");
    p.why = QStringLiteral("Mornings start late and the children miss school");
    p.impact = QStringLiteral("The children get to school on time");
    return p;
}

PlanItem notPrioritised(const QString& area) {
    PlanItem p;
    p.area = area;
    p.priority = QStringLiteral("not_prioritised");
    return p;
}

// A plan with one action under the first heading and the other nine not prioritised.
EhForm wholePlan(qint64 involvementId) {
    EhForm plan;
    plan.kind = QStringLiteral("plan");
    plan.involvementId = involvementId;
    plan.completedOn = QDate(2026, 10, 5);
    plan.planItems.push_back(action("physical_health"));
    for (const QString& area : vocab::starArea().codes().mid(1))
        plan.planItems.push_back(notPrioritised(area));
    return plan;
}

StarReading reviewReading(const QDate& on, const QString& perspective = QStringLiteral("agreed")) {
    StarReading r;
    r.perspective = perspective;
    r.scoredOn = on;
    r.scoredBy = QStringLiteral("Parent and family support worker");
    for (const QString& area : vocab::starArea().codes())
        r.scores.push_back({area, 6, QString(), QStringLiteral("Mornings are calmer"), QString()});
    return r;
}

EhForm approvedReview(const QDate& on, qint64 id = 7) {
    EhForm f;
    f.id = id;
    f.kind = QStringLiteral("star_review");
    f.status = QStringLiteral("approved");
    f.completedOn = on;
    f.readings = {reviewReading(on)};
    return f;
}

Involvement openTargeted() {
    Involvement inv;
    inv.id = 3;
    inv.familyId = 2;
    inv.service = QStringLiteral("early_help_targeted");
    inv.status = QStringLiteral("open");
    inv.referralDate = QDate(2026, 9, 1);
    inv.openedOn = QDate(2026, 9, 8);
    return inv;
}

EhForm closureForm(const QString& kind, const QString& reason, const QDate& on) {
    EhForm f;
    f.kind = kind;
    f.involvementId = 3;
    f.completedOn = on;
    f.texts[QStringLiteral("reason")] = reason;
    f.texts[QStringLiteral("summary")] = QStringLiteral("Routines are in place and school attendance is up");
    f.texts[QStringLiteral("work_completed")] = QStringLiteral("Morning routine\nRegistered with a GP");
    return f;
}

// Submits as the worker and approves as the manager.
Status submitAndApprove(test::TestDatabase& t, EhForm& f, const Worker& fsw, const Worker& manager) {
    EhFormRepository forms(t.db());
    t.signInAs(fsw);
    if (Status s = forms.saveDraft(f); !s)
        return s;
    if (Status s = forms.submit(f.id); !s)
        return s;
    t.signInAs(manager);
    return forms.approve(f.id, QString());
}

struct Work {
    test::TestDatabase t;
    Worker fsw;
    Worker manager;
    Family family;
    Involvement inv;
    Work() {
        fsw = test::makeWorker(t.db(), QStringLiteral("Frankie Support"), QStringLiteral("Blaby"));
        manager = test::makeWorker(t.db(), QStringLiteral("Morgan Manager"), QStringLiteral("Blaby"),
                                   QStringLiteral("team_manager"));
        family = test::makeFamily(t.db(), QStringLiteral("Closewell"));
        inv = test::allocate(t.db(), family.id, fsw.id);
    }
    EhForm review(const QDate& on) {
        EhForm f;
        f.kind = QStringLiteral("star_review");
        f.involvementId = inv.id;
        f.completedOn = on;
        f.readings = {reviewReading(on)};
        f.texts[QStringLiteral("review_outcome")] = QStringLiteral("close");
        return f;
    }
};

} // namespace

TEST_CASE("Plan validation: every heading has an action or is not prioritised, with its three answers",
          "[earlyhelp][plan]") {
    EhForm plan = wholePlan(1);
    CHECK(validateEhForm(plan, test::fixedToday(), FormCheck::Submit).isEmpty());

    SECTION("a draft may be partial, a submission names each heading left open") {
        plan.planItems.pop_back(); // Home and money: neither an action nor marked
        CHECK(validateEhForm(plan, test::fixedToday(), FormCheck::Draft).isEmpty());
        const QString all = joinIssues(validateEhForm(plan, test::fixedToday(), FormCheck::Submit));
        CHECK(all.contains(
            QStringLiteral("Home and money: add an action, or mark the heading not prioritised")));
    }
    SECTION("an action needs what, why and impact") {
        plan.planItems[0].why.clear();
        plan.planItems[0].impact = QStringLiteral("  ");
        const QString all = joinIssues(validateEhForm(plan, test::fixedToday(), FormCheck::Submit));
        CHECK(all.contains(QStringLiteral("Physical health: say why we are doing it")));
        CHECK(all.contains(QStringLiteral("Physical health: say what impact it will have")));
        CHECK_FALSE(all.contains(QStringLiteral("say what we are doing")));
    }
    SECTION("another agency needs its name, the young person theirs, a worker to be chosen or typed") {
        plan.planItems.push_back(action("keeping_safe", QStringLiteral("other_agency")));
        plan.planItems.push_back(action("education", QStringLiteral("young_person")));
        plan.planItems.push_back(action("boundaries", QStringLiteral("worker"), 0));
        QString all = joinIssues(validateEhForm(plan, test::fixedToday(), FormCheck::Submit));
        CHECK(all.contains(QStringLiteral("Keeping your children safe: name the other agency")));
        CHECK(all.contains(QStringLiteral("Education and learning: name the young person")));
        CHECK(all.contains(QStringLiteral("Boundaries and behaviour: choose the worker")));
        plan.planItems[plan.planItems.size() - 3].agency = QStringLiteral("Youth Offending Service");
        plan.planItems[plan.planItems.size() - 2].responsibleName = QStringLiteral("Dale");
        plan.planItems.back().responsibleName = QStringLiteral("Sessional youth worker");
        CHECK(validateEhForm(plan, test::fixedToday(), FormCheck::Submit).isEmpty());
    }
    SECTION("an action that is not a priority at the moment still carries its answers") {
        plan.planItems[0].priority = QStringLiteral("not_prioritised");
        plan.planItems.push_back(action("well_being"));
        plan.planItems.back().doing.clear();
        plan.planItems.back().priority = QStringLiteral("not_prioritised");
        const QString all = joinIssues(validateEhForm(plan, test::fixedToday(), FormCheck::Submit));
        CHECK(all.contains(QStringLiteral("Your well-being: say what we are doing")));
    }
    SECTION("at least one action is a priority now") {
        plan.planItems[0].priority = QStringLiteral("not_prioritised");
        CHECK(joinIssues(validateEhForm(plan, test::fixedToday(), FormCheck::Submit))
                  .contains(QStringLiteral("at least one action that is a priority")));
    }
    SECTION("unknown codes are refused even in a draft") {
        plan.planItems[0].responsibleKind = QStringLiteral("neighbour");
        CHECK_FALSE(validateEhForm(plan, test::fixedToday(), FormCheck::Draft).isEmpty());
    }
}

TEST_CASE("Plan round trip: actions, agencies and headings not prioritised come back as saved, and the "
          "approval records eh_plan",
          "[earlyhelp][plan]") {
    Work w;
    EhForm plan = wholePlan(w.inv.id);
    plan.planItems[0].responsibleWorkerId = w.fsw.id;
    PlanItem yos = action("keeping_safe", QStringLiteral("other_agency"));
    yos.agency = QStringLiteral("Youth Offending Service");
    yos.responsibleName = QStringLiteral("YISP worker");
    yos.priority = QStringLiteral("priority");
    plan.planItems[3] = yos;
    REQUIRE(submitAndApprove(w.t, plan, w.fsw, w.manager).isOk());
    auto back = EhFormRepository(w.t.db()).get(plan.id);
    REQUIRE(back);
    CHECK(back->planItems == plan.planItems);
    CHECK(headingNotPrioritised(*back, QStringLiteral("home_and_money")));
    CHECK_FALSE(headingNotPrioritised(*back, QStringLiteral("keeping_safe")));
    REQUIRE(planActions(*back, QStringLiteral("keeping_safe")).size() == 1);
    CHECK(planResponsibleText(planActions(*back, QStringLiteral("keeping_safe"))[0], QString()) ==
          QStringLiteral("Youth Offending Service (another agency): YISP worker"));
    bool recorded = false;
    for (const RecordedEvent& e : CaseEventRepository(w.t.db()).forFamily(w.family.id))
        recorded |= e.kind == QStringLiteral("eh_plan") && e.date == plan.completedOn;
    CHECK(recorded);

    SECTION("a plan draft can be removed with its actions") {
        w.t.signInAs(w.fsw);
        EhForm draft = wholePlan(w.inv.id);
        REQUIRE(EhFormRepository(w.t.db()).saveDraft(draft).isOk());
        REQUIRE(EhFormRepository(w.t.db()).removeDraft(draft.id).isOk());
        CHECK_FALSE(EhFormRepository(w.t.db()).get(draft.id).isOk());
    }
}

TEST_CASE("Plan: beside each heading the score of the latest approved Family Star form",
          "[earlyhelp][plan]") {
    EhForm assessment = approvedReview(QDate(2026, 9, 20), 1);
    assessment.kind = QStringLiteral("star_assessment");
    assessment.readings[0].scores[0].score = 3;
    EhForm review = approvedReview(QDate(2026, 11, 1), 2);
    QDate on;
    QString kind;
    auto scores = starScoresForPlan({assessment, review}, QDate(2026, 10, 5), &on, &kind);
    CHECK(scores[QStringLiteral("physical_health")] == 3);
    CHECK(kind == QStringLiteral("star_assessment"));
    scores = starScoresForPlan({assessment, review}, QDate(), &on, &kind);
    CHECK(scores[QStringLiteral("physical_health")] == 6);
    CHECK(on == QDate(2026, 11, 1));
    CHECK(starScoresForPlan({}, QDate()).empty());
}

TEST_CASE("Minimum requirements: the 7 items, saved per involvement, audited, and refused without access",
          "[earlyhelp][closure]") {
    Work w;
    CHECK(vocab::minimumRequirement().codes() ==
          QStringList({QStringLiteral("gp"), QStringLiteral("dentist"), QStringLiteral("childrens_centre"),
                       QStringLiteral("early_education"), QStringLiteral("school_place"),
                       QStringLiteral("smoking_cessation"), QStringLiteral("young_carer")}));
    w.t.signInAs(w.fsw);
    MinimumRequirementRepository repo(w.t.db());
    auto items = repo.forInvolvement(w.inv.id);
    REQUIRE(items);
    REQUIRE(items->size() == 7);
    CHECK(items->at(0).status.isEmpty());

    MinimumRequirement gp{QStringLiteral("gp"), QStringLiteral("met"),
                          QStringLiteral("Registered with Dr Example"), QDate()};
    REQUIRE(repo.save(w.inv.id, gp).isOk());
    CHECK(gp.updatedOn == test::fixedToday());
    MinimumRequirement centre{QStringLiteral("childrens_centre"), QStringLiteral("not_applicable"), QString(),
                              QDate()};
    const Status noNote = repo.save(w.inv.id, centre);
    REQUIRE_FALSE(noNote.isOk());
    CHECK(noNote.error().contains(QStringLiteral("say why it does not apply")));
    centre.note = QStringLiteral("No child under 5");
    REQUIRE(repo.save(w.inv.id, centre).isOk());
    // Saving the same item again changes the row rather than adding one.
    gp.note = QStringLiteral("Registered with Dr Example; next check-up booked");
    REQUIRE(repo.save(w.inv.id, gp).isOk());
    items = repo.forInvolvement(w.inv.id);
    REQUIRE(items);
    CHECK(items->at(0).note == gp.note);
    CHECK(items->at(2).status == QStringLiteral("not_applicable"));

    audit::Filter filter;
    filter.familyId = w.family.id;
    int audited = 0;
    for (const audit::Entry& e : audit::entries(w.t.db(), filter))
        audited += e.entity == QStringLiteral("eh_minimum_requirements");
    CHECK(audited == 3); // two inserts and one change

    const Worker other = test::makeWorker(w.t.db(), QStringLiteral("Olu Other"), QStringLiteral("Melton"));
    w.t.signInAs(other);
    CHECK_FALSE(repo.forInvolvement(w.inv.id).isOk());
    MinimumRequirement dentist{QStringLiteral("dentist"), QStringLiteral("met"), QString(), QDate()};
    CHECK_FALSE(repo.save(w.inv.id, dentist).isOk());
}

TEST_CASE("Closure preconditions: a review in the two weeks before closure, except where none is possible",
          "[earlyhelp][closure]") {
    const Involvement inv = openTargeted();
    const QDate closing(2026, 11, 20);
    const EhForm form =
        closureForm(QStringLiteral("closure"), QStringLiteral("family_met_outcomes"), closing);

    SECTION("no review: cannot close, and says why") {
        const ClosureCheck c = checkClosure(inv, form, {}, {});
        CHECK_FALSE(c.canClose());
        CHECK(c.formKind == QStringLiteral("closure"));
        CHECK(c.blockers.join(QLatin1Char(' ')).contains(QStringLiteral("no approved Family Star review")));
    }
    SECTION("a review 15 days before: cannot close") {
        const ClosureCheck c = checkClosure(inv, form, {approvedReview(closing.addDays(-15))}, {});
        CHECK_FALSE(c.canClose());
        CHECK(c.blockers.join(QLatin1Char(' ')).contains(QStringLiteral("15 days before the closing date")));
    }
    SECTION("a review 10 days before: can close, the review named") {
        const ClosureCheck c = checkClosure(inv, form, {approvedReview(closing.addDays(-10), 42)}, {});
        CHECK(c.canClose());
        CHECK(c.reviewFormId == 42);
    }
    SECTION("exactly 14 days before still counts; a review after the closing date does not") {
        CHECK(checkClosure(inv, form, {approvedReview(closing.addDays(-kReviewBeforeClosureDays))}, {})
                  .canClose());
        CHECK_FALSE(checkClosure(inv, form, {approvedReview(closing.addDays(1))}, {}).canClose());
    }
    SECTION("a review not yet approved does not count") {
        EhForm submitted = approvedReview(closing.addDays(-3));
        submitted.status = QStringLiteral("submitted");
        CHECK_FALSE(checkClosure(inv, form, {submitted}, {}).canClose());
    }
    SECTION("the family refused the service: no review needed, and it says so") {
        const ClosureCheck c = checkClosure(
            inv, closureForm(QStringLiteral("closure"), QStringLiteral("family_refused"), closing), {}, {});
        CHECK(c.canClose());
        CHECK_FALSE(c.reviewRequired);
        CHECK(c.notes.join(QLatin1Char(' ')).contains(QStringLiteral("no review is possible")));
    }
    SECTION("disengaged having never engaged: no review; having engaged: a review is needed") {
        const EhForm disengaged =
            closureForm(QStringLiteral("closure"), QStringLiteral("family_disengaged"), closing);
        const ClosureCheck never = checkClosure(inv, disengaged, {}, {});
        CHECK(never.canClose());
        CHECK(never.notes.join(QLatin1Char(' ')).contains(QStringLiteral("never engaged")));
        RecordedEvent reached;
        reached.involvementId = inv.id;
        reached.kind = QStringLiteral("engagement_started");
        reached.date = QDate(2026, 9, 10);
        CHECK_FALSE(checkClosure(inv, disengaged, {}, {reached}).canClose());
    }
    SECTION("moved away: a worker-only review is enough, and the note says so") {
        EhForm workerOnly = approvedReview(closing.addDays(-2));
        workerOnly.readings = {reviewReading(closing.addDays(-2), QStringLiteral("worker_only"))};
        const ClosureCheck c = checkClosure(
            inv, closureForm(QStringLiteral("closure"), QStringLiteral("family_moved_away"), closing),
            {workerOnly}, {});
        CHECK(c.canClose());
        CHECK(c.notes.join(QLatin1Char(' ')).contains(QStringLiteral("from your own perspective")));
    }
    SECTION("brief work: the closure summary, no Family Star review") {
        Involvement brief = inv;
        brief.service = QStringLiteral("early_help_brief");
        const EhForm summary =
            closureForm(QStringLiteral("brief_closure"), QStringLiteral("family_met_outcomes"), closing);
        const ClosureCheck c = checkClosure(brief, summary, {}, {});
        CHECK(c.canClose());
        CHECK(c.formKind == QStringLiteral("brief_closure"));
        CHECK_FALSE(c.reviewRequired);
        // The wrong form for the service is refused, both ways.
        CHECK_FALSE(checkClosure(brief, form, {approvedReview(closing.addDays(-1))}, {}).canClose());
        CHECK(checkClosure(inv, summary, {approvedReview(closing.addDays(-1))}, {})
                  .blockers.join(QLatin1Char(' '))
                  .contains(QStringLiteral("closure form")));
    }
    SECTION("a reason is required and must be one of the six; the date not before the work began") {
        CHECK(checkClosure(inv, closureForm(QStringLiteral("closure"), QString(), closing), {}, {})
                  .blockers.contains(QStringLiteral("Choose the reason for closing.")));
        CHECK_FALSE(checkClosure(inv,
                                 closureForm(QStringLiteral("closure"), QStringLiteral("other"), closing),
                                 {approvedReview(closing)}, {})
                        .canClose());
        EhForm early = form;
        early.completedOn = QDate(2026, 8, 1);
        CHECK_FALSE(checkClosure(inv, early, {approvedReview(early.completedOn)}, {}).canClose());
    }
    SECTION("closed work cannot close again") {
        Involvement closed = inv;
        closed.status = QStringLiteral("closed");
        closed.closedOn = QDate(2026, 11, 1);
        CHECK_FALSE(checkClosure(closed, form, {approvedReview(closing)}, {}).canClose());
    }
    CHECK(closureReasons().size() == 6);
}

TEST_CASE("Closure: submission says why it cannot close, the manager's approval closes the work with the "
          "outcome and date, and the minimum requirements are carried in",
          "[earlyhelp][closure]") {
    Work w;
    Database& db = w.t.db();
    EhFormRepository forms(db);
    w.t.signInAs(w.fsw);
    MinimumRequirement gp{QStringLiteral("gp"), QStringLiteral("met"),
                          QStringLiteral("Registered with Dr Example"), QDate()};
    REQUIRE(MinimumRequirementRepository(db).save(w.inv.id, gp).isOk());

    EhForm closure =
        closureForm(QStringLiteral("closure"), QStringLiteral("family_met_outcomes"), test::fixedToday());
    closure.involvementId = w.inv.id;
    REQUIRE(forms.saveDraft(closure).isOk());
    // The snapshot: "met: <note>" under minreq.gp.
    CHECK(forms.get(closure.id)->text(QStringLiteral("minreq.gp")) ==
          QStringLiteral("met: Registered with Dr Example"));
    const auto snapshot = minimumRequirementsFromTexts(forms.get(closure.id)->texts);
    REQUIRE(snapshot.size() == 7);
    CHECK(snapshot[0].isMet());
    CHECK(snapshot[0].note == gp.note);
    CHECK(snapshot[1].status.isEmpty());

    // No review yet: the submission is refused with the reason.
    const Status refused = forms.submit(closure.id);
    REQUIRE_FALSE(refused.isOk());
    CHECK(refused.error().contains(QStringLiteral("cannot close yet")));
    CHECK(refused.error().contains(QStringLiteral("review")));

    // A review 15 days before is not enough; one 10 days before is.
    EhForm old = w.review(test::fixedToday().addDays(-15));
    REQUIRE(submitAndApprove(w.t, old, w.fsw, w.manager).isOk());
    w.t.signInAs(w.fsw);
    CHECK(forms.submit(closure.id).error().contains(QStringLiteral("15 days")));
    EhForm recent = w.review(test::fixedToday().addDays(-10));
    REQUIRE(submitAndApprove(w.t, recent, w.fsw, w.manager).isOk());

    // A later change to the checklist is carried in while the form is a draft.
    w.t.signInAs(w.fsw);
    MinimumRequirement dentist{QStringLiteral("dentist"), QStringLiteral("met"), QString(), QDate()};
    REQUIRE(MinimumRequirementRepository(db).save(w.inv.id, dentist).isOk());
    REQUIRE(forms.saveDraft(closure).isOk());
    CHECK(forms.get(closure.id)->text(QStringLiteral("minreq.dentist")) == QStringLiteral("met"));
    REQUIRE(forms.submit(closure.id).isOk());

    // Only a team manager signs off a closure.
    CHECK(forms.approve(closure.id, QString()).error().contains(QStringLiteral("team manager")));
    CHECK(InvolvementRepository(db).get(w.inv.id)->isOpen());

    w.t.signInAs(w.manager);
    REQUIRE(forms.approve(closure.id, QStringLiteral("Agreed in supervision")).isOk());
    const Involvement closed = *InvolvementRepository(db).get(w.inv.id);
    CHECK_FALSE(closed.isOpen());
    CHECK(closed.closedOn == test::fixedToday());
    CHECK(closed.closureOutcome == QStringLiteral("family_met_outcomes"));
    CHECK(closed.closureNote.contains(QStringLiteral("Routines are in place")));
    int caseClosed = 0;
    for (const RecordedEvent& e : CaseEventRepository(db).forFamily(w.family.id))
        caseClosed += e.kind == QStringLiteral("case_closed") && e.date == test::fixedToday();
    CHECK(caseClosed == 1);

    // Closed work takes no new closure.
    w.t.signInAs(w.fsw);
    EhForm again =
        closureForm(QStringLiteral("closure"), QStringLiteral("family_met_outcomes"), test::fixedToday());
    again.involvementId = w.inv.id;
    REQUIRE(forms.saveDraft(again).isOk());
    CHECK(forms.submit(again.id).error().contains(QStringLiteral("already closed")));
}

TEST_CASE("Closure: a brief intervention closes with the summary, copying the Signs of Wellbeing reasons",
          "[earlyhelp][closure]") {
    Work w;
    Database& db = w.t.db();
    Involvement brief = w.inv;
    brief.service = QStringLiteral("early_help_brief");
    REQUIRE(InvolvementRepository(db).save(brief).isOk());
    EhFormRepository forms(db);
    w.t.signInAs(w.fsw);
    EhForm sow;
    sow.kind = QStringLiteral("sow_assessment");
    sow.involvementId = brief.id;
    sow.completedOn = QDate(2026, 10, 1);
    sow.texts[QStringLiteral("reasons")] = QStringLiteral("School asked for help with mornings");
    REQUIRE(forms.saveDraft(sow).isOk());

    EhForm summary;
    summary.kind = QStringLiteral("brief_closure");
    summary.involvementId = brief.id;
    summary.completedOn = test::fixedToday();
    summary.texts[QStringLiteral("reason")] = QStringLiteral("family_met_outcomes");
    summary.texts[QStringLiteral("work_completed")] = QStringLiteral("Two home visits");
    REQUIRE(forms.saveDraft(summary).isOk());
    CHECK(forms.get(summary.id)->text(QStringLiteral("reasons")) ==
          QStringLiteral("School asked for help with mornings"));

    // A targeted closure form does not fit brief work.
    EhForm wrong =
        closureForm(QStringLiteral("closure"), QStringLiteral("family_met_outcomes"), test::fixedToday());
    wrong.involvementId = brief.id;
    REQUIRE(forms.saveDraft(wrong).isOk());
    CHECK(forms.submit(wrong.id).error().contains(QStringLiteral("Appendix IV")));

    REQUIRE(submitAndApprove(w.t, summary, w.fsw, w.manager).isOk());
    CHECK_FALSE(InvolvementRepository(db).get(brief.id)->isOpen());
}

TEST_CASE("Closure summary: the completed minimum requirements are in bold", "[earlyhelp][closure]") {
    std::vector<MinimumRequirement> items = minimumRequirementsFromTexts({});
    items[0].status = QStringLiteral("met");
    items[0].note = QStringLiteral("Dr <Example>");
    items[2].status = QStringLiteral("not_applicable");
    items[2].note = QStringLiteral("No child under 5");
    const QString html = minimumRequirementsHtml(items);
    CHECK(html.contains(QStringLiteral("<b>Family registered with a GP</b>: Dr &lt;Example&gt;")));
    CHECK(html.contains(QStringLiteral("Family registered with a dentist <i>(not checked)</i>")));
    CHECK(html.contains(
        QStringLiteral("Registered with the Children's centre if have under 5 <i>(does not apply: "
                       "No child under 5)</i>")));
    CHECK_FALSE(html.contains(QStringLiteral("<b>Family registered with a dentist")));
}
