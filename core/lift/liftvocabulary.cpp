#include "lift/liftvocabulary.h"

#include <QCoreApplication>

namespace waymark::vocab {

// Section 1 of the procedure: "it must be clear at the point of referral which aim we are working
// to achieve".
const Vocabulary& liftAim() {
    static const Vocabulary v(
        "liftAim",
        {
            {"rehabilitation_home",
             QT_TRANSLATE_NOOP("Vocabulary", "1. Rehabilitation home after a short period in care")},
            {"post_adoption",
             QT_TRANSLATE_NOOP("Vocabulary", "2. Prevent adoption (or special guardianship) breakdown")},
            {"foster_placement", QT_TRANSLATE_NOOP("Vocabulary", "3. Prevent a foster placement breakdown")},
            {"cin_prevent_care",
             QT_TRANSLATE_NOOP("Vocabulary", "4. Child in need plan: prevent admission to care")},
            {"respite_breaking_point",
             QT_TRANSLATE_NOOP("Vocabulary", "5. Family at breaking point asking for respite")},
        });
    return v;
}

// Section 3: "is it day respite, help with behaviour management, boundaries or routines and
// organisation ... finding alternative sources of support and linking the families to them".
const Vocabulary& liftSupport() {
    static const Vocabulary v(
        "liftSupport",
        {
            {"day_respite", QT_TRANSLATE_NOOP("Vocabulary", "Day respite")},
            {"behaviour_management", QT_TRANSLATE_NOOP("Vocabulary", "Behaviour management")},
            {"boundaries", QT_TRANSLATE_NOOP("Vocabulary", "Boundaries")},
            {"routines_organisation", QT_TRANSLATE_NOOP("Vocabulary", "Routines and organisation")},
            {"linking_support", QT_TRANSLATE_NOOP("Vocabulary", "Linking to other support")},
        });
    return v;
}

const Vocabulary& liftDecision() {
    static const Vocabulary v(
        "liftDecision",
        {
            {"pending", QT_TRANSLATE_NOOP("Vocabulary", "Not yet decided")},
            {"appropriate", QT_TRANSLATE_NOOP("Vocabulary", "Appropriate: look for a mentor")},
            {"not_appropriate", QT_TRANSLATE_NOOP("Vocabulary", "Not appropriate: no further action")},
        });
    return v;
}

// Section 3: "Those present at the meeting/s should be", plus the coordinator who may step in.
const Vocabulary& liftAttendee() {
    static const Vocabulary v("liftAttendee",
                              {
                                  {"child", QT_TRANSLATE_NOOP("Vocabulary", "Child")},
                                  {"family", QT_TRANSLATE_NOOP("Vocabulary", "Family")},
                                  {"mentor", QT_TRANSLATE_NOOP("Vocabulary", "Mentor")},
                                  {"ccsw", QT_TRANSLATE_NOOP("Vocabulary", "Child's social worker (CCSW)")},
                                  {"ssw", QT_TRANSLATE_NOOP("Vocabulary", "Supervising social worker (SSW)")},
                                  {"coordinator", QT_TRANSLATE_NOOP("Vocabulary", "LIFT coordinator")},
                              });
    return v;
}

// Seed 001: post-order support depends on the legal order (adoption or special guardianship), and
// kinship data capture asks for the order or private arrangement on every family.
const Vocabulary& liftLegalOrder() {
    static const Vocabulary v(
        "liftLegalOrder",
        {
            {"adoption_order", QT_TRANSLATE_NOOP("Vocabulary", "Adoption order")},
            {"special_guardianship_order", QT_TRANSLATE_NOOP("Vocabulary", "Special guardianship order")},
            {"child_arrangements_order", QT_TRANSLATE_NOOP("Vocabulary", "Child arrangements order")},
            {"private_family_arrangement", QT_TRANSLATE_NOOP("Vocabulary", "Private family arrangement")},
            {"none", QT_TRANSLATE_NOOP("Vocabulary", "No order")},
        });
    return v;
}

const Vocabulary& liftMeetingKind() {
    static const Vocabulary v("liftMeetingKind",
                              {
                                  {"agreement", QT_TRANSLATE_NOOP("Vocabulary", "LIFT agreement meeting")},
                                  {"review", QT_TRANSLATE_NOOP("Vocabulary", "LIFT review meeting")},
                              });
    return v;
}

const Vocabulary& liftFinanceStatus() {
    static const Vocabulary v("liftFinanceStatus",
                              {
                                  {"draft", QT_TRANSLATE_NOOP("Vocabulary", "Being filled in")},
                                  {"submitted", QT_TRANSLATE_NOOP("Vocabulary", "Submitted to the SSW")},
                                  {"processed", QT_TRANSLATE_NOOP("Vocabulary", "Processed (claim on LCS)")},
                                  {"paid", QT_TRANSLATE_NOOP("Vocabulary", "Paid")},
                              });
    return v;
}

const Vocabulary& liftRateKind() {
    static const Vocabulary v(
        "liftRateKind",
        {
            {"hourly", QT_TRANSLATE_NOOP("Vocabulary", "Mentor's hourly rate")},
            {"mileage", QT_TRANSLATE_NOOP("Vocabulary", "Mileage rate per mile")},
            {"placement_week", QT_TRANSLATE_NOOP("Vocabulary", "Weekly cost of a care placement")},
        });
    return v;
}

const Vocabulary& liftCareFollowUp() {
    static const Vocabulary v(
        "liftCareFollowUp",
        {
            {"", QT_TRANSLATE_NOOP("Vocabulary", "Not yet known")},
            {"no", QT_TRANSLATE_NOOP("Vocabulary", "No: not in care a year on")},
            {"entered_care", QT_TRANSLATE_NOOP("Vocabulary", "Yes: entered care within the year")},
            {"returned_to_care", QT_TRANSLATE_NOOP("Vocabulary", "Yes: returned to care within the year")},
        });
    return v;
}

} // namespace waymark::vocab
