#pragma once

#include <QString>

#include <optional>
#include <vector>

namespace waymark {

// What a signed-in person may do is decided by their role (access/accesspolicy.h). Stored by
// code; shown by label.
enum class Role {
    SocialWorker,
    SupervisingSocialWorker,
    FamilySupportWorker,
    Coordinator,
    TeamManager,
    Administrator,
};

const std::vector<Role>& allRoles();
QString roleCode(Role role); // "team_manager"
std::optional<Role> roleFromCode(const QString& code);
QString roleLabel(Role role); // translated, "Team manager"

} // namespace waymark
