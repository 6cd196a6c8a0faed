#pragma once

#include "access/role.h"

#include <QString>
#include <QStringList>

namespace waymark {

// A person who can sign in. Case-holding accounts are linked to the worker record that cases are
// allocated to; an administrator usually has none. Passwords live only in the key file, as
// Argon2id-protected key slots (security/vault.h), never here.
struct Account {
    qint64 id = 0;
    QString username; // lower case, [a-z0-9._-]
    QString displayName;
    Role role = Role::FamilySupportWorker;
    QStringList teams; // the teams whose cases this account sees (a manager may have several)
    qint64 workerId = 0;
    bool active = true;

    bool operator==(const Account& o) const {
        return id == o.id && username == o.username && displayName == o.displayName && role == o.role &&
               teams == o.teams && workerId == o.workerId && active == o.active;
    }
};

} // namespace waymark
