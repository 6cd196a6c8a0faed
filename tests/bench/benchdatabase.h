#pragma once

#include "access/signin.h"

#include <QFileInfo>

namespace waymark::bench {

// Benchmarks sign in like everybody else: as WAYMARK_USER / WAYMARK_PASSWORD, or as a fictional
// administrator when those are unset. A missing file is created (encrypted) for that user.
// The signed-in administrator may not read family records, so the measurements run as a manager
// of every team ("*"), the widest view a real account can have.
inline Result<SignedIn> openBenchDatabase(const QString& path) {
    QString user = qEnvironmentVariable("WAYMARK_USER", QStringLiteral("bench.admin"));
    QString password = qEnvironmentVariable("WAYMARK_PASSWORD", QStringLiteral("bench passphrase"));
    Result<SignedIn> session = Status::failure(QStringLiteral("not opened"));
    if (!QFileInfo::exists(path)) {
        auto created = createDatabase(path, user, QString(), password);
        if (!created)
            return created.status();
        session = created->session;
    } else {
        session = signIn(path, user, password);
    }
    if (!session)
        return session;
    // WAYMARK_BENCH_TEAM="Blaby Early Help" measures a worker of one team instead (the visibility
    // rule then filters every query).
    Account viewer = session->account;
    viewer.role = Role::TeamManager;
    viewer.teams = {qEnvironmentVariable("WAYMARK_BENCH_TEAM", QStringLiteral("*"))};
    session->db->setAccount(viewer);
    return session;
}

} // namespace waymark::bench
