// Times the case-list search as a worker types, the search across notes and documents, and
// opening a family, on an existing database.
//   waymark_bench_search --database PATH [--repeat N]
// Not a test: timings depend on the machine, so nothing here passes or fails on speed.
#include "benchdatabase.h"
#include "documents/recordsearch.h"
#include "domain/chronology.h"
#include "storage/casenoterepository.h"
#include "storage/database.h"
#include "storage/familyrepository.h"
#include "storage/involvementrepository.h"
#include "storage/personrepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>
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

QString firstValue(Database& db, const QString& sql) {
    QSqlQuery q(db.connection());
    if (q.exec(sql) && q.next())
        return q.value(0).toString();
    return {};
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QString path;
    int repeat = 20;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--database"))
            path = args[i + 1];
        else if (args[i] == QLatin1String("--repeat"))
            repeat = std::max(1, args[i + 1].toInt());
    }
    if (path.isEmpty()) {
        QTextStream(stderr) << "usage: waymark_bench_search --database PATH [--repeat N]\n";
        return 2;
    }
    if (!QFileInfo::exists(path)) {
        QTextStream(stderr) << "there is no database at " << path << '\n';
        return 1;
    }
    auto opened = bench::openBenchDatabase(path);
    if (!opened) {
        QTextStream(stderr) << opened.error() << '\n';
        return 1;
    }
    Database& db = *opened->db;
    FamilyRepository families(db);
    out << "families: " << families.count() << "\n";

    // Real values from the file, so every search has something to find.
    const QString surname =
        firstValue(db, QStringLiteral("SELECT family_name FROM people WHERE id = 1")).toLower();
    const QString dob = firstValue(db, QStringLiteral("SELECT date_of_birth FROM people WHERE id = 2"));
    const QString ukDob = QDate::fromString(dob, Qt::ISODate).toString(QStringLiteral("dd/MM/yyyy"));
    const QString su =
        firstValue(db, QStringLiteral("SELECT social_care_number FROM people WHERE social_care_number "
                                      "<> '' LIMIT 1"));
    const qint64 worker = firstValue(db, QStringLiteral("SELECT allocated_worker_id FROM involvements WHERE "
                                                        "allocated_worker_id IS NOT NULL LIMIT 1"))
                              .toLongLong();

    struct Case {
        QString label;
        CaseListQuery query;
    };
    std::vector<Case> cases;
    cases.push_back({QStringLiteral("no text (first page)"), {}});
    for (int n = 1; n <= surname.size(); ++n) {
        CaseListQuery q;
        q.text = surname.left(n);
        cases.push_back({QStringLiteral("typing \"%1\"").arg(q.text), q});
    }
    CaseListQuery byDob;
    byDob.text = ukDob;
    cases.push_back({QStringLiteral("date of birth %1").arg(ukDob), byDob});
    CaseListQuery bySu;
    bySu.text = su;
    cases.push_back({QStringLiteral("identifier %1").arg(su), bySu});
    CaseListQuery mine;
    mine.scope = CaseListQuery::Scope::Mine;
    mine.workerId = worker;
    mine.state = CaseListQuery::State::Open;
    cases.push_back({QStringLiteral("my open cases"), mine});
    CaseListQuery team = mine;
    team.scope = CaseListQuery::Scope::MyTeam;
    team.service = QStringLiteral("early_help_targeted");
    cases.push_back({QStringLiteral("my team, targeted, open"), team});

    for (const Case& c : cases) {
        int found = 0;
        const Timing t = measure(repeat, [&] { found = families.search(c.query).totalMatches; });
        out << QStringLiteral("search %1: %2 matches, median %3 ms, max %4 ms\n")
                   .arg(c.label, -32)
                   .arg(found, 6)
                   .arg(t.medianMs, 0, 'f', 1)
                   .arg(t.maxMs, 0, 'f', 1);
        out.flush();
    }
    // Search across notes and documents (documents/recordsearch.h) as a worker types: a word from
    // a real note, letter by letter, then two words, then a common word.
    const QString noteWords =
        firstValue(db, QStringLiteral("SELECT worries FROM case_notes WHERE length(worries) "
                                      "> 40 ORDER BY id LIMIT 1 OFFSET 100"));
    QStringList words;
    for (const QString& w :
         noteWords.toLower().split(QRegularExpression(QStringLiteral("[^a-z]+")), Qt::SkipEmptyParts))
        if (w.size() >= 6)
            words << w;
    out << QStringLiteral("notes indexed for search: %1\n")
               .arg(firstValue(db, QStringLiteral("SELECT COUNT(*) FROM case_notes")));
    QStringList typed;
    if (!words.isEmpty())
        for (int n = 2; n <= words.first().size(); ++n)
            typed << words.first().left(n);
    if (words.size() >= 2)
        typed << words.at(0) + QLatin1Char(' ') + words.at(1);
    typed << QStringLiteral("mum") << QStringLiteral("school");
    for (const QString& text : typed) {
        int hits = 0, groups = 0;
        bool more = false;
        const Timing t = measure(repeat, [&] {
            const RecordSearchResults r = searchRecords(db, text);
            hits = r.hitCount;
            groups = int(r.families.size());
            more = r.truncated;
        });
        out << QStringLiteral("record search \"%1\": %2 matches in %3 families%4, median %5 ms, max %6 ms\n")
                   .arg(text)
                   .arg(hits)
                   .arg(groups)
                   .arg(more ? QStringLiteral(" (first 200)") : QString())
                   .arg(t.medianMs, 0, 'f', 1)
                   .arg(t.maxMs, 0, 'f', 1);
        out.flush();
    }

    const Timing open = measure(repeat, [&] {
        auto family = families.get(1);
        std::vector<qint64> ids;
        for (const auto& m : family->members)
            ids.push_back(m.personId);
        PersonRepository(db).getMany(ids);
        buildChronology(CaseNoteRepository(db).forFamily(1), InvolvementRepository(db).forFamily(1));
    });
    out << QStringLiteral("open family 1 (members, involvements, chronology): median %1 ms, max %2 ms\n")
               .arg(open.medianMs, 0, 'f', 1)
               .arg(open.maxMs, 0, 'f', 1);
    return 0;
}
