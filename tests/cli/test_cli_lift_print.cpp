#include "cli/clirunner.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace waymark;
using test::runCli;

namespace {

QByteArray readAll(const QString& path) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

} // namespace

TEST_CASE("lift-print writes each LIFT form as a PDF for a coordinator of the family's team") {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("w.db"));
    const auto made = runCli({QStringLiteral("demo-data"), QStringLiteral("--families"),
                              QStringLiteral("300"), QStringLiteral("--database"), db});
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);

    // Records of families LIFT North works with, which its coordinator may see.
    qint64 agreement = 0, review = 0, closure = 0, form = 0;
    {
        auto session = test::signInOrFail(db);
        const QString north = QStringLiteral("family_id IN (SELECT i.family_id FROM involvements i JOIN "
                                             "workers w ON w.id = i.allocated_worker_id "
                                             "WHERE w.team = 'LIFT North')");
        const auto first = [&](const QString& sql) {
            QSqlQuery q(session.db->connection());
            REQUIRE(q.exec(sql));
            REQUIRE(q.next());
            return q.value(0).toLongLong();
        };
        agreement =
            first(QStringLiteral("SELECT MIN(id) FROM lift_meetings WHERE kind = 'agreement' AND ") + north);
        review =
            first(QStringLiteral("SELECT MIN(id) FROM lift_meetings WHERE kind = 'review' AND ") + north);
        closure = first(QStringLiteral("SELECT MIN(referral_id) FROM lift_closures WHERE ") + north);
        form = first(QStringLiteral("SELECT MIN(id) FROM lift_finance_forms WHERE ") + north);
    }
    const auto coordinator = test::signedInAs(QStringLiteral("janet.haworth"), test::adminPassword());
    const std::pair<const char*, qint64> forms[] = {{"agreement", agreement},
                                                    {"review", review},
                                                    {"closure", closure},
                                                    {"finance", form},
                                                    {"team-brief", 0}};
    for (const auto& [name, id] : forms) {
        CAPTURE(name, id);
        const QString pdf = dir.filePath(QLatin1String(name) + QStringLiteral(".pdf"));
        QStringList args = {QStringLiteral("lift-print"), QLatin1String(name)};
        if (id != 0)
            args << QString::number(id);
        args << QStringLiteral("--output") << pdf << QStringLiteral("--database") << db;
        const auto run = runCli(args, coordinator);
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        CHECK(run.out.contains(QStringLiteral("not encrypted")));
        const QByteArray bytes = readAll(pdf);
        CHECK(bytes.startsWith("%PDF"));
        CHECK_FALSE(QFile::exists(pdf + QStringLiteral(".partial")));
    }

    SECTION("a wrong command line is a usage error") {
        const auto run =
            runCli({QStringLiteral("lift-print"), QStringLiteral("agreement"), QStringLiteral("--output"),
                    dir.filePath(QStringLiteral("x.pdf")), QStringLiteral("--database"), db},
                   coordinator);
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QStringLiteral("usage: lift-print")));
    }
}
