#include "domain/vocabulary.h"

#include <QCoreApplication>

namespace waymark {

Vocabulary::Vocabulary(const char* name, std::vector<VocabularyItem> items)
    : m_name(name)
    , m_items(std::move(items)) {}

bool Vocabulary::contains(const QString& code) const {
    for (const auto& item : m_items)
        if (code == QLatin1String(item.code))
            return true;
    return false;
}

QString Vocabulary::label(const QString& code) const {
    for (const auto& item : m_items)
        if (code == QLatin1String(item.code))
            return QCoreApplication::translate("Vocabulary", item.label);
    return code;
}

QStringList Vocabulary::codes() const {
    QStringList result;
    for (const auto& item : m_items)
        result << QLatin1String(item.code);
    return result;
}

namespace vocab {

const Vocabulary& gender() {
    static const Vocabulary v("gender", {
                                            {"female", QT_TRANSLATE_NOOP("Vocabulary", "Female")},
                                            {"male", QT_TRANSLATE_NOOP("Vocabulary", "Male")},
                                            {"other", QT_TRANSLATE_NOOP("Vocabulary", "Other")},
                                            {"not_known", QT_TRANSLATE_NOOP("Vocabulary", "Not known")},
                                        });
    return v;
}

// The Department for Education's ethnicity codes used in the children in need census.
const Vocabulary& ethnicity() {
    static const Vocabulary v("ethnicity",
                              {
                                  {"WBRI", QT_TRANSLATE_NOOP("Vocabulary", "White British")},
                                  {"WIRI", QT_TRANSLATE_NOOP("Vocabulary", "White Irish")},
                                  {"WIRT", QT_TRANSLATE_NOOP("Vocabulary", "Traveller of Irish heritage")},
                                  {"WROM", QT_TRANSLATE_NOOP("Vocabulary", "Gypsy/Roma")},
                                  {"WOTH", QT_TRANSLATE_NOOP("Vocabulary", "Any other White background")},
                                  {"MWBC", QT_TRANSLATE_NOOP("Vocabulary", "White and Black Caribbean")},
                                  {"MWBA", QT_TRANSLATE_NOOP("Vocabulary", "White and Black African")},
                                  {"MWAS", QT_TRANSLATE_NOOP("Vocabulary", "White and Asian")},
                                  {"MOTH", QT_TRANSLATE_NOOP("Vocabulary", "Any other mixed background")},
                                  {"AIND", QT_TRANSLATE_NOOP("Vocabulary", "Indian")},
                                  {"APKN", QT_TRANSLATE_NOOP("Vocabulary", "Pakistani")},
                                  {"ABAN", QT_TRANSLATE_NOOP("Vocabulary", "Bangladeshi")},
                                  {"AOTH", QT_TRANSLATE_NOOP("Vocabulary", "Any other Asian background")},
                                  {"BCRB", QT_TRANSLATE_NOOP("Vocabulary", "Caribbean")},
                                  {"BAFR", QT_TRANSLATE_NOOP("Vocabulary", "African")},
                                  {"BOTH", QT_TRANSLATE_NOOP("Vocabulary", "Any other Black background")},
                                  {"CHNE", QT_TRANSLATE_NOOP("Vocabulary", "Chinese")},
                                  {"OOTH", QT_TRANSLATE_NOOP("Vocabulary", "Any other ethnic group")},
                                  {"REFU", QT_TRANSLATE_NOOP("Vocabulary", "Refused")},
                                  {"NOBT", QT_TRANSLATE_NOOP("Vocabulary", "Information not yet obtained")},
                              });
    return v;
}

const Vocabulary& relationship() {
    static const Vocabulary v("relationship",
                              {
                                  {"child", QT_TRANSLATE_NOOP("Vocabulary", "Child")},
                                  {"mother", QT_TRANSLATE_NOOP("Vocabulary", "Mother")},
                                  {"father", QT_TRANSLATE_NOOP("Vocabulary", "Father")},
                                  {"step_parent", QT_TRANSLATE_NOOP("Vocabulary", "Step-parent")},
                                  {"parent_partner", QT_TRANSLATE_NOOP("Vocabulary", "Parent's partner")},
                                  {"grandparent", QT_TRANSLATE_NOOP("Vocabulary", "Grandparent")},
                                  {"aunt_uncle", QT_TRANSLATE_NOOP("Vocabulary", "Aunt or uncle")},
                                  {"adult_sibling", QT_TRANSLATE_NOOP("Vocabulary", "Adult sibling")},
                                  {"special_guardian", QT_TRANSLATE_NOOP("Vocabulary", "Special guardian")},
                                  {"kinship_carer", QT_TRANSLATE_NOOP("Vocabulary", "Kinship carer")},
                                  {"foster_carer", QT_TRANSLATE_NOOP("Vocabulary", "Foster carer")},
                                  {"adoptive_parent", QT_TRANSLATE_NOOP("Vocabulary", "Adoptive parent")},
                                  {"other_relative", QT_TRANSLATE_NOOP("Vocabulary", "Other relative")},
                                  {"other", QT_TRANSLATE_NOOP("Vocabulary", "Other")},
                              });
    return v;
}

// Kinship Carers Liverpool ask every form to capture the legal order or private arrangement.
const Vocabulary& kinshipStatus() {
    static const Vocabulary v(
        "kinshipStatus",
        {
            {"none", QT_TRANSLATE_NOOP("Vocabulary", "Not a kinship family")},
            {"special_guardianship_order", QT_TRANSLATE_NOOP("Vocabulary", "Special guardianship order")},
            {"child_arrangements_order", QT_TRANSLATE_NOOP("Vocabulary", "Child arrangements order")},
            {"kinship_foster_care", QT_TRANSLATE_NOOP("Vocabulary", "Kinship foster care")},
            {"private_family_arrangement", QT_TRANSLATE_NOOP("Vocabulary", "Private family arrangement")},
            {"not_known", QT_TRANSLATE_NOOP("Vocabulary", "Not yet known")},
        });
    return v;
}

const Vocabulary& workerRole() {
    static const Vocabulary v(
        "workerRole",
        {
            {"social_worker", QT_TRANSLATE_NOOP("Vocabulary", "Social worker")},
            {"supervising_social_worker", QT_TRANSLATE_NOOP("Vocabulary", "Supervising social worker")},
            {"family_support_worker", QT_TRANSLATE_NOOP("Vocabulary", "Family support worker")},
            {"youth_worker", QT_TRANSLATE_NOOP("Vocabulary", "Youth worker")},
            {"coordinator", QT_TRANSLATE_NOOP("Vocabulary", "LIFT coordinator")},
            {"team_manager", QT_TRANSLATE_NOOP("Vocabulary", "Team manager")},
            {"business_support", QT_TRANSLATE_NOOP("Vocabulary", "Business support")},
        });
    return v;
}

const Vocabulary& service() {
    static const Vocabulary v(
        "service",
        {
            {"lift_mentoring", QT_TRANSLATE_NOOP("Vocabulary", "LIFT mentoring")},
            {"early_help_brief", QT_TRANSLATE_NOOP("Vocabulary", "Early Help: unassessed brief")},
            {"early_help_targeted", QT_TRANSLATE_NOOP("Vocabulary", "Early Help: assessed targeted")},
            {"early_help_intensive", QT_TRANSLATE_NOOP("Vocabulary", "Early Help: intensive")},
            {"families_first", QT_TRANSLATE_NOOP("Vocabulary", "Families First intensive support")},
        });
    return v;
}

const Vocabulary& involvementStatus() {
    static const Vocabulary v(
        "involvementStatus",
        {
            {"referred", QT_TRANSLATE_NOOP("Vocabulary", "Referred, awaiting allocation")},
            {"open", QT_TRANSLATE_NOOP("Vocabulary", "Open")},
            {"closed", QT_TRANSLATE_NOOP("Vocabulary", "Closed")},
        });
    return v;
}

// Leicestershire Early Help closure outcomes (section 20), plus the LIFT closure and a catch-all.
const Vocabulary& closureOutcome() {
    static const Vocabulary v(
        "closureOutcome",
        {
            {"family_met_outcomes", QT_TRANSLATE_NOOP("Vocabulary", "Family met outcomes")},
            {"no_longer_appropriate", QT_TRANSLATE_NOOP("Vocabulary", "No longer most appropriate service")},
            {"stepped_up", QT_TRANSLATE_NOOP("Vocabulary", "Stepped up to social care")},
            {"family_refused", QT_TRANSLATE_NOOP("Vocabulary", "Family refused service")},
            {"family_disengaged", QT_TRANSLATE_NOOP("Vocabulary", "Family disengaged from service")},
            {"family_moved_away", QT_TRANSLATE_NOOP("Vocabulary", "Family moved away")},
            {"not_appropriate_nfa",
             QT_TRANSLATE_NOOP("Vocabulary", "Referral not appropriate: no further action")},
            {"other", QT_TRANSLATE_NOOP("Vocabulary", "Other")},
        });
    return v;
}

const Vocabulary& referralSource() {
    static const Vocabulary v(
        "referralSource",
        {
            {"social_care", QT_TRANSLATE_NOOP("Vocabulary", "Children's social care")},
            {"early_help_hub", QT_TRANSLATE_NOOP("Vocabulary", "Early Help hub")},
            {"school", QT_TRANSLATE_NOOP("Vocabulary", "School")},
            {"health", QT_TRANSLATE_NOOP("Vocabulary", "Health (GP, health visitor, school nurse)")},
            {"police", QT_TRANSLATE_NOOP("Vocabulary", "Police")},
            {"post_adoption_team", QT_TRANSLATE_NOOP("Vocabulary", "Post adoption team")},
            {"fostering_team", QT_TRANSLATE_NOOP("Vocabulary", "Fostering team")},
            {"youth_justice", QT_TRANSLATE_NOOP("Vocabulary", "Youth justice")},
            {"self", QT_TRANSLATE_NOOP("Vocabulary", "Family (self-referral)")},
            {"other", QT_TRANSLATE_NOOP("Vocabulary", "Other")},
        });
    return v;
}

const Vocabulary& noteType() {
    static const Vocabulary v(
        "noteType",
        {
            {"home_visit", QT_TRANSLATE_NOOP("Vocabulary", "Home visit")},
            {"phone_call", QT_TRANSLATE_NOOP("Vocabulary", "Phone call")},
            {"text_message", QT_TRANSLATE_NOOP("Vocabulary", "Text message")},
            {"email", QT_TRANSLATE_NOOP("Vocabulary", "Email")},
            {"letter", QT_TRANSLATE_NOOP("Vocabulary", "Letter")},
            {"school_meeting", QT_TRANSLATE_NOOP("Vocabulary", "School meeting")},
            {"office_visit", QT_TRANSLATE_NOOP("Vocabulary", "Office visit")},
            {"direct_work", QT_TRANSLATE_NOOP("Vocabulary", "Direct work")},
            {"multi_agency_meeting", QT_TRANSLATE_NOOP("Vocabulary", "Multi-agency meeting")},
            {"failed_contact", QT_TRANSLATE_NOOP("Vocabulary", "Attempted contact (no response)")},
            {"manager_decision", QT_TRANSLATE_NOOP("Vocabulary", "Manager decision")},
            {"closure_summary", QT_TRANSLATE_NOOP("Vocabulary", "Closure summary")},
            {"other", QT_TRANSLATE_NOOP("Vocabulary", "Other")},
        });
    return v;
}

// Where a cared-for child lives, as far as the timescales need it (Sefton statutory visits: the
// codes are the ones the rule book's placement_type conditions use).
const Vocabulary& placementType() {
    static const Vocabulary v(
        "placementType",
        {
            {"foster_care", QT_TRANSLATE_NOOP("Vocabulary", "Foster care")},
            {"long_term_stable", QT_TRANSLATE_NOOP("Vocabulary", "Long-term stable home (ratified)")},
            {"long_term_to_18", QT_TRANSLATE_NOOP("Vocabulary", "Long-term home until 18 (ratified)")},
            {"placed_with_parents", QT_TRANSLATE_NOOP("Vocabulary", "Placed with parents")},
            {"placed_for_adoption", QT_TRANSLATE_NOOP("Vocabulary", "Placed for adoption")},
            {"residential", QT_TRANSLATE_NOOP("Vocabulary", "Children's home")},
            {"out_of_borough", QT_TRANSLATE_NOOP("Vocabulary", "Placement out of the borough")},
            {"unregulated", QT_TRANSLATE_NOOP("Vocabulary", "Unregulated provision (16 and over)")},
        });
    return v;
}

} // namespace vocab
} // namespace waymark
