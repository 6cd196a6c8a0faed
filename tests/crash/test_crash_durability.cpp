// The durability crash test: waymark_crash_writer saves records through the real repositories
// and is killed with SIGKILL at a random moment, again and again, on the same file. After every
// kill the file is opened as Waymark opens it and must pass PRAGMA integrity_check and
// foreign_key_check, and every save the writer acknowledged must be there with the content it
// acknowledged. See docs/durability.md.
//
//   WAYMARK_CRASH_KILLS   number of kills (default 40, the CI run; the long run is 500)
//   WAYMARK_CRASH_SEED    repeat a run (the seed is printed, and shown on failure)
//   WAYMARK_CRASH_KEEP=1  keep the database file and print where it is

#include "crash/crashrecords.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <array>
#include <catch2/catch.hpp>
#include <csignal>
#include <iostream>
#include <map>
#include <optional>
#include <random>
#include <set>
#include <sys/types.h>

using namespace waymark;

namespace {

// The tables the writer adds to or removes from; their row counts are checked after every kill.
const char* const kTables[] = {"families",   "people",      "family_members", "involvements",
                               "case_notes", "case_events", "drafts"};
constexpr size_t kTableCount = std::size(kTables);
using Counts = std::array<qint64, kTableCount>;

size_t tableIndex(const char* table) {
    for (size_t i = 0; i < kTableCount; ++i)
        if (qstrcmp(kTables[i], table) == 0)
            return i;
    FAIL("unknown table " << table);
    return 0;
}

// One save as the writer announced it: "saved <kind> <id> <fingerprint> [<draft>]" or
// "deleted <kind> <id>". A "begin" line carries the same fields, with id 0 for a new record.
struct Save {
    QString verb; // "saved" or "deleted"
    QString kind;
    QString id;
    QString fingerprint;  // empty for a delete
    QString draftKey;     // a note saved from this draft removed the draft in the same transaction
    bool created = false; // a new record (its "begin" line had id 0)

    bool isNew() const { return id == QLatin1String("0"); }
    QString key() const { return kind + QLatin1Char('/') + id; }
    QString describe() const { return verb + QLatin1Char(' ') + key(); }

    // How each table's row count changes when this save commits. The writer saves each draft key
    // once and adds each person to one family.
    Counts delta() const {
        Counts d{};
        auto add = [&](const char* table, int n) {
            d[tableIndex(table)] += n;
        };
        if (verb == QLatin1String("deleted")) {
            if (kind == QLatin1String("event"))
                add("case_events", -1);
            return d;
        }
        if (kind == QLatin1String("draft"))
            add("drafts", 1);
        if (!created)
            return d; // an update changes no counts
        if (kind == QLatin1String("family"))
            add("families", 1);
        else if (kind == QLatin1String("person")) {
            add("people", 1);
            add("family_members", 1);
        } else if (kind == QLatin1String("involvement"))
            add("involvements", 1);
        else if (kind == QLatin1String("note"))
            add("case_notes", 1);
        else if (kind == QLatin1String("event"))
            add("case_events", 1);
        if (!draftKey.isEmpty())
            add("drafts", -1);
        return d;
    }
};

std::optional<Save> parseSave(const QStringList& f) {
    if (f.size() < 3)
        return std::nullopt;
    if (f[0] == QLatin1String("deleted") && f.size() == 3)
        return Save{f[0], f[1], f[2], {}, {}, false};
    if (f[0] == QLatin1String("saved") && (f.size() == 4 || f.size() == 5))
        return Save{f[0], f[1], f[2], f[3], f.size() == 5 ? f[4] : QString(), false};
    return std::nullopt;
}

Counts operator+(Counts a, const Counts& b) {
    for (size_t i = 0; i < kTableCount; ++i)
        a[i] += b[i];
    return a;
}

QString countsText(const Counts& c) {
    QStringList parts;
    for (size_t i = 0; i < kTableCount; ++i)
        parts << QLatin1String(kTables[i]) + QLatin1Char('=') + QString::number(c[i]);
    return parts.join(QLatin1Char(' '));
}

Counts countRows(Database& db) {
    Counts c{};
    for (size_t i = 0; i < kTableCount; ++i) {
        auto q = db.run(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(kTables[i])), {},
                        "counting rows");
        INFO(q.error().toStdString());
        REQUIRE(q.isOk());
        QSqlQuery query = std::move(q).value();
        REQUIRE(query.next());
        c[i] = query.value(0).toLongLong();
    }
    return c;
}

qint64 envNumber(const char* name, qint64 fallback) {
    bool ok = false;
    const qint64 value = qEnvironmentVariable(name).toLongLong(&ok);
    return ok ? value : fallback;
}

qint64 fileSize(const QString& path) {
    const QFileInfo info(path);
    return info.exists() ? info.size() : -1;
}

// What one run of the writer printed before it was killed.
struct RunOutput {
    std::vector<Save> acknowledged;
    std::optional<Save> inFlight; // announced with "begin", not acknowledged
};

// Complete lines only: a line the kill cut short has no newline and is ignored.
RunOutput parseOutput(const QByteArray& out) {
    RunOutput run;
    const int end = out.lastIndexOf('\n');
    const QList<QByteArray> lines = end < 0 ? QList<QByteArray>() : out.left(end).split('\n');
    for (int i = 1; i < lines.size(); ++i) { // line 0 is "ready"
        const QString line = QString::fromUtf8(lines[i]);
        INFO("writer line " << i << ": " << line.toStdString());
        QStringList fields = line.split(QLatin1Char(' '));
        if (fields.value(0) == QLatin1String("begin")) {
            REQUIRE_FALSE(run.inFlight); // the previous save was acknowledged
            fields.removeFirst();
            const auto save = parseSave(fields);
            REQUIRE(save);
            run.inFlight = save;
            run.inFlight->created = save->isNew();
            continue;
        }
        const auto save = parseSave(fields);
        REQUIRE(save);
        REQUIRE(run.inFlight);
        REQUIRE(run.inFlight->verb == save->verb);
        REQUIRE(run.inFlight->kind == save->kind);
        REQUIRE((run.inFlight->isNew() || run.inFlight->id == save->id));
        REQUIRE(run.inFlight->fingerprint == save->fingerprint);
        REQUIRE(run.inFlight->draftKey == save->draftKey);
        run.acknowledged.push_back(*save);
        run.acknowledged.back().created = run.inFlight->created;
        run.inFlight.reset();
    }
    return run;
}

struct Stats {
    qint64 acknowledged = 0;
    qint64 keysChecked = 0;
    int killsDuringSave = 0;
    int committedNotAcknowledged = 0;
    int rolledBack = 0;
    int killsBetweenSaves = 0;
    int walLeftBehind = 0;
    int runsWithCheckpoint = 0;
    std::map<QString, qint64> byKind;
};

} // namespace

TEST_CASE("every acknowledged save survives the writer being killed at random moments", "[crash]") {
    crash::ensureKey(); // inherited by every writer started below
    const int kills = int(envNumber("WAYMARK_CRASH_KILLS", 40));
    const quint64 seed = qEnvironmentVariableIsSet("WAYMARK_CRASH_SEED")
                             ? qEnvironmentVariable("WAYMARK_CRASH_SEED").toULongLong()
                             : std::random_device{}();
    INFO("seed " << seed << " (repeat with WAYMARK_CRASH_SEED=" << seed << ")");
    REQUIRE(kills > 0);
    std::mt19937_64 random(seed);

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    if (qEnvironmentVariableIsSet("WAYMARK_CRASH_KEEP"))
        dir.setAutoRemove(false);
    const QString path = dir.filePath(QStringLiteral("crash.db"));
    const QString wal = path + QStringLiteral("-wal");
    const QString journal = path + QStringLiteral("-journal");

    // Created (and migrated) here, so every run of the writer starts on an existing Waymark file.
    Counts counts{};
    {
        auto db = crash::openDatabase(path);
        INFO(db.error().toStdString());
        REQUIRE(db.isOk());
        counts = countRows(*db.value());
    }

    std::map<QString, std::optional<QString>> expected; // key -> fingerprint; nullopt: must be absent
    Stats stats;
    QElapsedTimer clock;
    clock.start();

    std::shared_ptr<Database> keeper; // see below
    for (int round = 1; round <= kills; ++round) {
        INFO("kill " << round << " of " << kills);

        // In alternate blocks of 25 kills another connection keeps the file open, as a second
        // Waymark process might. Then closing the checking connection does not checkpoint and
        // remove the WAL, so it grows across runs until the writer's own commits checkpoint it
        // (SQLite's automatic checkpoint at 1000 pages), and some kills land in a checkpoint.
        // Outside those blocks every run of the writer starts without a WAL.
        if ((round - 1) / 25 % 2 == 0) {
            keeper.reset();
        } else if (!keeper) {
            auto opened = crash::openDatabase(path);
            INFO(opened.error().toStdString());
            REQUIRE(opened.isOk());
            keeper = opened.value();
        }
        // In WAL mode only a checkpoint writes the database file itself.
        const auto mainFileState = [&path] {
            const QFileInfo info(path);
            return std::make_pair(info.size(), info.lastModified());
        };
        const auto mainBefore = mainFileState();

        // Start the writer and wait until it is writing.
        QProcess writer;
        writer.start(QStringLiteral(WAYMARK_CRASH_WRITER_PATH),
                     {QStringLiteral("--database"), path, QStringLiteral("--seed"), QString::number(random()),
                      QStringLiteral("--mix")});
        REQUIRE(writer.waitForStarted(60000));
        QByteArray out;
        QDeadlineTimer startup(60000);
        while (!out.contains('\n') && writer.state() == QProcess::Running && !startup.hasExpired()) {
            writer.waitForReadyRead(int(qMax<qint64>(1, startup.remainingTime())));
            out += writer.readAllStandardOutput();
        }
        const QByteArray ready = out.left(out.indexOf('\n'));
        INFO("writer said: " << ready.toStdString() << " / " << writer.readAllStandardError().toStdString());
        REQUIRE(ready.startsWith("ready "));
        // WAL with synchronous=FULL (2): what sessionSetup() asks for, as the connection has it.
        REQUIRE(ready == "ready journal_mode=wal synchronous=2");

        // Let it write for 5-150 ms, draining its output meanwhile, then kill it mid-flight.
        const int delay = std::uniform_int_distribution<int>(5, 150)(random);
        QDeadlineTimer deadline(delay);
        while (!deadline.hasExpired() && writer.state() == QProcess::Running) {
            writer.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
            out += writer.readAllStandardOutput();
        }
        INFO("writer errors: " << writer.readAllStandardError().toStdString());
        REQUIRE(writer.state() == QProcess::Running); // it never stops by itself
        // SIGKILL, as QProcess::kill() also sends on Unix: no handler, no clean-up, no flush.
        REQUIRE(::kill(pid_t(writer.processId()), SIGKILL) == 0);
        REQUIRE(writer.waitForFinished(60000));
        REQUIRE(writer.exitStatus() == QProcess::CrashExit);
        out += writer.readAllStandardOutput();

        const RunOutput run = parseOutput(out);
        stats.acknowledged += qint64(run.acknowledged.size());
        Counts predicted = counts;
        std::set<QString> touched;
        for (const Save& save : run.acknowledged) {
            ++stats.byKind[save.kind];
            predicted = predicted + save.delta();
            expected[save.key()] =
                save.verb == QLatin1String("saved") ? std::optional(save.fingerprint) : std::nullopt;
            touched.insert(save.key());
            if (!save.draftKey.isEmpty()) {
                expected[QStringLiteral("draft/") + save.draftKey] = std::nullopt;
                touched.insert(QStringLiteral("draft/") + save.draftKey);
            }
        }
        // The save that was under way when the kill came may or may not have committed; anything
        // else it touched must be as acknowledged.
        std::map<QString, std::optional<QString>> eitherState;
        if (run.inFlight) {
            const Save& s = *run.inFlight;
            if (!s.isNew())
                eitherState[s.key()] =
                    s.verb == QLatin1String("saved") ? std::optional(s.fingerprint) : std::nullopt;
            if (!s.draftKey.isEmpty())
                eitherState[QStringLiteral("draft/") + s.draftKey] = std::nullopt;
        }

        CHECK_FALSE(QFileInfo::exists(journal)); // WAL mode never writes a rollback journal
        if (mainFileState() != mainBefore)
            ++stats.runsWithCheckpoint;
        if (fileSize(wal) > 0)
            ++stats.walLeftBehind;

        // Open the file as Waymark does after a crash, and check it.
        {
            auto opened = crash::openDatabase(path);
            INFO(opened.error().toStdString());
            REQUIRE(opened.isOk());
            Database& db = *opened.value();
            const QStringList problems = db.integrityProblems();
            INFO("integrity: " << problems.join(QStringLiteral("; ")).toStdString());
            REQUIRE(problems.isEmpty());

            // Row counts: every acknowledged save, plus at most the one under way, all or nothing.
            const Counts now = countRows(db);
            INFO("rows now: " << countsText(now).toStdString());
            INFO("expected: " << countsText(predicted).toStdString());
            bool committed = false;
            if (now != predicted) {
                REQUIRE(run.inFlight);
                INFO("or, with " << run.inFlight->describe().toStdString() << ": "
                                 << countsText(predicted + run.inFlight->delta()).toStdString());
                REQUIRE(now == predicted + run.inFlight->delta());
                committed = true;
            }
            counts = now;

            // Content: the records this run touched, and every record every 20 kills and at the end.
            const bool everything = round % 20 == 0 || round == kills;
            QStringList wrong;
            auto verify = [&](const QString& key, const std::optional<QString>& want) {
                const int slash = key.indexOf(QLatin1Char('/'));
                const auto stored = crash::storedFingerprint(db, key.left(slash), key.mid(slash + 1));
                INFO(key.toStdString() << ": " << stored.error().toStdString());
                REQUIRE(stored.isOk());
                ++stats.keysChecked;
                const std::optional<QString>& have = stored.value();
                if (have == want)
                    return;
                if (auto other = eitherState.find(key); other != eitherState.end() && have == other->second)
                    return;
                wrong << key + QStringLiteral(": stored ") + have.value_or(QStringLiteral("nothing")) +
                             QStringLiteral(", acknowledged ") + want.value_or(QStringLiteral("deleted"));
            };
            for (const auto& [key, want] : expected)
                if (everything || touched.count(key) || eitherState.count(key))
                    verify(key, want);
            INFO("first differences: " << wrong.mid(0, 10).join(QStringLiteral("; ")).toStdString());
            REQUIRE(wrong.isEmpty());
            // Whether the save under way committed shows in what is stored, which is also what the
            // next run starts from.
            for (const auto& [key, state] : eitherState) {
                const int slash = key.indexOf(QLatin1Char('/'));
                const auto stored = crash::storedFingerprint(db, key.left(slash), key.mid(slash + 1));
                REQUIRE(stored.isOk());
                if (stored.value() == state)
                    committed = true;
                if (expected.count(key) || stored.value())
                    expected[key] = stored.value();
            }

            if (run.inFlight) {
                ++stats.killsDuringSave;
                ++(committed ? stats.committedNotAcknowledged : stats.rolledBack);
            } else {
                ++stats.killsBetweenSaves;
            }
        }
    }

    const double seconds = double(clock.elapsed()) / 1000.0;
    std::cout << "crash test: " << kills << " kills in " << seconds << " s (seed " << seed << "); "
              << stats.acknowledged << " saves acknowledged (";
    for (const auto& [kind, n] : stats.byKind)
        std::cout << kind.toStdString() << ' ' << n << (kind == stats.byKind.rbegin()->first ? "" : ", ");
    const auto present =
        std::count_if(expected.begin(), expected.end(), [](const auto& e) { return bool(e.second); });
    std::cout << "), all found; at the end " << present << " records checked present and "
              << expected.size() - size_t(present)
              << " checked absent (deleted events, drafts turned into notes), " << stats.keysChecked
              << " record checks in all; kills during a save: " << stats.killsDuringSave << " ("
              << stats.committedNotAcknowledged << " committed but not yet acknowledged, " << stats.rolledBack
              << " rolled back), between saves: " << stats.killsBetweenSaves
              << "; a non-empty WAL was left by " << stats.walLeftBehind
              << " kills; the writer checkpointed in " << stats.runsWithCheckpoint << " runs; file "
              << fileSize(path) / 1024 << " KiB, rows " << countsText(counts).toStdString() << std::endl;
    if (qEnvironmentVariableIsSet("WAYMARK_CRASH_KEEP"))
        std::cout << "database kept at " << path.toStdString() << std::endl;
}
