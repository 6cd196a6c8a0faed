#include "cli/commandline.h"

#include "app/appidentity.h"
#include "cli/deadlinescommand.h"
#include "cli/workdayscommand.h"
#include "demo/demodata.h"
#include "exchange/jsonexchange.h"
#include "storage/database.h"
#include "storage/familyrepository.h"
#include "util/trcontext.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextStream>

#include <cstdio>

namespace waymark {

namespace {

enum ExitCode { Success = 0, Failed = 1, Usage = 2 };

QTextStream& out() {
    static QTextStream stream(stdout);
    return stream;
}
QTextStream& err() {
    static QTextStream stream(stderr);
    return stream;
}

int fail(const QString& message, int code = Failed) {
    err() << QStringLiteral("waymark-cli: ") << message << Qt::endl;
    return code;
}

QString commandsHelp() {
    return CommandLine::tr(
        "Commands:\n"
        "  init                      create the database (or bring it up to date)\n"
        "  check                     check integrity and schema version\n"
        "  demo-data [--seed N] [--families N]\n"
        "                            fill a new database with fictional demo families\n"
        "  export --format json [--output FILE]\n"
        "                            write everything stored, losslessly\n"
        "  import FILE               load an export into an empty database (all or nothing)\n"
        "  workdays add DATE N       the date N working days after DATE (N < 0: before)\n"
        "  workdays count FROM TO    the number of working days in (FROM, TO]\n"
        "  deadlines --scenario FILE [--as-of DATE] [--rules-override FILE]\n"
        "                            every deadline of one case given as JSON (no database)\n");
}

Result<std::shared_ptr<Database>> openDatabase(const QString& path, Database::OpenOptions options = {}) {
    return Database::open(path, options);
}

int commandInit(const QString& path) {
    const bool existed = QFileInfo::exists(path);
    auto db = openDatabase(path);
    if (!db)
        return fail(db.error());
    out() << (existed ? CommandLine::tr("Database %1 is ready (schema version %2).\n")
                      : CommandLine::tr("Created database %1 (schema version %2).\n"))
                 .arg(path)
                 .arg((*db)->schemaVersion());
    return Success;
}

int commandCheck(const QString& path) {
    Database::OpenOptions options;
    options.migrate = false;
    options.createIfMissing = false;
    auto opened = openDatabase(path, options);
    if (!opened)
        return fail(opened.error());
    Database& db = **opened;
    const int version = db.schemaVersion();
    out() << CommandLine::tr("Database: %1\n").arg(path);
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
        return fail(CommandLine::tr("integrity check FAILED (%n problem(s)). Restore the latest backup.",
                                    nullptr, int(problems.size())));
    }
    out() << CommandLine::tr("Integrity: ok\n");
    if (version >= 1)
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
    auto db = openDatabase(path);
    if (!db)
        return fail(db.error());
    auto summary = generateDemoData(**db, options);
    if (!summary)
        return fail(summary.error());
    out() << CommandLine::tr(
                 "Added fictional demo data to %1: %2 families, %3 people, %4 involvements, %5 case notes, "
                 "%6 workers.\n")
                 .arg(path)
                 .arg(summary->families)
                 .arg(summary->people)
                 .arg(summary->involvements)
                 .arg(summary->notes)
                 .arg(summary->workers);
    return Success;
}

int commandExport(const QString& path, const QCommandLineParser& parser) {
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("json"))
        return fail(CommandLine::tr("export needs --format json (the only format so far)."), Usage);
    Database::OpenOptions options;
    options.createIfMissing = false;
    auto db = openDatabase(path, options);
    if (!db)
        return fail(db.error());
    auto document = exportJson(**db);
    if (!document)
        return fail(document.error());
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
    out() << CommandLine::tr("Exported %1 to %2.\n").arg(path, file.fileName());
    return Success;
}

int commandImport(const QString& path, const QStringList& positional) {
    if (positional.size() != 2)
        return fail(CommandLine::tr("import needs exactly one FILE to read."), Usage);
    QFile file(positional.at(1));
    if (!file.open(QIODevice::ReadOnly))
        return fail(CommandLine::tr("Could not read %1: %2").arg(file.fileName(), file.errorString()));
    const QByteArray json = file.readAll();
    auto db = openDatabase(path);
    if (!db)
        return fail(db.error());
    if (Status s = importJson(**db, json); !s)
        return fail(CommandLine::tr("%1: %2\nNothing was imported.").arg(file.fileName(), s.error()));
    out() << CommandLine::tr("Imported %1 into %2.\n").arg(file.fileName(), path);
    return Success;
}

} // namespace

int runCommandLine(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CommandLine::tr("Waymark command line: set up, check, fill, export and import a Waymark "
                        "database.\n\n") +
        commandsHelp());
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"),
                                 CommandLine::tr("init, check, demo-data, export or import"));
    parser.addOption({QStringLiteral("division"),
                      CommandLine::tr("workdays: england-and-wales (default), scotland "
                                      "or northern-ireland."),
                      CommandLine::tr("name")});
    parser.addOption({QStringLiteral("bank-holidays"),
                      CommandLine::tr("workdays: a GOV.UK bank-holidays.json file to use."),
                      CommandLine::tr("file")});
    parser.addOption({QStringLiteral("database"),
                      CommandLine::tr("Database file (default: %1).").arg(defaultDatabasePath()),
                      CommandLine::tr("path")});
    parser.addOption({QStringLiteral("seed"),
                      CommandLine::tr("demo-data: random seed (same seed, same families)."),
                      CommandLine::tr("n")});
    parser.addOption({QStringLiteral("families"),
                      CommandLine::tr("demo-data: how many families (default 200)."), CommandLine::tr("n")});
    parser.addOption(
        {QStringLiteral("format"), CommandLine::tr("export: the format, json."), CommandLine::tr("format")});
    parser.addOption({QStringLiteral("output"),
                      CommandLine::tr("export: write to this file instead of standard output."),
                      CommandLine::tr("file")});
    parser.addOption({QStringLiteral("scenario"), CommandLine::tr("deadlines: the case, as JSON."),
                      CommandLine::tr("file")});
    parser.addOption({QStringLiteral("as-of"),
                      CommandLine::tr("deadlines: the day to judge by (default today)."),
                      CommandLine::tr("date")});
    parser.addOption({QStringLiteral("rules-override"),
                      CommandLine::tr("deadlines: an authority's rule file replacing or adding rules."),
                      CommandLine::tr("file")});

    // "workdays add 2026-04-07 -3": a negative number is an argument, not an option. Moving such
    // numbers after "--" keeps them positional (N is always the last argument).
    QStringList args;
    QStringList negativeNumbers;
    static const QRegularExpression negative(QStringLiteral("^-\\d+$"));
    for (int i = 0; i < arguments.size(); ++i)
        (i > 0 && negative.match(arguments.at(i)).hasMatch() ? negativeNumbers : args) << arguments.at(i);
    if (!negativeNumbers.isEmpty())
        args << QStringLiteral("--") << negativeNumbers;

    if (!parser.parse(args))
        return fail(parser.errorText() + QLatin1Char('\n') + commandsHelp(), Usage);
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return Success;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        out() << QStringLiteral("waymark-cli %1\n").arg(QCoreApplication::applicationVersion());
        return Success;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return fail(CommandLine::tr("no command given.\n") + commandsHelp(), Usage);

    const QString command = positional.first();
    const QString path = parser.isSet(QStringLiteral("database")) ? parser.value(QStringLiteral("database"))
                                                                  : defaultDatabasePath();
    if (path.trimmed().isEmpty())
        return fail(CommandLine::tr("--database needs a file path."), Usage);
    // Commands that need no database come first.
    if (command == QLatin1String("workdays"))
        return runWorkdaysCommand(positional, parser);
    if (command != QLatin1String("import") && positional.size() > 1)
        return fail(CommandLine::tr("unexpected argument \"%1\" after %2.").arg(positional.at(1), command),
                    Usage);

    if (command == QLatin1String("init"))
        return commandInit(path);
    if (command == QLatin1String("check"))
        return commandCheck(path);
    if (command == QLatin1String("demo-data"))
        return commandDemoData(path, parser);
    if (command == QLatin1String("export"))
        return commandExport(path, parser);
    if (command == QLatin1String("deadlines"))
        return runDeadlinesCommand(parser);
    if (command == QLatin1String("import"))
        return commandImport(path, positional);
    return fail(CommandLine::tr("unknown command \"%1\".\n").arg(command) + commandsHelp(), Usage);
}

} // namespace waymark
