#include "earlyhelp/familiesfirst.h"

#include "storage/database.h"
#include "util/trcontext.h"

#include <QCoreApplication>

namespace waymark {

#define V(text) QT_TRANSLATE_NOOP("Vocabulary", text)

const Vocabulary& vocab::ffPriority() {
    static const Vocabulary v("ffPriority",
                              {
                                  {"standard", V("Standard: contact the social worker the same day")},
                                  {"immediate", V("Immediate: contact the social worker within 2 hours")},
                              });
    return v;
}

const Vocabulary& vocab::ffCriteria() {
    static const Vocabulary v(
        "ffCriteria",
        {
            {"imminent_care", V("Young person at imminent risk of entry to care")},
            {"rehab_breakdown", V("Rehabilitation home plan in danger of breakdown")},
            {"missing_cse", V("At risk of care through missing episodes or sexual exploitation")},
            {"behaviour_breakdown", V("Family breakdown linked to the child's behaviour")},
            {"no_boundaries", V("No effective boundaries set by parents")},
            {"self_care_neglect", V("Neglects self-care through other priorities, e.g. substance misuse")},
            {"conflict", V("High conflict or aggression between parents, child and siblings")},
            {"exclusion", V("Permanently excluded from school or at risk of it")},
            {"parenting", V("Parents unable to provide good enough parenting")},
            {"social_exclusion", V("Family chronically socially excluded")},
            {"critical_parents", V("Parents inconsistent, highly critical or apathetic towards the child")},
            {"no_network", V("No supportive network available")},
            {"younger_sibling", V("Younger sibling where risk of entry to care is identified")},
        });
    return v;
}

const Vocabulary& vocab::ffCrisisSupport() {
    static const Vocabulary v("ffCrisisSupport",
                              {
                                  {"mediation", V("Mediation between family members")},
                                  {"time_out", V("Short time out or short break away from home")},
                                  {"phone_support", V("On-call telephone support")},
                                  {"wider_family", V("Wider family offering immediate support")},
                                  {"strategies", V("Short-term strategies to calm the situation")},
                              });
    return v;
}

const Vocabulary& vocab::ffMenu() {
    static const Vocabulary v("ffMenu",
                              {
                                  {"direct_work", V("Direct intensive support with the young person")},
                                  {"information", V("Information: the child's journey and key facts")},
                                  {"parenting", V("Parenting skills (evidence-based programmes)")},
                                  {"mediation", V("Mediation")},
                                  {"signposting", V("Signposting and support to reach other services")},
                                  {"fgc", V("Family Group Conference")},
                                  {"practical", V("Direct practical support")},
                                  {"mental_health", V("Mental health support (KITE, Healthy Young Minds)")},
                                  {"extended_family_respite", V("Approaching extended family for respite")},
                                  {"advocacy", V("Advocacy")},
                                  {"referrals", V("Direct referrals to other services")},
                                  {"telephone", V("Telephone support")},
                                  {"short_breaks", V("Short breaks")},
                              });
    return v;
}

const Vocabulary& vocab::ffReviewNext() {
    static const Vocabulary v("ffReviewNext", {
                                                  {"review", V("Next review date set")},
                                                  {"closure", V("Closure meeting to be arranged")},
                                              });
    return v;
}

const Vocabulary& vocab::ffOutcomes() {
    static const Vocabulary v("ffOutcomes",
                              {
                                  {"behaviour", V("Improved behaviour, anger control, less offending")},
                                  {"school", V("Improved school attendance and attainment")},
                                  {"relationships", V("Improved family and peer relationships")},
                                  {"confidence", V("Raised confidence and self-esteem")},
                                  {"aspirations", V("Increased aspirations and employability")},
                                  {"living_conditions", V("Improved physical living conditions")},
                                  {"health", V("Improved mental and physical health")},
                                  {"safety", V("Less risk to the young person's safety and well-being")},
                                  {"missing", V("Fewer missing from home episodes")},
                                  {"care_avoided", V("Did not become looked after")},
                              });
    return v;
}

namespace {

using F = FieldType;

const FormDefinition kReferral{
    "ff_referral",
    V("Step 1: the request for intervention from the social work team. The social worker is contacted the "
      "same day (within 2 hours when immediate) and a named worker allocated the same day or within 1 "
      "working "
      "day."),
    {
        {"received_at", V("Received"), F::DateTime, true},
        {"referred_by", V("Social worker and team"), F::Text, true},
        {"priority", V("Priority"), F::Choice, true, &vocab::ffPriority},
        {"criteria", V("Referral criteria met"), F::Checklist, true, &vocab::ffCriteria},
        {"referral_form_received", V("Written referral form and risk assessment received"), F::Tick},
        {"family_aware", V("The family know of the referral"), F::Tick},
        {"social_worker_contacted_at", V("Social worker contacted"), F::DateTime, false, nullptr,
         V("To agree the initial visit")},
        {"named_worker", V("Named worker"), F::Text},
        {"named_worker_allocated_on", V("Named worker allocated on"), F::Date},
        {"eligibility_meeting_on", V("Eligibility meeting"), F::Date},
        {"notes", V("Discussion with the social worker"), F::LongText},
    }};

const FormDefinition kCrisis{
    "ff_crisis_response",
    V("Step 4: the initial visit when an immediate response is needed, to avert the crisis until a plan is "
      "agreed."),
    {
        {"visit_at", V("Initial visit"), F::DateTime, true},
        {"with_social_worker", V("Visited with the social worker"), F::Tick},
        {"young_person_views", V("The young person's views and concerns"), F::LongText, true},
        {"parent_views", V("The parents' or carers' views and concerns"), F::LongText, true},
        {"support", V("What was put in place"), F::Checklist, true, &vocab::ffCrisisSupport},
        {"engagement_explained", V("The expectation of engagement explained"), F::Tick},
        {"other_agencies", V("Other professionals and agencies involved"), F::LongText},
        {"risk", V("Risk assessment update"), F::LongText},
    }};

const FormDefinition kMeeting{
    "ff_family_meeting",
    V("Family meeting, chaired by the social worker, with the family and the agencies involved."),
    {
        {"held_on", V("Held on"), F::Date, true},
        {"chaired_by", V("Chaired by"), F::Text, true},
        {"attendees", V("Attended by"), F::LongText, true},
        {"reasons_clarified", V("Reasons for the request clarified"), F::Tick},
        {"roles_clarified", V("Roles of other professionals clarified"), F::Tick},
        {"family_agreed", V("Family agreed to the schedule of interventions"), F::Tick},
        {"voluntary_explained", V("Told that working with the team is voluntary"), F::Tick},
        {"complaints_explained", V("Compliments and complaints procedure explained"), F::Tick},
        {"panel_explained", V("Told that cases are reviewed at SFF panel"), F::Tick},
        {"family_views", V("The family's views on their situation"), F::LongText},
        {"risk", V("Risk assessment update"), F::LongText},
    }};

const FormDefinition kSupport{
    "ff_support_plan",
    V("Step 6: the menu of support agreed with the family, and the goals progress is measured against."),
    {
        {"agreed_on", V("Agreed on"), F::Date, true},
        {"menu", V("Support to be delivered"), F::Checklist, true, &vocab::ffMenu},
        {"goals", V("Goals (specific and measurable)"), F::LongText, true},
        {"plan", V("Who does what, and when"), F::LongText},
    }};

const FormDefinition kReview{
    "ff_review",
    V("Step 7: regular review with the young person, the family and the professionals: progress against the "
      "goals, risks, and the next step."),
    {
        {"held_on", V("Held on"), F::Date, true},
        {"attended", V("Attended by"), F::LongText},
        {"progress", V("Progress against the goals"), F::LongText, true},
        {"risks", V("Risks now"), F::LongText},
        {"service_appropriate", V("The service still meets the need"), F::Tick},
        {"next", V("Next"), F::Choice, true, &vocab::ffReviewNext},
        {"next_review_on", V("Next review on"), F::Date},
    }};

const FormDefinition kStepDown{
    "ff_step_down",
    V("Step-down to existing family support services when the intensive work ends."),
    {
        {"stepped_down_on", V("Stepped down on"), F::Date, true},
        {"service", V("Service stepped down to"), F::Text, true},
        {"lead_professional", V("Lead professional"), F::Text, true},
        {"handover", V("What was handed over"), F::LongText},
    }};

const FormDefinition kClosure{
    "ff_closure",
    V("Step 8: closure. A well thought out withdrawal reduces the risk of return or breakdown."),
    {
        {"closure_meeting_on", V("Closure meeting"), F::Date, true},
        {"outcomes_achieved", V("Outcomes achieved"), F::Checklist, false, &vocab::ffOutcomes},
        {"outcomes_why", V("Where outcomes were or were not achieved, and why"), F::LongText, true},
        {"ongoing_plans", V("Plans for ongoing work with the family"), F::LongText, true},
        {"professional_roles", V("Roles of professionals who remain involved"), F::LongText},
        {"step_down_needed", V("A step-down is needed"), F::Tick},
        {"lead_practitioner_confirmed", V("Step-down lead practitioner in place"), F::Tick},
        {"follow_up", V("Follow-up work: dates and by whom"), F::LongText},
        {"contact_explained", V("Future contact arrangements explained to the family"), F::Tick},
        {"exit_strategies", V("Exit strategies: remaining issues and the family's strategies"), F::LongText},
        {"close_on", V("Date given to close"), F::Date, true},
    }};

const FormDefinition kFeedback{
    "ff_feedback",
    V("The feedback form: the young person's and the family's views of the service."),
    {
        {"given_on", V("Given on"), F::Date, true},
        {"young_person_views", V("The young person's views"), F::LongText},
        {"family_views", V("The family's views"), F::LongText},
        {"what_helped", V("What helped most"), F::LongText},
        {"what_could_be_better", V("What could have been better"), F::LongText},
    }};

} // namespace

#undef V

const std::vector<const FormDefinition*>& familiesFirstForms() {
    static const std::vector<const FormDefinition*> forms = {&kReferral, &kCrisis,   &kMeeting, &kSupport,
                                                             &kReview,   &kStepDown, &kClosure, &kFeedback};
    return forms;
}

bool isFamiliesFirstKind(const QString& kind) {
    return kind.startsWith(QLatin1String("ff_"));
}

ResponseCheck checkResponse(const EhForm& referral, const QDateTime& now) {
    ResponseCheck r;
    const QDateTime received = localTimeFromText(referral.text(QStringLiteral("received_at")));
    if (!received.isValid())
        return r;
    const bool immediate = referral.text(QStringLiteral("priority")) == QLatin1String("immediate");
    const QDateTime contactBy =
        immediate ? received.addSecs(2 * 3600) : QDateTime(received.date(), QTime(23, 59));
    const QDateTime contacted =
        localTimeFromText(referral.text(QStringLiteral("social_worker_contacted_at")));
    const QString fmt = QStringLiteral("dd/MM/yyyy HH:mm");
    if (contacted.isValid()) {
        r.contactMet = contacted <= contactBy;
        r.contact = r.contactMet
                        ? EarlyHelp::tr("Social worker contacted %1: in time.").arg(contacted.toString(fmt))
                        : EarlyHelp::tr("Social worker contacted %1: after the %2 it was due by.")
                              .arg(contacted.toString(fmt), contactBy.toString(fmt));
    } else {
        r.contact = now <= contactBy
                        ? EarlyHelp::tr("Contact the social worker by %1.").arg(contactBy.toString(fmt))
                        : EarlyHelp::tr("Overdue: the social worker was to be contacted by %1.")
                              .arg(contactBy.toString(fmt));
    }
    // "The same day where possible or within 1 working day": the next weekday (bank holidays are the
    // deadline engine's business, rule sff.named_worker).
    QDate allocateBy = received.date().addDays(1);
    while (allocateBy.dayOfWeek() > 5)
        allocateBy = allocateBy.addDays(1);
    const QDate allocated = dateFromText(referral.text(QStringLiteral("named_worker_allocated_on")));
    const QString dfmt = QStringLiteral("dd/MM/yyyy");
    if (allocated.isValid()) {
        r.namedWorkerMet = allocated <= allocateBy;
        r.namedWorker =
            r.namedWorkerMet
                ? EarlyHelp::tr("Named worker allocated %1: in time.").arg(allocated.toString(dfmt))
                : EarlyHelp::tr("Named worker allocated %1: after %2.")
                      .arg(allocated.toString(dfmt), allocateBy.toString(dfmt));
    } else {
        r.namedWorker = now.date() <= allocateBy
                            ? EarlyHelp::tr("Allocate a named worker by %1.").arg(allocateBy.toString(dfmt))
                            : EarlyHelp::tr("Overdue: a named worker was to be allocated by %1.")
                                  .arg(allocateBy.toString(dfmt));
    }
    return r;
}

void checkFamiliesFirstForm(const EhForm& form, FormCheck check, ValidationIssues& issues) {
    Q_UNUSED(check);
    if (form.kind != QLatin1String("ff_referral"))
        return;
    const QDateTime received = localTimeFromText(form.text(QStringLiteral("received_at")));
    const QDateTime contacted = localTimeFromText(form.text(QStringLiteral("social_worker_contacted_at")));
    const QDate allocated = dateFromText(form.text(QStringLiteral("named_worker_allocated_on")));
    if (received.isValid() && contacted.isValid() && contacted < received)
        issues.push_back(
            {QStringLiteral("social_worker_contacted_at"),
             EarlyHelp::tr("The social worker was contacted before the referral was received.")});
    if (received.isValid() && allocated.isValid() && allocated < received.date())
        issues.push_back({QStringLiteral("named_worker_allocated_on"),
                          EarlyHelp::tr("The named worker was allocated before the referral was received.")});
    if (allocated.isValid() && form.text(QStringLiteral("named_worker")).trimmed().isEmpty())
        issues.push_back({QStringLiteral("named_worker"), EarlyHelp::tr("Say who the named worker is.")});
}

std::vector<FfEvent> familiesFirstReferralEvents(const EhForm& referral) {
    std::vector<FfEvent> out;
    const QDateTime received = localTimeFromText(referral.text(QStringLiteral("received_at")));
    if (!received.isValid())
        return out;
    const bool immediate = referral.text(QStringLiteral("priority")) == QLatin1String("immediate");
    out.push_back(
        {immediate ? QStringLiteral("sff_referral_immediate") : QStringLiteral("sff_referral"), received});
    const QDateTime contacted =
        localTimeFromText(referral.text(QStringLiteral("social_worker_contacted_at")));
    if (contacted.isValid())
        out.push_back({QStringLiteral("sff_social_worker_contacted"), contacted});
    const QDate allocated = dateFromText(referral.text(QStringLiteral("named_worker_allocated_on")));
    if (allocated.isValid())
        out.push_back({QStringLiteral("sff_worker_allocated"), QDateTime(allocated, QTime()), false});
    return out;
}

} // namespace waymark
