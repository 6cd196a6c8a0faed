#include "support/testdatabase.h"

#include <catch2/catch.hpp>

namespace waymark::test {

QDate fixedToday() {
    return QDate(2026, 11, 20);
}

std::shared_ptr<Database> openOrFail(const QString& path) {
    auto opened = Database::open(path);
    INFO(opened.error().toStdString());
    REQUIRE(opened.isOk());
    auto db = opened.value();
    db->setClock([] { return QDateTime(fixedToday(), QTime(12, 0), Qt::UTC); });
    return db;
}

TestDatabase::TestDatabase() {
    REQUIRE(m_dir.isValid());
    m_db = openOrFail(path());
}

QString TestDatabase::path() const {
    return m_dir.filePath(QStringLiteral("test.db"));
}

void TestDatabase::reopen() {
    m_db.reset();
    m_db = openOrFail(path());
}

} // namespace waymark::test

#include "storage/familyrepository.h"
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

} // namespace waymark::test
