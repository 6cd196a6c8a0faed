#include "cli/databasecommands.h"

#include "access/accesspolicy.h"
#include "audit/auditlog.h"
#include "cli/clisupport.h"
#include "cli/credentials.h"
#include "demo/demoaccounts.h"
#include "demo/demodata.h"
#include "exchange/jsonexchange.h"
#include "maintenance/backups.h"
#include "storage/familyrepository.h"
#include "util/trcontext.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSaveFile>

namespace waymark::cli {

namespace {

bool isNewFile(const QString& path) {
    const QFileInfo info(path);
    return !info.exists() || info.size() == 0;
}

// A new database: the signed-in credentials become its first administrator, and the recovery
// key is printed once.
Result<SignedIn> createFromCommandLine(const QString& path, const QCommandLineParser& parser) {
    auto credentials = readCredentials(parser);
    if (!credentials)
        return credentials.status();
    auto created =
        createDatabase(path, credentials->user, parser.value(QStringLiteral("name")), credentials->password);
    if (!created)
        return created.status();
    out() << CommandLine::tr("Created the encrypted database %1 with the administrator account \"%2\".\n")
                 .arg(path, created->session.account.username);
    out() << CommandLine::tr("Recovery key (shown only now): %1\n").arg(created->recoveryKey);
    out() << CommandLine::tr(
        "Write it down and keep it locked away from the laptop. With it an administrator "
        "can reset any password; without it, a forgotten password cannot be recovered.\n");
    return created->session;
}

} // namespace

int commandInit(const QString& path, const QCommandLineParser& parser) {
    if (isNewFile(path)) {
        auto created = createFromCommandLine(path, parser);
        return created ? Success : fail(created.error());
    }
    auto session = signInFromCommandLine(parser, path);
    if (!session)
        return fail(session.error());
    out() << CommandLine::tr("Database %1 is ready (schema version %2).\n")
                 .arg(path)
                 .arg(session->db->schemaVersion());
    return Success;
}

int commandCheck(const QString& path, const QCommandLineParser& parser) {
    SignInOptions options;
    options.migrate = false;
    auto session = signInFromCommandLine(parser, path, options);
    if (!session)
        return fail(session.error());
    Database& db = *session->db;
    const int version = db.schemaVersion();
    out() << CommandLine::tr("Database: %1\n").arg(path);
    out() << CommandLine::tr("Encrypted: yes (SQLCipher)\n");
    out() << CommandLine::tr("Schema version: %1 (this Waymark writes version %2)\n")
                 .arg(version)
                 .arg(Database::latestSchemaVersion());
    if (version < Database::latestSchemaVersion())
        out() << CommandLine::tr("The schema will be upgraded the next time Waymark opens this file (or run: "
                                 "waymark-cli init).\n");
    if (db.isDemo())
        out() << CommandLine::tr("This is a DEMO database of fictional families.\n");
    const QStringList problems = db.integrityProblems();
    if (!problems.isEmpty()) {
        for (const QString& p : problems)
            err() << p << Qt::endl;
        const QStringList backups = listBackups(path);
        const QString advice =
            backups.isEmpty()
                ? CommandLine::tr("No backup was found in %1.").arg(defaultBackupFolder(path))
                : CommandLine::tr("Restore the latest backup: waymark-cli restore %1").arg(backups.first());
        return fail(
            CommandLine::tr("integrity check FAILED (%n problem(s)). ", nullptr, int(problems.size())) +
            advice);
    }
    out() << CommandLine::tr("Integrity: ok\n");
    out() << CommandLine::tr("Families: %1\n").arg(FamilyRepository(db).count());
    return Success;
}

int commandDemoData(const QString& path, const QCommandLineParser& parser) {
    DemoOptions options;
    bool ok = true;
    if (parser.isSet(QStringLiteral("seed"))) {
        options.seed = parser.value(QStringLiteral("seed")).toUInt(&ok);
        if (!ok)
            return fail(CommandLine::tr("--seed must be a whole number from 0 to 4294967295."), Usage);
    }
    if (parser.isSet(QStringLiteral("families"))) {
        options.families = parser.value(QStringLiteral("families")).toInt(&ok);
        if (!ok || options.families < 1)
            return fail(CommandLine::tr("--families must be a whole number of at least 1."), Usage);
    }
    auto credentials = readCredentials(parser);
    if (!credentials)
        return fail(credentials.error());
    auto session =
        isNewFile(path) ? createFromCommandLine(path, parser) : signInFromCommandLine(parser, path);
    if (!session)
        return fail(session.error());
    if (Status s = access::require(*session->db, access::Action::AddDemoData); !s)
        return fail(s.error());
    auto summary = generateDemoData(*session->db, options);
    if (!summary)
        return fail(summary.error());
    auto accounts = addDemoAccounts(*session->db, *session->vault, credentials->password);
    if (!accounts)
        return fail(accounts.error());
    out() << CommandLine::tr(
                 "Added fictional demo data to %1: %2 families, %3 people, %4 involvements, %5 case notes, "
                 "%6 workers, %7 accounts (each with your password).\n")
                 .arg(path)
                 .arg(summary->families)
                 .arg(summary->people)
                 .arg(summary->involvements)
                 .arg(summary->notes)
                 .arg(summary->workers)
                 .arg(*accounts);
    out() << CommandLine::tr(
                 "  LIFT: %1 mentors, %2 referrals. Early Help: %3 assessments, reviews and monitoring "
                 "forms, %4 contact attempts. Family folders: %5 documents.\n")
                 .arg(summary->mentors)
                 .arg(summary->liftReferrals)
                 .arg(summary->earlyHelpForms)
                 .arg(summary->contactAttempts)
                 .arg(summary->documents);
    return Success;
}

int commandExport(const QString& path, const QCommandLineParser& parser) {
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("json"))
        return fail(CommandLine::tr("export needs --format json (the only format so far)."), Usage);
    auto session = signInFromCommandLine(parser, path);
    if (!session)
        return fail(session.error());
    if (Status s = access::require(*session->db, access::Action::ExportEverything); !s)
        return fail(s.error());
    auto document = exportJson(*session->db);
    if (!document)
        return fail(document.error());
    const QString target = parser.isSet(QStringLiteral("output")) ? parser.value(QStringLiteral("output"))
                                                                  : QStringLiteral("standard output");
    if (Status s =
            audit::record(*session->db, QLatin1String(audit::exportData), QString(), 0, 0,
                          QJsonObject{{QStringLiteral("format"), format}, {QStringLiteral("to"), target}});
        !s)
        return fail(s.error());
    if (!parser.isSet(QStringLiteral("output"))) {
        QFile stdoutFile;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly))
            return fail(CommandLine::tr("Could not write to standard output."));
        stdoutFile.write(*document);
        return Success;
    }
    // QSaveFile: a failed or interrupted export never leaves a half-written file behind.
    QSaveFile file(parser.value(QStringLiteral("output")));
    if (!file.open(QIODevice::WriteOnly) || file.write(*document) != document->size() || !file.commit())
        return fail(CommandLine::tr("Could not write %1: %2").arg(file.fileName(), file.errorString()));
    out() << CommandLine::tr(
                 "Exported %1 to %2. The export is not encrypted: keep it on an encrypted drive and "
                 "delete it when done.\n")
                 .arg(path, file.fileName());
    return Success;
}

int commandImport(const QString& path, const QStringList& positional, const QCommandLineParser& parser) {
    if (positional.size() != 2)
        return fail(CommandLine::tr("import needs exactly one FILE to read."), Usage);
    QFile file(positional.at(1));
    if (!file.open(QIODevice::ReadOnly))
        return fail(CommandLine::tr("Could not read %1: %2").arg(file.fileName(), file.errorString()));
    const QByteArray json = file.readAll();
    auto session =
        isNewFile(path) ? createFromCommandLine(path, parser) : signInFromCommandLine(parser, path);
    if (!session)
        return fail(session.error());
    if (Status s = access::require(*session->db, access::Action::ImportBundle); !s)
        return fail(s.error());
    if (Status s = importJson(*session->db, json); !s)
        return fail(CommandLine::tr("%1: %2\nNothing was imported.").arg(file.fileName(), s.error()));
    out() << CommandLine::tr("Imported %1 into %2.\n").arg(file.fileName(), path);
    return Success;
}

int commandBackup(const QString& path, const QCommandLineParser& parser) {
    auto session = signInFromCommandLine(parser, path);
    if (!session)
        return fail(session.error());
    auto written = makeBackup(*session, parser.value(QStringLiteral("output")));
    if (!written)
        return fail(written.error());
    out() << CommandLine::tr("Backed up %1 to %2 (encrypted, checked), with its key file.\n")
                 .arg(path, *written);
    return Success;
}

int commandRestore(const QString& path, const QStringList& positional, const QCommandLineParser& parser) {
    if (positional.size() != 2)
        return fail(CommandLine::tr("restore needs exactly one BACKUP file."), Usage);
    auto credentials = readCredentials(parser);
    if (!credentials)
        return fail(credentials.error());
    auto restored = restoreBackup(path, positional.at(1), credentials->user, credentials->password);
    if (!restored)
        return fail(restored.error());
    out() << CommandLine::tr("Restored %1 from %2.\n").arg(path, positional.at(1));
    if (!restored->keptAs.isEmpty())
        out() << CommandLine::tr("The database it replaced is kept as %1.\n").arg(restored->keptAs);
    return Success;
}

} // namespace waymark::cli
