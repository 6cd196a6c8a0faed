#include "earlyhelp/ehforms.h"

#include <QCoreApplication>

namespace waymark {

const Vocabulary& vocab::ehFormKind() {
    static const Vocabulary v(
        "ehFormKind",
        {
            {"star_assessment", QT_TRANSLATE_NOOP("Vocabulary", "Family Star assessment")},
            {"star_review", QT_TRANSLATE_NOOP("Vocabulary", "Family Star review")},
            {"sow_assessment", QT_TRANSLATE_NOOP("Vocabulary", "Signs of Wellbeing assessment")},
            {"family_monitoring", QT_TRANSLATE_NOOP("Vocabulary", "Family monitoring form")},
            {"individual_monitoring", QT_TRANSLATE_NOOP("Vocabulary", "Individual monitoring form")},
            {"plan", QT_TRANSLATE_NOOP("Vocabulary", "Plan")},
            {"case_summary", QT_TRANSLATE_NOOP("Vocabulary", "Case summary")},
            {"closure", QT_TRANSLATE_NOOP("Vocabulary", "Closure form")},
            {"brief_closure", QT_TRANSLATE_NOOP("Vocabulary", "Brief intervention closure summary")},
            {"ff_referral", QT_TRANSLATE_NOOP("Vocabulary", "Families First referral")},
            {"ff_crisis_response", QT_TRANSLATE_NOOP("Vocabulary", "Crisis response: initial visit")},
            {"ff_family_meeting", QT_TRANSLATE_NOOP("Vocabulary", "Family meeting")},
            {"ff_support_plan", QT_TRANSLATE_NOOP("Vocabulary", "Menu of support and goals")},
            {"ff_review", QT_TRANSLATE_NOOP("Vocabulary", "Families First review")},
            {"ff_step_down", QT_TRANSLATE_NOOP("Vocabulary", "Step-down")},
            {"ff_closure", QT_TRANSLATE_NOOP("Vocabulary", "Families First closure")},
            {"ff_feedback", QT_TRANSLATE_NOOP("Vocabulary", "Family feedback")},
        });
    return v;
}

const Vocabulary& vocab::ehFormStatus() {
    static const Vocabulary v("ehFormStatus",
                              {
                                  {"draft", QT_TRANSLATE_NOOP("Vocabulary", "Draft")},
                                  {"submitted", QT_TRANSLATE_NOOP("Vocabulary", "Submitted to manager")},
                                  {"approved", QT_TRANSLATE_NOOP("Vocabulary", "Approved")},
                                  {"returned", QT_TRANSLATE_NOOP("Vocabulary", "Returned for changes")},
                              });
    return v;
}

// The 10 areas, named as seed 003 section 11 names them, in its order.
const Vocabulary& vocab::starArea() {
    static const Vocabulary v(
        "starArea", {
                        {"physical_health", QT_TRANSLATE_NOOP("Vocabulary", "Physical health")},
                        {"well_being", QT_TRANSLATE_NOOP("Vocabulary", "Your well-being")},
                        {"emotional_needs", QT_TRANSLATE_NOOP("Vocabulary", "Meeting emotional needs")},
                        {"keeping_safe", QT_TRANSLATE_NOOP("Vocabulary", "Keeping your children safe")},
                        {"social_networks", QT_TRANSLATE_NOOP("Vocabulary", "Social networks")},
                        {"education", QT_TRANSLATE_NOOP("Vocabulary", "Education and learning")},
                        {"boundaries", QT_TRANSLATE_NOOP("Vocabulary", "Boundaries and behaviour")},
                        {"family_routine", QT_TRANSLATE_NOOP("Vocabulary", "Family routine")},
                        {"progress_to_work", QT_TRANSLATE_NOOP("Vocabulary", "Progress to work")},
                        {"home_and_money", QT_TRANSLATE_NOOP("Vocabulary", "Home and money")},
                    });
    return v;
}

const Vocabulary& vocab::starPerspective() {
    static const Vocabulary v(
        "starPerspective",
        {
            {"agreed", QT_TRANSLATE_NOOP("Vocabulary", "Agreed with the family")},
            {"worker", QT_TRANSLATE_NOOP("Vocabulary", "Worker's view (family disagreed)")},
            {"family", QT_TRANSLATE_NOOP("Vocabulary", "Family's view (disagreed)")},
            {"worker_only", QT_TRANSLATE_NOOP("Vocabulary", "Worker only (family disengaged)")},
        });
    return v;
}

const Vocabulary& vocab::planResponsible() {
    static const Vocabulary v("planResponsible",
                              {
                                  {"worker", QT_TRANSLATE_NOOP("Vocabulary", "A worker")},
                                  {"young_person", QT_TRANSLATE_NOOP("Vocabulary", "The young person")},
                                  {"family", QT_TRANSLATE_NOOP("Vocabulary", "The parent or carer")},
                                  {"other_agency", QT_TRANSLATE_NOOP("Vocabulary", "Another agency")},
                              });
    return v;
}

const Vocabulary& vocab::planPriority() {
    static const Vocabulary v(
        "planPriority", {
                            {"priority", QT_TRANSLATE_NOOP("Vocabulary", "A priority now")},
                            {"not_prioritised", QT_TRANSLATE_NOOP("Vocabulary", "Not prioritised currently")},
                        });
    return v;
}

const Vocabulary& vocab::reviewOutcome() {
    static const Vocabulary v("reviewOutcome",
                              {
                                  {"plan", QT_TRANSLATE_NOOP("Vocabulary", "Plan: the work goes on")},
                                  {"close", QT_TRANSLATE_NOOP("Vocabulary", "Close the case")},
                              });
    return v;
}

const StarScore* StarReading::find(const QString& area) const {
    for (const StarScore& s : scores)
        if (s.area == area)
            return &s;
    return nullptr;
}

int StarReading::scoreOf(const QString& area) const {
    const StarScore* s = find(area);
    return s ? s->score : 0;
}

QString EhForm::text(const QString& section) const {
    const auto it = texts.find(section);
    return it == texts.end() ? QString() : it->second;
}

const StarReading* EhForm::mainReading() const {
    for (const char* p : {"agreed", "worker", "worker_only"})
        for (const StarReading& r : readings)
            if (r.perspective == QLatin1String(p))
                return &r;
    return readings.empty() ? nullptr : &readings.front();
}

bool isStarKind(const QString& kind) {
    return kind == QLatin1String("star_assessment") || kind == QLatin1String("star_review");
}

} // namespace waymark
