#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QString err;
};

// The real waymark-cli binary, as other tools call it. No --database: deadlines needs none.
Run cli(const QStringList& args) {
    QProcess p;
    p.start(QStringLiteral(WAYMARK_CLI_PATH), args);
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    return {p.exitCode(), p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError())};
}

QString write(const QTemporaryDir& dir, const QString& name, const QByteArray& content) {
    const QString path = dir.filePath(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(content);
    return path;
}

QJsonObject find(const QJsonArray& deadlines, const QString& rule) {
    for (const QJsonValue& v : deadlines)
        if (v.toObject().value(QStringLiteral("rule")).toString() == rule)
            return v.toObject();
    FAIL("no deadline for " << rule.toStdString());
    return {};
}

// clang-format off
const QByteArray kScenario = R"json({
  "case": {"service": "early_help_intensive", "child_dob": "2011-03-31"},
  "events": [
    {"kind": "strategy_meeting", "at": "2026-12-18"},
    {"kind": "became_cared_for", "at": "2026-11-02T16:30"},
    {"kind": "icpc_scheduled", "at": "2027-01-05"},
    {"kind": "eh_plan", "at": "2026-11-20"}
  ]})json";
// clang-format on

} // namespace

TEST_CASE("deadlines --scenario prints every deadline as JSON, without a database") {
    QTemporaryDir dir;
    const QString scenario = write(dir, QStringLiteral("case.json"), kScenario);
    const Run run = cli({QStringLiteral("deadlines"), QStringLiteral("--scenario"), scenario,
                         QStringLiteral("--as-of"), QStringLiteral("2027-01-06")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonArray deadlines =
        QJsonDocument::fromJson(run.out).object().value(QStringLiteral("deadlines")).toArray();
    REQUIRE_FALSE(deadlines.isEmpty());

    const QJsonObject conclude = find(deadlines, QStringLiteral("s47.conclude"));
    CHECK(conclude.value(QStringLiteral("due")).toString() == QStringLiteral("2027-01-06"));
    CHECK(conclude.value(QStringLiteral("status")).toString() == QStringLiteral("due_today"));
    CHECK(conclude.value(QStringLiteral("title")).toString().contains(QStringLiteral("Section 47")));
    CHECK(conclude.value(QStringLiteral("explanation")).toString().contains(QStringLiteral("2026-12-18")));
    CHECK(conclude.value(QStringLiteral("override")).toBool() == false);

    CHECK(find(deadlines, QStringLiteral("cared_for.placement_meeting"))
              .value(QStringLiteral("due"))
              .toString() == QStringLiteral("2026-11-05T16:30"));
    CHECK(find(deadlines, QStringLiteral("icpc.report.shared")).value(QStringLiteral("due")).toString() ==
          QStringLiteral("2026-12-30"));
    CHECK(find(deadlines, QStringLiteral("eh.review")).value(QStringLiteral("due")).toString() ==
          QStringLiteral("2027-02-12"));
    CHECK(find(deadlines, QStringLiteral("pathway.part1.start")).value(QStringLiteral("due")).toString() ==
          QStringLiteral("2026-12-31"));
}

TEST_CASE("deadlines: an authority's override file is applied and marked") {
    QTemporaryDir dir;
    const QString scenario = write(dir, QStringLiteral("case.json"), kScenario);
    const QString local = write(dir, QStringLiteral("ours.json"), R"json({"rules": [{"id": "s47.conclude",
        "title": "Section 47 enquiry concluded", "source": "Local standard", "lead_role": "Social worker",
        "starts": "strategy_meeting", "offset": {"amount": 8, "unit": "working_days"}}]})json");
    const Run run =
        cli({QStringLiteral("deadlines"), QStringLiteral("--scenario"), scenario, QStringLiteral("--as-of"),
             QStringLiteral("2026-12-20"), QStringLiteral("--rules-override"), local});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonObject conclude =
        find(QJsonDocument::fromJson(run.out).object().value(QStringLiteral("deadlines")).toArray(),
             QStringLiteral("s47.conclude"));
    CHECK(conclude.value(QStringLiteral("due")).toString() == QStringLiteral("2027-01-04"));
    CHECK(conclude.value(QStringLiteral("override")).toBool());
    CHECK(conclude.value(QStringLiteral("origin")).toString() == QStringLiteral("local"));

    const QString broken =
        write(dir, QStringLiteral("broken.json"), R"json({"rules": [{"id": "x", "title": "T",
        "source": "s", "lead_role": "r", "starts": "strategy_meeting", "offset": {"amount": 1, "unit": "eons"}}]})json");
    const Run bad = cli({QStringLiteral("deadlines"), QStringLiteral("--scenario"), scenario,
                         QStringLiteral("--rules-override"), broken});
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.contains(QStringLiteral("broken.json")));
    CHECK(bad.err.contains(QStringLiteral("eons")));
}

TEST_CASE("deadlines: a bad scenario names the field (exit 1), a bad command line exits 2") {
    QTemporaryDir dir;
    const QString scenario = write(dir, QStringLiteral("bad.json"), R"json({"events": [
        {"kind": "icpc", "at": "2026-01-01"}, {"kind": "icpc", "at": "2026-01-02"}, {"kind": "icpc", "at": "tomorrow"}]})json");
    const Run bad = cli({QStringLiteral("deadlines"), QStringLiteral("--scenario"), scenario});
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.contains(QStringLiteral("$.events[2].at: expected YYYY-MM-DD or YYYY-MM-DDTHH:MM")));
    CHECK(bad.out.isEmpty());

    CHECK(cli({QStringLiteral("deadlines")}).exitCode == 2);
    const Run badDate = cli({QStringLiteral("deadlines"), QStringLiteral("--scenario"), scenario,
                             QStringLiteral("--as-of"), QStringLiteral("31/12/2026")});
    CHECK(badDate.exitCode == 2);
    CHECK(badDate.err.contains(QStringLiteral("--as-of")));
    CHECK(cli({QStringLiteral("deadlines"), QStringLiteral("--scenario"),
               dir.filePath(QStringLiteral("none.json"))})
              .exitCode == 1);
}

TEST_CASE("deadlines: a scenario's expected_birth starts the pre-birth rules") {
    QTemporaryDir dir;
    // Expected Wednesday 10 March 2027: the strategy meeting by week 28 is 12 weeks before, 16 December.
    const QString scenario = write(dir, QStringLiteral("prebirth.json"), R"json({
      "case": {"expected_birth": "2027-03-10"},
      "events": [{"kind": "prebirth_assessment_started", "at": "2026-09-01"}]})json");
    const Run run = cli({QStringLiteral("deadlines"), QStringLiteral("--scenario"), scenario,
                         QStringLiteral("--as-of"), QStringLiteral("2026-11-20")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonObject meeting =
        find(QJsonDocument::fromJson(run.out).object().value(QStringLiteral("deadlines")).toArray(),
             QStringLiteral("prebirth.strategy_meeting.by_28_weeks"));
    CHECK(meeting.value(QStringLiteral("due")).toString() == QStringLiteral("2026-12-16"));
    CHECK(meeting.value(QStringLiteral("starts")).toString() == QStringLiteral("expected_birth"));
    CHECK(meeting.value(QStringLiteral("start")).toString() == QStringLiteral("2027-03-10"));
    CHECK(meeting.value(QStringLiteral("status")).toString() == QStringLiteral("upcoming"));

    const QString bad = write(dir, QStringLiteral("bad.json"),
                              R"json({"case": {"expected_birth": "March 2027"}, "events": []})json");
    const Run refused = cli({QStringLiteral("deadlines"), QStringLiteral("--scenario"), bad});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("$.case.expected_birth")));
}
