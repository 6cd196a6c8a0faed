#include "access/role.h"

#include "util/trcontext.h"

namespace waymark {

namespace {

struct RoleInfo {
    Role role;
    const char* code;
    const char* label;
};

const RoleInfo roles[] = {
    {Role::SocialWorker, "social_worker", QT_TRANSLATE_NOOP("waymark::Security", "Social worker")},
    {Role::SupervisingSocialWorker, "supervising_social_worker",
     QT_TRANSLATE_NOOP("waymark::Security", "Supervising social worker")},
    {Role::FamilySupportWorker, "family_support_worker",
     QT_TRANSLATE_NOOP("waymark::Security", "Family support worker")},
    {Role::Coordinator, "coordinator", QT_TRANSLATE_NOOP("waymark::Security", "Coordinator")},
    {Role::TeamManager, "team_manager", QT_TRANSLATE_NOOP("waymark::Security", "Team manager")},
    {Role::Administrator, "administrator", QT_TRANSLATE_NOOP("waymark::Security", "Administrator")},
};

} // namespace

const std::vector<Role>& allRoles() {
    static const std::vector<Role> all = [] {
        std::vector<Role> out;
        for (const RoleInfo& info : roles)
            out.push_back(info.role);
        return out;
    }();
    return all;
}

QString roleCode(Role role) {
    for (const RoleInfo& info : roles)
        if (info.role == role)
            return QLatin1String(info.code);
    return QString();
}

std::optional<Role> roleFromCode(const QString& code) {
    for (const RoleInfo& info : roles)
        if (code == QLatin1String(info.code))
            return info.role;
    return std::nullopt;
}

QString roleLabel(Role role) {
    for (const RoleInfo& info : roles)
        if (info.role == role)
            return Security::tr(info.label);
    return QString();
}

} // namespace waymark
