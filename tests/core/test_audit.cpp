#include "access/familyrecord.h"
#include "audit/auditlog.h"
#include "demo/demodata.h"
#include "storage/familyrepository.h"
#include "storage/involvementrepository.h"
#include "storage/workerrepository.h"
#include "support/testdatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace waymark;

namespace {

QJsonObject detailsOf(const audit::Entry& e) {
    return QJsonDocument::fromJson(e.details.toUtf8()).object();
}

void exec(Database& db, const QString& sql) {
    QSqlQuery q(db.connection());
    INFO(sql.toStdString());
    INFO(q.lastError().text().toStdString());
    REQUIRE(q.exec(sql));
}

} // namespace

TEST_CASE("every create and change is audited with who, when and the fields before and after") {
    test::TestDatabase t;
    Family f = test::makeFamily(t.db(), QStringLiteral("Audited"));
    f.name = QStringLiteral("Audited-Smith family");
    REQUIRE(FamilyRepository(t.db()).save(f).isOk());

    audit::Filter filter;
    filter.familyId = f.id;
    const auto entries = audit::entries(t.db(), filter);
    REQUIRE(entries.size() >= 4); // the family, two members, the change
    const audit::Entry& newest = entries.front();
    CHECK(newest.action == QStringLiteral("change"));
    CHECK(newest.entity == QStringLiteral("families"));
    CHECK(newest.entityId == f.id);
    CHECK(newest.username == QStringLiteral("test.manager"));
    CHECK(newest.at == t.db().now().toUTC());
    const QJsonObject name = detailsOf(newest)
                                 .value(QStringLiteral("changed"))
                                 .toObject()
                                 .value(QStringLiteral("name"))
                                 .toObject();
    CHECK(name.value(QStringLiteral("before")).toString() == QStringLiteral("Audited family"));
    CHECK(name.value(QStringLiteral("after")).toString() == QStringLiteral("Audited-Smith family"));
    CHECK(entries.back().action == QStringLiteral("create"));

    // Saving with nothing changed says nothing.
    const size_t before = audit::entries(t.db(), filter).size();
    REQUIRE(FamilyRepository(t.db()).save(f).isOk());
    CHECK(audit::entries(t.db(), filter).size() == before);
}

TEST_CASE("long narrative appears in the audit as its length and a digest, not a second copy") {
    const QString narrative = QString(500, QLatin1Char('n'));
    const QJsonValue v = audit::auditValue(narrative);
    REQUIRE(v.isObject());
    CHECK(v.toObject().value(QStringLiteral("chars")).toInt() == 500);
    CHECK_FALSE(QString::fromUtf8(QJsonDocument(v.toObject()).toJson()).contains(narrative.left(50)));
    CHECK(audit::auditValue(QStringLiteral("short")).toString() == QStringLiteral("short"));
}

TEST_CASE("with nobody signed in nothing is written") {
    test::TestDatabase t;
    t.db().setAccount(std::nullopt);
    Family f;
    f.name = QStringLiteral("Ghost family");
    f.kinshipStatus = QStringLiteral("none");
    const Status s = FamilyRepository(t.db()).save(f);
    REQUIRE_FALSE(s.isOk());
    CHECK(s.error().contains(QStringLiteral("signed in")));
    QSqlQuery q(t.db().connection());
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM families")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);
}

TEST_CASE("the audit table refuses changes and deletions") {
    test::TestDatabase t;
    test::makeFamily(t.db(), QStringLiteral("Fixed"));
    QSqlQuery q(t.db().connection());
    CHECK_FALSE(q.exec(QStringLiteral("UPDATE audit_log SET username = 'someone else'")));
    CHECK(q.lastError().text().contains(QStringLiteral("append-only")));
    CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM audit_log")));
    CHECK(audit::verify(t.db()).ok());
}

TEST_CASE("audit verify finds an edited, a removed, a forged and a truncated entry") {
    test::TestDatabase t;
    for (int i = 0; i < 5; ++i)
        test::makeFamily(t.db(), QStringLiteral("Chain%1").arg(i));
    const audit::Verification clean = audit::verify(t.db());
    INFO(clean.problems.join(QLatin1Char('\n')).toStdString());
    REQUIRE(clean.ok());
    REQUIRE(clean.entries >= 15);
    const audit::Anchor anchor = audit::head(t.db());
    // Someone with the database key removes the protection and edits the table directly.
    exec(t.db(), QStringLiteral("DROP TRIGGER audit_log_no_update"));
    exec(t.db(), QStringLiteral("DROP TRIGGER audit_log_no_delete"));

    SECTION("an edited field") {
        exec(t.db(), QStringLiteral("UPDATE audit_log SET username = 'someone.else' WHERE seq = 3"));
        const auto v = audit::verify(t.db(), anchor);
        REQUIRE_FALSE(v.ok());
        CHECK(v.problems.join(QLatin1Char(' ')).contains(QStringLiteral("Entry 3: it was altered")));
    }
    SECTION("edited details") {
        exec(t.db(), QStringLiteral("UPDATE audit_log SET details = '{}' WHERE seq = 4"));
        const auto v = audit::verify(t.db(), anchor);
        REQUIRE_FALSE(v.ok());
        CHECK(
            v.problems.join(QLatin1Char(' ')).contains(QStringLiteral("Entry 4: its details were changed")));
    }
    SECTION("a removed entry") {
        exec(t.db(), QStringLiteral("DELETE FROM audit_log WHERE seq = 5"));
        const auto v = audit::verify(t.db(), anchor);
        REQUIRE_FALSE(v.ok());
        CHECK(v.problems.join(QLatin1Char(' ')).contains(QStringLiteral("entries are missing")));
    }
    SECTION("a forged entry without the audit key") {
        // Recomputing a plausible hash needs the key; an unkeyed hash does not fit.
        exec(t.db(), QStringLiteral("UPDATE audit_log SET action = 'view', hash = prev_hash WHERE seq = 6"));
        CHECK_FALSE(audit::verify(t.db(), anchor).ok());
    }
    SECTION("entries cut off the end") {
        exec(t.db(), QStringLiteral("DELETE FROM audit_log WHERE seq > %1").arg(anchor.seq - 2));
        CHECK(audit::verify(t.db()).ok());            // the rest is a valid chain...
        const auto v = audit::verify(t.db(), anchor); // ...but the anchor knows how long it was
        REQUIRE_FALSE(v.ok());
        CHECK(v.problems.join(QLatin1Char(' ')).contains(QStringLiteral("missing from the end")));
    }
    SECTION("a different audit key") {
        t.db().setAuditKey(SecretKey::random());
        CHECK_FALSE(audit::verify(t.db()).ok());
    }
}

TEST_CASE("opening a family is recorded as a view, and another team's family is refused and not opened") {
    test::TestDatabase t;
    Database& db = t.db();
    const Worker blaby =
        test::makeWorker(db, QStringLiteral("Bea Blaby"), QStringLiteral("Blaby Early Help"));
    const Worker melton =
        test::makeWorker(db, QStringLiteral("Mel Melton"), QStringLiteral("Melton Early Help"));
    const Family ours = test::makeFamily(db, QStringLiteral("Ours"));
    const Family theirs = test::makeFamily(db, QStringLiteral("Theirs"));
    test::allocate(db, ours.id, blaby.id);
    test::allocate(db, theirs.id, melton.id);
    t.signInAs(blaby);
    REQUIRE(viewFamily(db, ours.id).isOk());
    const auto refused = viewFamily(db, theirs.id);
    REQUIRE_FALSE(refused.isOk());
    CHECK(refused.error().contains(QStringLiteral("another team")));

    audit::Filter views;
    views.actions = {QStringLiteral("view")};
    const auto seen = audit::entries(db, views);
    REQUIRE(seen.size() == 1);
    CHECK(seen.front().familyId == ours.id);
    CHECK(seen.front().username == QStringLiteral("worker%1").arg(blaby.id));

    // The case list shows only what the account may see.
    CaseListQuery all;
    const CaseListPage page = FamilyRepository(db).search(all);
    REQUIRE(page.rows.size() == 1);
    CHECK(page.rows.front().familyId == ours.id);
}

TEST_CASE("bulk demo data is one audit entry, not thousands") {
    test::TestDatabase t;
    DemoOptions options;
    options.families = 20;
    REQUIRE(generateDemoData(t.db(), options).isOk());
    const auto all = audit::entries(t.db(), audit::Filter{});
    REQUIRE(all.size() == 1);
    CHECK(all.front().action == QStringLiteral("bulk"));
    CHECK(detailsOf(all.front()).value(QStringLiteral("families")).toInt() == 20);
    CHECK(audit::verify(t.db()).ok());
}

TEST_CASE("a change to a record without a family, such as a worker, is audited with its old value") {
    test::TestDatabase t;
    Worker w = test::makeWorker(t.db(), QStringLiteral("Wyn Before"), QStringLiteral("Blaby Early Help"));
    w.name = QStringLiteral("Wyn After");
    REQUIRE(WorkerRepository(t.db()).save(w).isOk());
    audit::Filter filter;
    filter.actions = {QStringLiteral("change")};
    const auto changes = audit::entries(t.db(), filter);
    REQUIRE(changes.size() == 1);
    CHECK(changes.front().entity == QStringLiteral("workers"));
    const QJsonObject name = detailsOf(changes.front())
                                 .value(QStringLiteral("changed"))
                                 .toObject()
                                 .value(QStringLiteral("name"))
                                 .toObject();
    CHECK(name.value(QStringLiteral("before")).toString() == QStringLiteral("Wyn Before"));
    CHECK(name.value(QStringLiteral("after")).toString() == QStringLiteral("Wyn After"));
}
