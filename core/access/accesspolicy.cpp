#include "access/accesspolicy.h"

#include "storage/database.h"
#include "util/trcontext.h"

#include <QSqlQuery>

namespace waymark::access {

namespace {

bool isCaseHolder(Role role) {
    return role != Role::Administrator;
}

bool isManager(Role role) {
    return role == Role::TeamManager;
}

QString actionName(Action action) {
    switch (action) {
    case Action::ManageAccounts:
        return Security::tr("manage accounts");
    case Action::ExportEverything:
        return Security::tr("export the whole database");
    case Action::ImportBundle:
        return Security::tr("import into the database");
    case Action::AddDemoData:
        return Security::tr("add demo data");
    case Action::Rekey:
        return Security::tr("change the database key");
    case Action::Backup:
        return Security::tr("make a backup");
    case Action::Restore:
        return Security::tr("restore a backup");
    case Action::VerifyAudit:
        return Security::tr("verify the audit trail");
    case Action::SeeWhoViewed:
        return Security::tr("see who viewed a family's record");
    case Action::CloseCase:
        return Security::tr("close a case");
    case Action::GrantExtension:
        return Security::tr("grant an extension");
    case Action::SignOff:
        return Security::tr("sign off");
    case Action::SeeCodeWord:
        return Security::tr("see a buddy code word");
    case Action::ManageMentors:
        return Security::tr("add or change LIFT mentors");
    case Action::SetLiftRates:
        return Security::tr("set LIFT rates");
    case Action::SeeRestrictedNotes:
        return Security::tr("read restricted notes");
    case Action::RetentionReview:
        return Security::tr("review records past their retention period");
    case Action::SubjectAccess:
        return Security::tr("answer a subject access request");
    case Action::WorkWithCases:
        return Security::tr("open family records");
    }
    return QString();
}

QString whoMay(Action action) {
    switch (action) {
    case Action::ManageAccounts:
    case Action::ImportBundle:
    case Action::AddDemoData:
    case Action::Rekey:
    case Action::Restore:
    case Action::RetentionReview:
    case Action::SubjectAccess:
        return Security::tr("an administrator");
    case Action::ExportEverything:
    case Action::VerifyAudit:
        return Security::tr("an administrator or a team manager");
    case Action::SeeWhoViewed:
    case Action::CloseCase:
    case Action::GrantExtension:
    case Action::SignOff:
    case Action::SeeRestrictedNotes:
        return Security::tr("a team manager");
    case Action::SeeCodeWord:
        return Security::tr("the mentor's supervising social worker or a coordinator");
    case Action::ManageMentors:
        return Security::tr("supervising social workers, coordinators and team managers");
    case Action::SetLiftRates:
        return Security::tr("coordinators and team managers");
    case Action::Backup:
        return Security::tr("anyone signed in");
    case Action::WorkWithCases:
        return Security::tr("a case-holding role (not an administrator)");
    }
    return QString();
}

} // namespace

bool allowed(const Account& account, Action action) {
    if (!account.active)
        return false;
    const Role role = account.role;
    switch (action) {
    case Action::ManageAccounts:
    case Action::ImportBundle:
    case Action::AddDemoData:
    case Action::Rekey:
    case Action::Restore:
    case Action::RetentionReview:
    case Action::SubjectAccess:
        return role == Role::Administrator;
    case Action::ExportEverything:
    case Action::VerifyAudit:
        return role == Role::Administrator || isManager(role);
    case Action::SeeWhoViewed:
    case Action::CloseCase:
    case Action::GrantExtension:
    case Action::SignOff:
    case Action::SeeRestrictedNotes:
        return isManager(role);
    case Action::SeeCodeWord:
        // Which mentor's SSW is decided per mentor by the LIFT screens; the role is the first gate.
        return role == Role::SupervisingSocialWorker || role == Role::Coordinator;
    case Action::ManageMentors:
        return role == Role::SupervisingSocialWorker || role == Role::Coordinator || isManager(role);
    case Action::SetLiftRates:
        return role == Role::Coordinator || isManager(role);
    case Action::Backup:
        return true;
    case Action::WorkWithCases:
        return isCaseHolder(role);
    }
    return false;
}

Status require(const Database& db, Action action) {
    const Account* account = db.account();
    if (!account)
        return Status::failure(Security::tr("Sign in first: nobody is signed in."));
    if (allowed(*account, action))
        return Status::ok();
    return Status::failure(
        Security::tr("Only %1 can %2; you are signed in as %3 (%4).")
            .arg(whoMay(action), actionName(action), account->username, roleLabel(account->role)));
}

bool canSeeCodeWord(const Database& db, qint64 mentorSswWorkerId) {
    const Account* account = db.account();
    if (!account || !allowed(*account, Action::SeeCodeWord))
        return false;
    if (account->role == Role::Coordinator)
        return true;
    return account->workerId != 0 && account->workerId == mentorSswWorkerId;
}

QString visibleFamiliesCondition(const Database& db, const QString& familyIdColumn, QVariantList& bindings) {
    const Account* account = db.account();
    if (!account || !allowed(*account, Action::WorkWithCases))
        return QStringLiteral("0 = 1");
    if (account->teams.contains(QStringLiteral("*")))
        return QStringLiteral("1 = 1"); // every team (a head of service; the tests' default account)
    QStringList teamMarks;
    for (const QString& team : account->teams) {
        teamMarks << QStringLiteral("?");
        bindings << team;
    }
    bindings << account->workerId;
    const QString inTeam = teamMarks.isEmpty()
                               ? QStringLiteral("0 = 1")
                               : QStringLiteral("w.team IN (%1)").arg(teamMarks.join(QLatin1Char(',')));
    // One non-correlated subquery, so that SQLite builds the set of hidden families once per
    // search: those with an allocated worker, except those allocated to me or my teams. Both halves
    // read the covering index involvements_allocation (schema v7), never the table itself.
    return QStringLiteral(
               "%1 NOT IN (SELECT i.family_id FROM involvements i WHERE i.allocated_worker_id IS NOT NULL "
               "EXCEPT SELECT i.family_id FROM involvements i JOIN workers w ON w.id = "
               "i.allocated_worker_id WHERE %2 OR w.id = ?)")
        .arg(familyIdColumn, inTeam);
}

bool canSeeFamily(const Database& db, qint64 familyId) {
    const Account* account = db.account();
    if (!account || !allowed(*account, Action::WorkWithCases))
        return false;
    QVariantList bindings;
    const QString condition = visibleFamiliesCondition(db, QStringLiteral("f.id"), bindings);
    auto q = db.run(QStringLiteral("SELECT COUNT(*) FROM families f WHERE f.id = ? AND %1").arg(condition),
                    QVariantList{familyId} + bindings, "checking who may see a family");
    if (!q)
        return false;
    QSqlQuery query = std::move(q).value();
    return query.next() && query.value(0).toInt() == 1;
}

Status requireWrite(const Database& db, qint64 familyId) {
    if (familyId == 0)
        return require(db, Action::WorkWithCases);
    return requireFamily(db, familyId);
}

Status requireFamily(const Database& db, qint64 familyId) {
    if (Status s = require(db, Action::WorkWithCases); !s)
        return s;
    if (canSeeFamily(db, familyId))
        return Status::ok();
    return Status::failure(Security::tr("This family's record belongs to another team; you cannot open it."));
}

} // namespace waymark::access
