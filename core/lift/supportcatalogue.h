#pragma once

#include <QString>

#include <vector>

namespace waymark {

// Who provides a post-order support service to adoptive and special guardianship families (seed
// 001: Adopt Thames Valley's statement of purpose, which splits every service between the local
// authority and the regional adoption agency). LIFT aim 2 families are signposted from this list.
enum class SupportProvider { LocalAuthority, RegionalAdoptionAgency, Shared };

struct SupportService {
    QString name;
    SupportProvider provider = SupportProvider::RegionalAdoptionAgency;
    QString whatItCovers;            // examples and limits, as the statement of purpose gives them
    QString signpost;                // what the worker does: who to refer to, and when
    bool specialGuardianship = true; // offered to special guardianship families as well as adopters
};

QString supportProviderLabel(SupportProvider provider); // "Regional adoption agency (RAA)"
const std::vector<SupportService>& adoptionSupportCatalogue();
// The services that apply to a family under the given legal order (vocab::liftLegalOrder code):
// all for an adoption order; those offered to special guardians for a special guardianship order;
// none otherwise (the catalogue is for post-order support).
std::vector<SupportService> supportServicesFor(const QString& legalOrder);

} // namespace waymark
