// Times waymark-cli import-folder's work (filing/folderimport.h) on fictional demo families: a
// generated shared-drive folder, one subfolder per family named "<family name> (<SU or case
// number>)", each holding small one-page PDFs with text.
//   waymark_bench_folderimport [--families N] [--files N]
// Not a test: timings depend on the machine, so nothing here passes or fails on speed.
#include "benchdatabase.h"
#include "demo/demodata.h"
#include "filing/folderimport.h"
#include "storage/database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

using namespace waymark;

namespace {

const char* const kNames[] = {"Diary sheet",   "Agreement",  "Review",          "Letter to school",
                              "Mileage claim", "Assessment", "Closure summary", "Referral",
                              "Finance form",  "Notes"};

bool writePdf(const QString& path, const QString& text) {
    QPdfWriter pdf(path);
    pdf.setTitle(text);
    QPainter painter(&pdf);
    if (!painter.isActive())
        return false;
    painter.drawText(QRect(0, 0, 8000, 2000), Qt::AlignLeft, text);
    return painter.end();
}

} // namespace

int main(int argc, char* argv[]) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    int families = 200;
    int files = 10;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        bool ok = i + 1 < args.size();
        if (ok && args[i] == QLatin1String("--families"))
            families = args[++i].toInt(&ok);
        else if (ok && args[i] == QLatin1String("--files"))
            files = args[++i].toInt(&ok);
        else
            ok = false;
        if (!ok || families < 1 || files < 1) {
            err << "usage: waymark_bench_folderimport [--families N] [--files N]\n";
            return 2;
        }
    }
    QTemporaryDir dir;
    auto opened = bench::openBenchDatabase(dir.filePath(QStringLiteral("bench.db")));
    if (!opened) {
        err << opened.error() << '\n';
        return 1;
    }
    Database& db = *opened->db;
    DemoOptions options;
    options.families = families;
    if (auto demo = generateDemoData(db, options); !demo) {
        err << demo.error() << '\n';
        return 1;
    }

    QElapsedTimer timer;
    timer.start();
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral(
        "SELECT f.id, f.name, (SELECT COALESCE(NULLIF(p.social_care_number, ''), p.case_system_number) "
        "FROM family_members m JOIN people p ON p.id = m.person_id WHERE m.family_id = f.id AND "
        "(p.social_care_number <> '' OR p.case_system_number <> '') LIMIT 1) FROM families f"));
    const QDir root(dir.filePath(QStringLiteral("drive")));
    int made = 0;
    while (q.next()) {
        const QString folder = QStringLiteral("%1 (%2)").arg(q.value(1).toString(), q.value(2).toString());
        QDir().mkpath(root.filePath(folder));
        for (int i = 0; i < files; ++i) {
            const QString name = QStringLiteral("%1 %2.pdf").arg(QLatin1String(kNames[i % 10])).arg(i + 1);
            if (!writePdf(
                    root.filePath(folder + QLatin1Char('/') + name),
                    QStringLiteral("%1 for family %2, page %3").arg(name, q.value(0).toString()).arg(i))) {
                err << "could not write a PDF\n";
                return 1;
            }
            ++made;
        }
    }
    q.finish();
    out << "generated " << made << " PDFs in " << timer.elapsed() << " ms\n";

    timer.restart();
    auto planned = filing::planFolderImport(db, root.path());
    if (!planned) {
        err << planned.error() << '\n';
        return 1;
    }
    filing::FolderImportReport report = std::move(planned).value();
    const qint64 planMs = timer.elapsed();
    timer.restart();
    filing::runFolderImport(db, report);
    const qint64 importMs = timer.elapsed();
    const QString text = report.text();
    out << text.section(QLatin1Char('\n'), 0, 2) << '\n';
    for (const QString& line : text.split(QLatin1Char('\n')))
        if (line.contains(QLatin1String("could be families")) || line.contains(QLatin1String("FAILED")))
            out << line << '\n';
    out << "plan_ms " << planMs << "\nimport_ms " << importMs << "\nfiles_imported " << report.filesImported()
        << '\n';
    return 0;
}
