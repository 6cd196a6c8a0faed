// Times the LIFT coordinator's screens on an existing (demo) database: the waiting list, the
// ranked mentors for the oldest waiting referral, the families linked now, the overdue finance
// months, and the statistics over every referral.
//   waymark_bench_lift --database PATH [--repeat N]
// Not a test: timings depend on the machine, so nothing here passes or fails on speed.
#include "benchdatabase.h"
#include "lift/liftrepository.h"
#include "lift/liftstatistics.h"
#include "lift/matching.h"
#include "lift/payments.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <vector>

using namespace waymark;

namespace {

struct Timing {
    double medianMs;
    double maxMs;
};

Timing measure(int repeat, const std::function<void()>& work) {
    std::vector<double> ms;
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms.back()};
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    const int at = int(args.indexOf(QStringLiteral("--database")));
    if (at < 0 || at + 1 >= args.size()) {
        QTextStream(stderr) << "usage: waymark_bench_lift --database PATH [--repeat N]\n";
        return 2;
    }
    const int repeatAt = int(args.indexOf(QStringLiteral("--repeat")));
    const int repeat =
        repeatAt > 0 && repeatAt + 1 < args.size() ? std::max(1, args[repeatAt + 1].toInt()) : 5;
    auto session = bench::openBenchDatabase(args[at + 1]);
    if (!session) {
        QTextStream(stderr) << session.error() << "\n";
        return 1;
    }
    Database& db = *session->db;
    LiftRepository lift(db);
    size_t waiting = 0, linked = 0, mentors = 0, overdue = 0, referrals = 0;
    // The count is read after the timing has run (a function's arguments have no set order).
    auto report = [&](const char* what, const Timing& t, const size_t& count) {
        out << QStringLiteral("%1: median %2 ms, max %3 ms (%4 rows)\n")
                   .arg(QLatin1String(what))
                   .arg(t.medianMs, 0, 'f', 1)
                   .arg(t.maxMs, 0, 'f', 1)
                   .arg(count);
    };
    report("waiting for a mentor", measure(repeat, [&] { waiting = lift.waitingForMentor().size(); }),
           waiting);
    const auto first = lift.waitingForMentor();
    for (const WaitingReferral& w : first) {
        if (w.referral.decision != QLatin1String("appropriate"))
            continue;
        report("ranked mentors for one referral",
               measure(repeat,
                       [&] {
                           auto ranked = suggestMentors(db, w.referral.id);
                           mentors = ranked ? ranked->size() : 0;
                       }),
               mentors);
        break;
    }
    report("working with a mentor now", measure(repeat, [&] { linked = lift.linkedNow().size(); }), linked);
    report("finance forms overdue",
           measure(repeat,
                   [&] {
                       auto o = overdueFinanceMonths(db, db.today());
                       overdue = o ? o->size() : 0;
                   }),
           overdue);
    LiftStatsFilter all;
    all.from = QDate(2000, 1, 1);
    all.to = db.today();
    report("statistics, every referral",
           measure(repeat,
                   [&] {
                       auto s = liftStatistics(db, all);
                       referrals = s ? s->referrals.size() : 0;
                   }),
           referrals);
    return 0;
}
