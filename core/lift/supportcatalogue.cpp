#include "lift/supportcatalogue.h"

#include "util/trcontext.h"

#include <QCoreApplication>

namespace waymark {

QString supportProviderLabel(SupportProvider provider) {
    switch (provider) {
    case SupportProvider::LocalAuthority:
        return Lift::tr("Local authority");
    case SupportProvider::RegionalAdoptionAgency:
        return Lift::tr("Regional adoption agency (RAA)");
    case SupportProvider::Shared:
        return Lift::tr("Both: see the split");
    }
    return QString();
}

// Wording follows seed 001 closely so a worker recognises it; the split is the statement of
// purpose's, which is one agency's. An authority with a different split edits this list.
const std::vector<SupportService>& adoptionSupportCatalogue() {
    using P = SupportProvider;
    static const std::vector<SupportService> services = {
        {Lift::tr("Assessment of support needs"), P::RegionalAdoptionAgency,
         Lift::tr(
             "Assessment for adoption or special guardianship support, for families legally eligible who "
             "ask for one."),
         Lift::tr("The local authority signposts every post-order support referral to the RAA.")},
        {Lift::tr("Support plans"), P::Shared,
         Lift::tr(
             "The local authority develops adoption and special guardianship support plans and makes sure "
             "all parties have signed copies; the RAA develops and delivers plans post order and provides "
             "services only where it has agreed the plan."),
         Lift::tr("Check the plan is agreed by the RAA before promising an RAA service.")},
        {Lift::tr("Information, advice and emotional support"), P::RegionalAdoptionAgency,
         Lift::tr("Telephone or email support, newsletters, mailing lists."),
         Lift::tr("The local authority shares information about the RAA with every adoptive and special "
                  "guardianship family, before and after the order.")},
        {Lift::tr("Signposting and referrals to other services"), P::RegionalAdoptionAgency,
         Lift::tr("CAMHS, local teams such as ATTACH, the virtual school, advocacy organisations, specialist "
                  "charities, activity providers."),
         Lift::tr(
             "Needs outside the RAA core offer (education, health, other social care) are referred on by the "
             "RAA.")},
        {Lift::tr("Activities, groups and peer support"), P::RegionalAdoptionAgency,
         Lift::tr("Support groups, social events for adults and children, family picnic, mentoring and buddy "
                  "schemes."),
         Lift::tr("Refer to the RAA.")},
        {Lift::tr("Training for adoptive parents and special guardians"), P::RegionalAdoptionAgency,
         Lift::tr(
             "Short workshops (one to six sessions) or longer programmes such as Safe Base, KEEP, Building "
             "Attachments, non-violent resistance, DDP, parenting teens."),
         Lift::tr("Refer to the RAA.")},
        {Lift::tr("Therapeutic services for children"), P::RegionalAdoptionAgency,
         Lift::tr("Therapy funded by the Adoption Support Fund, by local authority teams or privately."),
         Lift::tr("Post order the RAA assesses and applies to the Adoption Support Fund; before the order "
                  "the local "
                  "authority assesses and refers to the RAA to apply.")},
        {Lift::tr("Adoption Support Fund match funding"), P::LocalAuthority,
         Lift::tr("Match funding where the local authority decision-maker finds the application meets its "
                  "thresholds."),
         Lift::tr(
             "The RAA assesses the need and refers to the local authority for the decision, which must be in "
             "writing before the application.")},
        {Lift::tr("Support for contact with the birth family"), P::Shared,
         Lift::tr(
             "Letterbox contact, support with direct contact, life story books and later life letters. The "
             "RAA facilitates letterbox to age 18 (21 where need and risk are significant) and reviews "
             "contact "
             "arrangements (at most three direct contacts); the local authority supervises direct contact "
             "where a supervisor is needed to manage risk."),
         Lift::tr(
             "Letterbox for special guardianship families only in exceptional circumstances, with the RAA "
             "operational manager's agreement."),
         true},
        {Lift::tr("Independent birth relative support and birth records counselling"),
         P::RegionalAdoptionAgency,
         Lift::tr(
             "Independent birth relative support service; birth records counselling and services for adults "
             "affected by adoption; access to adoption records over 18."),
         Lift::tr("Refer to the RAA."), false},
        {Lift::tr("Social work support"), P::RegionalAdoptionAgency,
         Lift::tr(
             "Emotional support, support with education, contributing to team around the child meetings and "
             "coordinating support."),
         Lift::tr("Refer to the RAA.")},
        {Lift::tr("Adoption and special guardianship allowances and grants"), P::LocalAuthority,
         Lift::tr(
             "Allowances assessed before placement and reviewed by the child's local authority (adoption "
             "allowances yearly); discretionary settling-in grants and exceptional allowances."),
         Lift::tr("An allowance asked for post order is assessed by the RAA and referred back to the local "
                  "authority for the decision.")},
        {Lift::tr("Respite care"), P::RegionalAdoptionAgency,
         Lift::tr(
             "Funding for nursery, activities or childminding, holidays, a foster or residential placement."),
         Lift::tr("Refer to the RAA; LIFT day respite (aim 2) can sit alongside.")},
        {Lift::tr("Safeguarding and post-order disruption"), P::LocalAuthority,
         Lift::tr(
             "Section 47 enquiries and allocation of a social worker where thresholds are met; the local "
             "authority chairs disruption meetings and holds case responsibility, the RAA contributes and "
             "consults."),
         Lift::tr("The local authority notifies the RAA immediately of a safeguarding referral about an "
                  "adopted or "
                  "special guardianship child.")},
        {Lift::tr("Young adults (18 to 21, or 25 with an EHCP)"), P::Shared,
         Lift::tr(
             "The local authority assesses for adult services; the RAA assesses and applies to the Adoption "
             "Support Fund for those previously looked after."),
         Lift::tr("Signpost eligible young adults to the RAA.")},
        {Lift::tr("Out of hours"), P::LocalAuthority, Lift::tr("The local authority's Emergency Duty Team."),
         Lift::tr("Give the family the Emergency Duty Team number.")},
    };
    return services;
}

std::vector<SupportService> supportServicesFor(const QString& legalOrder) {
    std::vector<SupportService> out;
    const bool adoption = legalOrder == QLatin1String("adoption_order");
    const bool sgo = legalOrder == QLatin1String("special_guardianship_order");
    if (!adoption && !sgo)
        return out;
    for (const SupportService& s : adoptionSupportCatalogue())
        if (adoption || s.specialGuardianship)
            out.push_back(s);
    return out;
}

} // namespace waymark
