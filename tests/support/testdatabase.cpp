#include "support/testdatabase.h"

#include "access/accountrepository.h"
#include "storage/workerrepository.h"

#include <catch2/catch.hpp>

namespace waymark::test {

QDate fixedToday() {
    return QDate(2026, 11, 20);
}

const SecretKey& testKey() {
    static const SecretKey key = SecretKey::random();
    return key;
}

Account testManager() {
    Account a;
    a.username = QStringLiteral("test.manager");
    a.displayName = QStringLiteral("Test Manager");
    a.role = Role::TeamManager;
    a.teams = {QStringLiteral("*")}; // every team: tests of the rules sign in as someone narrower
    return a;
}

const SecretKey& testAuditKey() {
    static const SecretKey key = SecretKey::random();
    return key;
}

std::shared_ptr<Database> openOrFail(const QString& path) {
    auto opened = Database::open(path, testKey());
    INFO(opened.error().toStdString());
    REQUIRE(opened.isOk());
    auto db = opened.value();
    db->setClock([] { return QDateTime(fixedToday(), QTime(12, 0), Qt::UTC); });
    db->setAuditKey(testAuditKey());
    db->setAccount(testManager());
    return db;
}

QString adminUser() {
    return QStringLiteral("test.admin");
}

QString adminPassword() {
    return QStringLiteral("a long test passphrase");
}

QProcessEnvironment cliEnvironment() {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("WAYMARK_USER"), adminUser());
    env.insert(QStringLiteral("WAYMARK_PASSWORD"), adminPassword());
    env.remove(QStringLiteral("WAYMARK_NEW_PASSWORD"));
    return env;
}

SignedIn signInOrFail(const QString& path, const QString& user, const QString& password) {
    auto session = signIn(path, user, password);
    INFO(session.error().toStdString());
    REQUIRE(session.isOk());
    return std::move(session).value();
}

TestDatabase::TestDatabase() {
    REQUIRE(m_dir.isValid());
    m_db = openOrFail(path());
    m_db->setAuditKey(testAuditKey());
    m_db->setAccount(testManager());
}

QString TestDatabase::path() const {
    return m_dir.filePath(QStringLiteral("test.db"));
}

void TestDatabase::reopen() {
    const std::optional<Account> account =
        m_db->account() ? std::optional<Account>(*m_db->account()) : std::nullopt;
    m_db.reset();
    m_db = openOrFail(path());
    m_db->setAuditKey(testAuditKey());
    m_db->setAccount(account ? *account : testManager());
}

Account TestDatabase::signInAs(const Worker& worker) {
    AccountRepository accounts(*m_db);
    std::optional<Account> account = accounts.byWorker(worker.id);
    if (!account) {
        Account a;
        a.username = QStringLiteral("worker%1").arg(worker.id);
        a.displayName = worker.name;
        a.role = worker.role == QLatin1String("youth_worker")
                     ? Role::FamilySupportWorker
                     : roleFromCode(worker.role).value_or(Role::FamilySupportWorker);
        a.teams = {worker.team.isEmpty() ? QStringLiteral("Test team") : worker.team};
        a.workerId = worker.id;
        const Status saved = accounts.save(a);
        INFO(saved.error().toStdString());
        REQUIRE(saved.isOk());
        account = a;
    }
    m_db->setAccount(*account);
    return *account;
}

Account TestDatabase::signInAs(qint64 workerId) {
    auto worker = WorkerRepository(*m_db).get(workerId);
    REQUIRE(worker.isOk());
    return signInAs(*worker);
}

} // namespace waymark::test

#include "storage/familyrepository.h"
#include "storage/involvementrepository.h"
#include "storage/personrepository.h"
#include "storage/workerrepository.h"

namespace waymark::test {

Person makePerson(const QString& given, const QString& family, const QDate& dob) {
    Person p;
    p.givenNames = given;
    p.familyName = family;
    p.dateOfBirth = dob;
    p.gender = QStringLiteral("not_known");
    return p;
}

Worker makeWorker(Database& db, const QString& name, const QString& team, const QString& role) {
    Worker w;
    w.name = name;
    w.team = team;
    w.role = role;
    auto saved = WorkerRepository(db).save(w);
    INFO(saved.error().toStdString());
    REQUIRE(saved.isOk());
    return w;
}

Family makeFamily(Database& db, const QString& surname, const QDate& childDob) {
    Family f;
    f.name = surname + QStringLiteral(" family");
    f.kinshipStatus = QStringLiteral("none");
    auto saved = FamilyRepository(db).save(f);
    INFO(saved.error().toStdString());
    REQUIRE(saved.isOk());
    Person mother = makePerson(QStringLiteral("Avril"), surname, QDate(1988, 7, 2));
    mother.gender = QStringLiteral("female");
    REQUIRE(FamilyRepository(db).addMember(f.id, mother, {0, QStringLiteral("mother"), true, true}).isOk());
    Person child = makePerson(QStringLiteral("Tobin"), surname, childDob);
    REQUIRE(FamilyRepository(db).addMember(f.id, child, {0, QStringLiteral("child"), false, true}).isOk());
    return FamilyRepository(db).get(f.id).value();
}

Involvement allocate(Database& db, qint64 familyId, qint64 workerId) {
    Involvement inv;
    inv.familyId = familyId;
    inv.service = QStringLiteral("early_help_targeted");
    inv.referralDate = QDate(2026, 9, 1);
    inv.referralSource = QStringLiteral("school");
    inv.status = QStringLiteral("open");
    inv.openedOn = QDate(2026, 9, 8);
    inv.allocatedWorkerId = workerId;
    auto saved = InvolvementRepository(db).save(inv);
    INFO(saved.error().toStdString());
    REQUIRE(saved.isOk());
    return inv;
}

} // namespace waymark::test
