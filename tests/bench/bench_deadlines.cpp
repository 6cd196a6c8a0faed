// Times DeadlineService::all() over demo data: every open case's deadlines, as at start-up.
//   waymark_bench_deadlines [--families N] [--seed N] [--runs N] [--database PATH]
// With --database an existing file is used as it is (generate it once, time it often); otherwise
// N demo families (default 2000) are generated into a temporary file first.
// Not a test: timings depend on the machine, so nothing here passes or fails on speed.
#include "benchdatabase.h"
#include "calendar/workingdaycalendar.h"
#include "deadlines/deadlineservice.h"
#include "deadlines/rulebook.h"
#include "demo/demodata.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <sys/resource.h>
#include <vector>

using namespace waymark;

namespace {

long peakMemoryKiB() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss; // KiB on Linux
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);

    DemoOptions options;
    options.families = 2000;
    int runs = 5;
    QString databasePath;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        const QString& arg = args[i];
        const bool hasValue = i + 1 < args.size();
        bool ok = true;
        if (arg == QLatin1String("--families") && hasValue)
            options.families = args[++i].toInt(&ok);
        else if (arg == QLatin1String("--seed") && hasValue)
            options.seed = args[++i].toUInt(&ok);
        else if (arg == QLatin1String("--runs") && hasValue)
            runs = args[++i].toInt(&ok);
        else if (arg == QLatin1String("--database") && hasValue)
            databasePath = args[++i];
        else
            ok = false;
        if (!ok || runs < 1) {
            err << "usage: waymark_bench_deadlines [--families N] [--seed N] [--runs N] [--database PATH]\n";
            return 2;
        }
    }

    QTemporaryDir dir;
    const bool generate = databasePath.isEmpty() || !QFileInfo::exists(databasePath);
    if (databasePath.isEmpty()) {
        if (!dir.isValid()) {
            err << "could not create a temporary folder\n";
            return 1;
        }
        databasePath = dir.filePath(QStringLiteral("bench.db"));
    }
    auto opened = bench::openBenchDatabase(databasePath);
    if (!opened) {
        err << opened.error() << '\n';
        return 1;
    }
    Database& db = *opened->db;
    if (generate) {
        QElapsedTimer generation;
        generation.start();
        auto summary = generateDemoData(db, options);
        if (!summary) {
            err << summary.error() << '\n';
            return 1;
        }
        out << "generated " << summary->families << " families, " << summary->involvements
            << " involvements, " << summary->events << " events in " << generation.elapsed() << " ms\n";
    }
    const long memoryBefore = peakMemoryKiB();

    auto book = RuleBook::builtIn();
    if (!book) {
        err << book.error() << '\n';
        return 1;
    }
    const WorkingDayCalendar calendar;
    DeadlineService service(db, *book, calendar);
    const When asOf{db.today(), {}};

    std::vector<double> times;
    size_t count = 0;
    size_t overdue = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto all = service.all(asOf);
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!all) {
            err << all.error() << '\n';
            return 1;
        }
        count = all->size();
        overdue = size_t(std::count_if(all->begin(), all->end(), [](const CaseDeadline& d) {
            return d.deadline.status == DeadlineStatus::Overdue;
        }));
    }
    std::vector<double> sorted = times;
    std::sort(sorted.begin(), sorted.end());
    out << "deadlines " << count << " (" << overdue << " overdue)\n";
    out << "all(): median " << QString::number(sorted[sorted.size() / 2], 'f', 1) << " ms over " << runs
        << " runs (first " << QString::number(times.front(), 'f', 1) << " ms, fastest "
        << QString::number(sorted.front(), 'f', 1) << " ms)\n";
    out << "peak memory " << peakMemoryKiB() / 1024 << " MiB (before computing: " << memoryBefore / 1024
        << " MiB)\n";
    return 0;
}
