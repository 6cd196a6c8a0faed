#include "access/accesspolicy.h"
#include "access/accountrepository.h"
#include "domain/involvement.h"
#include "storage/casenoterepository.h"
#include "storage/involvementrepository.h"
#include "support/testdatabase.h"

#include <catch2/catch.hpp>

using namespace waymark;
using access::Action;

namespace {

Account accountWith(Role role, QStringList teams = {QStringLiteral("Blaby Early Help")},
                    qint64 workerId = 0) {
    Account a;
    a.username = QStringLiteral("someone");
    a.displayName = QStringLiteral("Someone");
    a.role = role;
    a.teams = teams;
    a.workerId = workerId;
    return a;
}

} // namespace

TEST_CASE("who may do what: the role table") {
    struct Expect {
        Action action;
        std::vector<Role> allowedRoles;
    };
    const std::vector<Expect> table = {
        {Action::ManageAccounts, {Role::Administrator}},
        {Action::ImportBundle, {Role::Administrator}},
        {Action::AddDemoData, {Role::Administrator}},
        {Action::Rekey, {Role::Administrator}},
        {Action::Restore, {Role::Administrator}},
        {Action::RetentionReview, {Role::Administrator}},
        {Action::SubjectAccess, {Role::Administrator}},
        {Action::ExportEverything, {Role::Administrator, Role::TeamManager}},
        {Action::VerifyAudit, {Role::Administrator, Role::TeamManager}},
        {Action::SeeWhoViewed, {Role::TeamManager}},
        {Action::CloseCase, {Role::TeamManager}},
        {Action::GrantExtension, {Role::TeamManager}},
        {Action::SignOff, {Role::TeamManager}},
        {Action::SeeRestrictedNotes, {Role::TeamManager}},
        {Action::SeeCodeWord, {Role::SupervisingSocialWorker, Role::Coordinator}},
        {Action::Backup, allRoles()},
        {Action::WorkWithCases,
         {Role::SocialWorker, Role::SupervisingSocialWorker, Role::FamilySupportWorker, Role::Coordinator,
          Role::TeamManager}},
    };
    for (const Expect& e : table) {
        for (Role role : allRoles()) {
            const bool expected =
                std::find(e.allowedRoles.begin(), e.allowedRoles.end(), role) != e.allowedRoles.end();
            INFO("action " << int(e.action) << ", role " << roleCode(role).toStdString());
            CHECK(access::allowed(accountWith(role), e.action) == expected);
        }
    }
    // A disabled account may do nothing at all.
    Account gone = accountWith(Role::Administrator);
    gone.active = false;
    CHECK_FALSE(access::allowed(gone, Action::Backup));
}

TEST_CASE("nobody signed in: every check refuses with a clear message") {
    test::TestDatabase t;
    t.db().setAccount(std::nullopt);
    const Status s = access::require(t.db(), Action::Backup);
    REQUIRE_FALSE(s.isOk());
    CHECK(s.error().contains(QStringLiteral("Sign in")));
    CHECK_FALSE(access::canSeeFamily(t.db(), 1));
}

TEST_CASE("a refusal names who may do it and who you are") {
    test::TestDatabase t;
    t.db().setAccount(accountWith(Role::FamilySupportWorker));
    const Status s = access::require(t.db(), Action::GrantExtension);
    REQUIRE_FALSE(s.isOk());
    CHECK(s.error() ==
          QStringLiteral("Only a team manager can grant an extension; you are signed in as someone "
                         "(Family support worker)."));
}

TEST_CASE("families: own cases, the team's cases and unallocated referrals are visible, others are not") {
    test::TestDatabase t;
    Database& db = t.db();
    const Worker mine = test::makeWorker(db, QStringLiteral("Mina Own"), QStringLiteral("Blaby Early Help"));
    const Worker colleague =
        test::makeWorker(db, QStringLiteral("Cole League"), QStringLiteral("Blaby Early Help"));
    const Worker elsewhere =
        test::makeWorker(db, QStringLiteral("Elsa Where"), QStringLiteral("Melton Early Help"));
    const Family own = test::makeFamily(db, QStringLiteral("Ownfam"));
    const Family teams = test::makeFamily(db, QStringLiteral("Teamfam"));
    const Family other = test::makeFamily(db, QStringLiteral("Otherfam"));
    const Family waiting = test::makeFamily(db, QStringLiteral("Waitfam"));
    test::allocate(db, own.id, mine.id);
    test::allocate(db, teams.id, colleague.id);
    test::allocate(db, other.id, elsewhere.id);

    SECTION("a family support worker in Blaby") {
        db.setAccount(accountWith(Role::FamilySupportWorker, {QStringLiteral("Blaby Early Help")}, mine.id));
        CHECK(access::canSeeFamily(db, own.id));
        CHECK(access::canSeeFamily(db, teams.id));
        CHECK(access::canSeeFamily(db, waiting.id));
        CHECK_FALSE(access::canSeeFamily(db, other.id));
        const Status refused = access::requireFamily(db, other.id);
        REQUIRE_FALSE(refused.isOk());
        CHECK(refused.error().contains(QStringLiteral("another team")));
    }
    SECTION("a manager of two teams sees both") {
        db.setAccount(accountWith(Role::TeamManager,
                                  {QStringLiteral("Blaby Early Help"), QStringLiteral("Melton Early Help")}));
        CHECK(access::canSeeFamily(db, own.id));
        CHECK(access::canSeeFamily(db, other.id));
    }
    SECTION("a worker allocated a family in another team's area still sees that one") {
        db.setAccount(accountWith(Role::SocialWorker, {QStringLiteral("Melton Early Help")}, mine.id));
        CHECK(access::canSeeFamily(db, own.id));
        CHECK_FALSE(access::canSeeFamily(db, teams.id));
        CHECK(access::canSeeFamily(db, other.id));
    }
    SECTION("an administrator sees no family records") {
        db.setAccount(accountWith(Role::Administrator, {}));
        CHECK_FALSE(access::canSeeFamily(db, own.id));
        CHECK_FALSE(access::canSeeFamily(db, waiting.id));
    }
}

TEST_CASE("a restricted note is read by its author and team managers only, and others cannot change it") {
    test::TestDatabase t;
    Database& db = t.db();
    const Worker author =
        test::makeWorker(db, QStringLiteral("Ada Author"), QStringLiteral("Blaby Early Help"));
    const Worker colleague =
        test::makeWorker(db, QStringLiteral("Col League"), QStringLiteral("Blaby Early Help"));
    const Worker manager = test::makeWorker(
        db, QStringLiteral("Man Ager"), QStringLiteral("Blaby Early Help"), QStringLiteral("team_manager"));
    const Family f = test::makeFamily(db, QStringLiteral("Private"));
    test::allocate(db, f.id, author.id);
    t.signInAs(author);
    CaseNote note;
    note.familyId = f.id;
    note.contactAt = QDateTime(QDate(2026, 11, 2), QTime(10, 0));
    note.noteType = QStringLiteral("home_visit");
    note.subject = QStringLiteral("Disclosure");
    note.worries = QStringLiteral("Sensitive information shared in confidence.");
    note.authorWorkerId = author.id;
    note.restricted = true;
    REQUIRE(CaseNoteRepository(db).save(note).isOk());
    CHECK(CaseNoteRepository(db).get(note.id)->worries == note.worries);

    t.signInAs(colleague);
    CaseNote seen = CaseNoteRepository(db).get(note.id).value();
    CHECK(seen.withheld);
    CHECK(seen.worries.isEmpty());
    CHECK(seen.subject == QStringLiteral("Restricted note"));
    CHECK(CaseNoteRepository(db).forFamily(f.id).front().withheld);
    seen.withheld = false; // even a copy that claims otherwise cannot overwrite the note
    seen.worries = QStringLiteral("overwritten");
    CHECK_FALSE(CaseNoteRepository(db).save(seen).isOk());

    t.signInAs(manager);
    const CaseNote full = CaseNoteRepository(db).get(note.id).value();
    CHECK_FALSE(full.withheld);
    CHECK(full.worries == note.worries);
}
