#include "audit/auditlog.h"
#include "governance/retention.h"
#include "storage/familyrepository.h"
#include "storage/involvementrepository.h"
#include "support/testdatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace waymark;

namespace {

void closedService(Database& db, qint64 familyId, const QDate& closed,
                   const QString& status = QStringLiteral("closed")) {
    Involvement inv;
    inv.familyId = familyId;
    inv.service = QStringLiteral("early_help_targeted");
    inv.referralDate = closed.addMonths(-6);
    inv.referralSource = QStringLiteral("school");
    inv.status = status;
    inv.openedOn = closed.addMonths(-5);
    if (status == QLatin1String("closed")) {
        inv.closedOn = closed;
        inv.closureOutcome = QStringLiteral("family_met_outcomes");
    }
    auto saved = InvolvementRepository(db).save(inv);
    INFO(saved.error().toStdString());
    REQUIRE(saved.isOk());
}

int count(Database& db, const QString& table) {
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

Account administrator() {
    Account a;
    a.username = QStringLiteral("ig.admin");
    a.displayName = QStringLiteral("IG Admin");
    a.role = Role::Administrator;
    return a;
}

} // namespace

TEST_CASE("retention: families closed longer ago than the period are listed, and deleted with a reason") {
    test::TestDatabase t;
    Database& db = t.db();
    const QDate today = db.today(); // 2026-11-20
    const Family old = test::makeFamily(db, QStringLiteral("Longago"));
    const Family recent = test::makeFamily(db, QStringLiteral("Recent"));
    const Family reopened = test::makeFamily(db, QStringLiteral("Reopened"));
    closedService(db, old.id, QDate(2019, 3, 1));
    closedService(db, recent.id, QDate(2024, 3, 1));
    closedService(db, reopened.id, QDate(2018, 3, 1));
    closedService(db, reopened.id, QDate(2026, 1, 1), QStringLiteral("open"));

    // A team manager cannot run it.
    CHECK_FALSE(retention::due(db, today).isOk());
    db.setAccount(administrator());
    auto due = retention::due(db, today);
    REQUIRE(due.isOk());
    REQUIRE(due->size() == 1);
    CHECK(due->front().familyId == old.id);
    CHECK(due->front().lastClosed == QDate(2019, 3, 1));

    REQUIRE(retention::setYears(db, 2).isOk());
    CHECK(retention::due(db, today)->size() == 2);
    REQUIRE(retention::setYears(db, 6).isOk());

    CHECK_FALSE(retention::deleteFamily(db, old.id, QString(), today).isOk()); // a reason is required
    CHECK_FALSE(retention::deleteFamily(db, recent.id, QStringLiteral("schedule 3.1"), today).isOk());
    const int peopleBefore = count(db, QStringLiteral("people"));
    auto gone = retention::deleteFamily(db, old.id, QStringLiteral("Retention schedule 3.1"), today);
    INFO(gone.error().toStdString());
    REQUIRE(gone.isOk());
    CHECK(gone->people == 2);
    CHECK(gone->services == 1);
    CHECK(count(db, QStringLiteral("people")) == peopleBefore - 2);
    CHECK(count(db, QStringLiteral("families")) == 2);

    // The audit keeps what was removed, by whom and why, and no name.
    audit::Filter filter;
    filter.actions = {QStringLiteral("bulk")};
    const auto entries = audit::entries(db, filter);
    REQUIRE_FALSE(entries.empty());
    const QJsonObject details = QJsonDocument::fromJson(entries.front().details.toUtf8()).object();
    CHECK(entries.front().username == QStringLiteral("ig.admin"));
    CHECK(details.value(QStringLiteral("operation")).toString() == QStringLiteral("retention deletion"));
    CHECK(details.value(QStringLiteral("reason")).toString() == QStringLiteral("Retention schedule 3.1"));
    CHECK_FALSE(entries.front().details.contains(QStringLiteral("Longago")));
    CHECK(audit::verify(db).ok());
}
