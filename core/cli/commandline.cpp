#include "cli/commandline.h"

#include "app/appidentity.h"
#include "cli/accountcommands.h"
#include "cli/auditcommands.h"
#include "cli/clisupport.h"
#include "cli/databasecommands.h"
#include "cli/deadlinescommand.h"
#include "cli/governancecommands.h"
#include "cli/liftstatscommand.h"
#include "cli/mentorimportcommand.h"
#include "cli/workdayscommand.h"
#include "util/trcontext.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

namespace waymark {

namespace {

using cli::fail;
using cli::out;
using cli::Success;
using cli::Usage;

std::vector<ExtraCommand>& extraCommands() {
    static std::vector<ExtraCommand> commands;
    return commands;
}

QString extraHelp() {
    QString out;
    for (const ExtraCommand& c : extraCommands())
        out += c.help;
    return out;
}

QString commandsHelp() {
    return extraHelp() +
           CommandLine::tr(
               "Commands (all but workdays and deadlines sign in: --user and --password-file, or "
               "WAYMARK_USER\n"
               "and WAYMARK_PASSWORD):\n"
               "  init [--name NAME]        create the encrypted database with you as its administrator\n"
               "                            (prints the recovery key once), or bring it up to date\n"
               "  check                     check integrity and schema version\n"
               "  demo-data [--seed N] [--families N]\n"
               "                            fill a new database with fictional demo families and accounts\n"
               "  export --format json [--output FILE]\n"
               "                            write everything stored, losslessly (not encrypted)\n"
               "  import FILE               load an export into an empty database (all or nothing)\n"
               "  import-mentors FILE [--dry-run]\n"
               "                            the LIFT mentor spreadsheet (CSV or XLSX): all rows or none\n"
               "  backup [--output FILE]    an encrypted, checked copy (default: backups/ beside the "
               "database)\n"
               "  restore BACKUP            replace the database with a checked backup\n"
               "  users list|add|reset-password|unlock|disable ...\n"
               "                            accounts (administrator); add USER --role R --team T [--name N]\n"
               "  recovery-key              make a new recovery key (the old one stops working)\n"
               "  rekey                     re-encrypt the database under a new key\n"
               "  audit verify              check the audit trail's hash chain (administrator, manager)\n"
               "  audit family ID           who viewed or changed a family's record (team manager)\n"
               "  retention [set-years N | delete FAMILY_ID --reason TEXT]\n"
               "                            closed families past the retention period (administrator)\n"
               "  workdays add DATE N       the date N working days after DATE (N < 0: before)\n"
               "  workdays count FROM TO    the number of working days in (FROM, TO]\n"
               "  deadlines --scenario FILE [--as-of DATE] [--rules-override FILE]\n"
               "                            every deadline of one case given as JSON (no database)\n"
               "  lift-stats --from DATE --to DATE --format json|csv|xlsx [--output FILE]\n"
               "             [--aim CODE] [--locality NAME]\n"
               "                            LIFT statistics for referrals in the range (xlsx needs "
               "--output)\n");
}

} // namespace

void registerCommand(ExtraCommand command) {
    extraCommands().push_back(std::move(command));
}

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
    parser.addOption({QStringLiteral("user"), CommandLine::tr("Sign in as this user (or WAYMARK_USER)."),
                      CommandLine::tr("name")});
    parser.addOption(
        {QStringLiteral("password-file"),
         CommandLine::tr("Read the password from the first line of this file (or WAYMARK_PASSWORD)."),
         CommandLine::tr("file")});
    parser.addOption({QStringLiteral("name"), CommandLine::tr("init, users add: the person's full name."),
                      CommandLine::tr("name")});
    parser.addOption(
        {QStringLiteral("role"), CommandLine::tr("users add: the account's role."), CommandLine::tr("role")});
    parser.addOption({QStringLiteral("team"),
                      CommandLine::tr("users add: a team whose cases the account sees "
                                      "(repeat for several)."),
                      CommandLine::tr("team")});
    parser.addOption({QStringLiteral("worker"),
                      CommandLine::tr("users add: the worker record (number) cases are allocated to."),
                      CommandLine::tr("id")});
    parser.addOption({QStringLiteral("new-password-file"),
                      CommandLine::tr("users add, reset-password: the new password's file (or "
                                      "WAYMARK_NEW_PASSWORD)."),
                      CommandLine::tr("file")});
    parser.addOption({QStringLiteral("recovery-key-file"),
                      CommandLine::tr("users reset-password: sign in with the recovery key instead."),
                      CommandLine::tr("file")});
    parser.addOption({QStringLiteral("output-dir"),
                      CommandLine::tr("sar: the folder for the report's files."), CommandLine::tr("folder")});
    parser.addOption({QStringLiteral("reason"),
                      CommandLine::tr("retention delete: why (recorded in the audit)."),
                      CommandLine::tr("text")});
    parser.addOption(
        {QStringLiteral("dry-run"),
         CommandLine::tr(
             "import-mentors, import-folder, import-referral: show what would be imported, write\n"
             "nothing.")});
    parser.addOption({QStringLiteral("scenario"), CommandLine::tr("deadlines: the case, as JSON."),
                      CommandLine::tr("file")});
    parser.addOption({QStringLiteral("as-of"),
                      CommandLine::tr("deadlines: the day to judge by (default today)."),
                      CommandLine::tr("date")});
    parser.addOption({QStringLiteral("rules-override"),
                      CommandLine::tr("deadlines: an authority's rule file replacing or adding rules."),
                      CommandLine::tr("file")});

    parser.addOption({QStringLiteral("from"), CommandLine::tr("lift-stats: first referral date, YYYY-MM-DD."),
                      CommandLine::tr("date")});
    parser.addOption({QStringLiteral("to"), CommandLine::tr("lift-stats: last referral date, YYYY-MM-DD."),
                      CommandLine::tr("date")});
    parser.addOption({QStringLiteral("aim"), CommandLine::tr("lift-stats: only referrals with this aim."),
                      CommandLine::tr("code")});
    parser.addOption({QStringLiteral("locality"),
                      CommandLine::tr("lift-stats: only referrals from this locality."),
                      CommandLine::tr("name")});

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
    if (command == QLatin1String("deadlines"))
        return runDeadlinesCommand(parser);
    if (command == QLatin1String("users"))
        return cli::commandUsers(path, positional, parser);
    if (command == QLatin1String("audit"))
        return cli::commandAudit(path, positional, parser);
    if (command == QLatin1String("retention"))
        return cli::commandRetention(path, positional, parser);
    if (command == QLatin1String("import-mentors"))
        return cli::commandImportMentors(path, positional, parser);
    for (const ExtraCommand& extra : extraCommands())
        if (command == extra.name)
            return extra.run(path, positional, parser);
    if (command != QLatin1String("import") && command != QLatin1String("restore") && positional.size() > 1)
        return fail(CommandLine::tr("unexpected argument \"%1\" after %2.").arg(positional.at(1), command),
                    Usage);

    if (command == QLatin1String("init"))
        return cli::commandInit(path, parser);
    if (command == QLatin1String("check"))
        return cli::commandCheck(path, parser);
    if (command == QLatin1String("demo-data"))
        return cli::commandDemoData(path, parser);
    if (command == QLatin1String("export"))
        return cli::commandExport(path, parser);
    if (command == QLatin1String("import"))
        return cli::commandImport(path, positional, parser);
    if (command == QLatin1String("backup"))
        return cli::commandBackup(path, parser);
    if (command == QLatin1String("restore"))
        return cli::commandRestore(path, positional, parser);
    if (command == QLatin1String("recovery-key"))
        return cli::commandRecoveryKey(path, parser);
    if (command == QLatin1String("rekey"))
        return cli::commandRekey(path, parser);
    if (command == QLatin1String("lift-stats"))
        return cli::commandLiftStats(path, parser);
    return fail(CommandLine::tr("unknown command \"%1\".\n").arg(command) + commandsHelp(), Usage);
}

} // namespace waymark
