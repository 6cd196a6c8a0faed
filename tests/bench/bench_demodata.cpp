// Times generateDemoData on a fresh temporary database and reports the file size.
//   waymark_bench_demodata [--families N] [--seed N] [--keep PATH]
// Not a test: timings depend on the machine, so nothing here passes or fails on speed.
#include "benchdatabase.h"
#include "demo/demodata.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

using namespace waymark;

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);

    DemoOptions options;
    options.families = 2000;
    QString keepPath;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        const QString& arg = args[i];
        const bool hasValue = i + 1 < args.size();
        bool ok = true;
        if (arg == QLatin1String("--families") && hasValue)
            options.families = args[++i].toInt(&ok);
        else if (arg == QLatin1String("--seed") && hasValue)
            options.seed = args[++i].toUInt(&ok);
        else if (arg == QLatin1String("--keep") && hasValue)
            keepPath = args[++i];
        else
            ok = false;
        if (!ok) {
            err << "usage: waymark_bench_demodata [--families N] [--seed N] [--keep PATH]\n";
            return 2;
        }
    }

    QTemporaryDir dir;
    if (!dir.isValid()) {
        err << "could not create a temporary folder\n";
        return 1;
    }
    const QString path = keepPath.isEmpty() ? dir.filePath(QStringLiteral("bench.db")) : keepPath;
    if (QFileInfo::exists(path)) {
        err << path << " already exists; choose a new file\n";
        return 1;
    }
    auto opened = bench::openBenchDatabase(path);
    if (!opened) {
        err << opened.error() << '\n';
        return 1;
    }
    Database& db = *opened->db;

    QElapsedTimer timer;
    timer.start();
    auto summary = generateDemoData(db, options);
    const qint64 elapsed = timer.elapsed();
    if (!summary) {
        err << summary.error() << '\n';
        return 1;
    }

    // Fold the write-ahead log into the main file so that its size is the size of the data.
    QSqlQuery checkpoint(db.connection());
    if (!checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"))) {
        err << "checkpoint failed\n";
        return 1;
    }
    checkpoint.finish();
    const qint64 bytes = QFileInfo(path).size();

    out << "families " << summary->families << ", people " << summary->people << ", involvements "
        << summary->involvements << ", case notes " << summary->notes << ", workers " << summary->workers
        << '\n';
    out << "elapsed_ms " << elapsed << '\n';
    out << "file_bytes " << bytes << '\n';
    return 0;
}
