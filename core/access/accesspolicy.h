#pragma once

#include "access/account.h"
#include "util/result.h"

#include <QString>
#include <QVariantList>

namespace waymark {

class Database;

// Who may do what: every rule in one place, used by the GUI, the command line and the
// repositories alike. With nobody signed in, everything is refused. docs/security.md lists the
// rules in words.
namespace access {

enum class Action {
    ManageAccounts,   // add users, reset passwords, unlock, disable
    ExportEverything, // the whole-database JSON export
    ImportBundle,     // load an export into an empty database
    AddDemoData,      // fill an empty database with fictional families
    Rekey,            // re-encrypt under a new database key, new recovery key
    Backup,           // write an encrypted copy
    Restore,          // replace the database with a backup
    VerifyAudit,      // check the audit chain
    SeeWhoViewed,     // the audit of one family: who looked, when
    CloseCase,        // close an involvement
    GrantExtension,   // extend a deadline
    SignOff,          // approve assessments, plans, reviews, closures
    SeeCodeWord,      // the LIFT buddy code word (and, per mentor: canSeeCodeWord below)
    ManageMentors,    // add and change LIFT mentors, import the mentor spreadsheet
    SetLiftRates,     // the hourly rate, mileage rate and placement cost from a date
    SeeRestrictedNotes,
    RetentionReview, // list closed cases past retention, delete them
    SubjectAccess,   // everything held about one person, for a subject access request
    WorkWithCases,   // read and write family records at all
};

bool allowed(const Account& account, Action action);
// Ok, or a message naming what is needed and who the user is signed in as.
Status require(const Database& db, Action action);

// Families: a case-holding account sees a family when one of its involvements is allocated to the
// account's own worker record or to a worker in one of the account's teams, or when nothing is
// allocated yet (a new referral waiting on the duty desk). An administrator sees none. The team
// "*" means every team (a head of service).
bool canSeeFamily(const Database& db, qint64 familyId);
Status requireFamily(const Database& db, qint64 familyId);
// Before writing to a family's record: a case-holding role and, for an existing family, the
// family rule above. familyId 0 is a new family.
Status requireWrite(const Database& db, qint64 familyId);
// The same rule as an SQL condition on `families.id` (alias given), for lists and searches.
// The buddy code word of one mentor: their own supervising social worker, or a LIFT coordinator.
bool canSeeCodeWord(const Database& db, qint64 mentorSswWorkerId);
QString visibleFamiliesCondition(const Database& db, const QString& familyIdColumn, QVariantList& bindings);

} // namespace access
} // namespace waymark
