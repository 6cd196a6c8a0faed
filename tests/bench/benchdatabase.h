#pragma once

#include "access/signin.h"

#include <QFileInfo>

namespace waymark::bench {

// Benchmarks sign in like everybody else: as WAYMARK_USER / WAYMARK_PASSWORD, or as a fictional
// administrator when those are unset. A missing file is created (encrypted) for that user.
inline Result<SignedIn> openBenchDatabase(const QString& path) {
    QString user = qEnvironmentVariable("WAYMARK_USER", QStringLiteral("bench.admin"));
    QString password = qEnvironmentVariable("WAYMARK_PASSWORD", QStringLiteral("bench passphrase"));
    if (!QFileInfo::exists(path)) {
        auto created = createDatabase(path, user, QString(), password);
        if (!created)
            return created.status();
        return created->session;
    }
    return signIn(path, user, password);
}

} // namespace waymark::bench
