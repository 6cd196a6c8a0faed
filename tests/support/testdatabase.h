#pragma once

#include "access/signin.h"
#include "domain/worker.h"
#include "storage/database.h"

#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <memory>

namespace waymark::test {

// The date every test treats as today, so that "not in the future" rules are repeatable.
QDate fixedToday();

// A brand-new database file in its own temporary folder, deleted afterwards.
class TestDatabase {
public:
    TestDatabase();
    Database& db() { return *m_db; }
    std::shared_ptr<Database> shared() { return m_db; }
    QString path() const;
    QString dir() const { return m_dir.path(); }
    void reopen(); // closes and opens the same file again
    // Signs in as the worker: makes (once) an account linked to them, with the role their job
    // implies and their team, and makes it the database's signed-in account.
    Account signInAs(const Worker& worker);
    Account signInAs(qint64 workerId);

private:
    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
};

// The key every test database is encrypted with (tests of the key file make their own), and the
// key its audit chain is sealed with.
const SecretKey& testKey();
const SecretKey& testAuditKey();
// The account a TestDatabase is signed in as unless a test says otherwise: a team manager of every
// team ("*"), so that tests of storage are not tests of the access rules.
Account testManager();
// Opens with testKey(), signed in as testManager().
std::shared_ptr<Database> openOrFail(const QString& path);

// The administrator every CLI test signs in as: WAYMARK_USER / WAYMARK_PASSWORD in the
// environment of each waymark-cli run, and signInOrFail() from the test itself.
QString adminUser();
QString adminPassword();
QProcessEnvironment cliEnvironment();
SignedIn signInOrFail(const QString& path, const QString& user = adminUser(),
                      const QString& password = adminPassword());

} // namespace waymark::test

#include "domain/family.h"
#include "domain/involvement.h"
#include "domain/person.h"
#include "domain/worker.h"

namespace waymark::test {

// Small fictional records for tests. Every name here is invented.
Person makePerson(const QString& given, const QString& family, const QDate& dob);
Worker makeWorker(Database& db, const QString& name, const QString& team,
                  const QString& role = QStringLiteral("family_support_worker"));
// A family "<surname> family" with a mother and a child; returns the saved family.
Family makeFamily(Database& db, const QString& surname, const QDate& childDob = QDate(2016, 3, 14));
// An open targeted Early Help involvement of the family, allocated to the worker.
Involvement allocate(Database& db, qint64 familyId, qint64 workerId);

} // namespace waymark::test
