#include "cli/deadlinescommand.h"

#include "calendar/workingdaycalendar.h"
#include "deadlines/engine.h"
#include "deadlines/rulebook.h"
#include "deadlines/scenario.h"
#include "util/trcontext.h"

#include <QCommandLineParser>
#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

namespace waymark {

namespace {

enum ExitCode { Success = 0, Failed = 1, Usage = 2 };

int fail(const QString& message, int code) {
    QTextStream err(stderr);
    err << QStringLiteral("waymark-cli: ") << message << Qt::endl;
    return code;
}

} // namespace

int runDeadlinesCommand(const QCommandLineParser& parser) {
    if (!parser.isSet(QStringLiteral("scenario")))
        return fail(CommandLine::tr("deadlines needs --scenario FILE (a case as JSON)."), Usage);
    When asOf{QDate::currentDate(), {}};
    if (parser.isSet(QStringLiteral("as-of"))) {
        const auto parsed = parseWhen(parser.value(QStringLiteral("as-of")));
        if (!parsed)
            return fail(CommandLine::tr("--as-of: expected YYYY-MM-DD or YYYY-MM-DDTHH:MM."), Usage);
        asOf = *parsed;
    }

    auto book = RuleBook::builtIn();
    if (!book)
        return fail(book.error(), Failed);
    RuleBook rules = std::move(book).value();
    if (parser.isSet(QStringLiteral("rules-override")))
        if (Status s = rules.loadOverrideFile(parser.value(QStringLiteral("rules-override"))); !s)
            return fail(s.error(), Failed);

    const QString path = parser.value(QStringLiteral("scenario"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(CommandLine::tr("Could not read %1: %2").arg(path, file.errorString()), Failed);
    auto scenario = parseScenario(file.readAll(), rules);
    if (!scenario)
        return fail(CommandLine::tr("%1: %2").arg(path, scenario.error()), Failed);
    for (const QString& warning : scenario->warnings)
        fail(CommandLine::tr("warning: %1").arg(warning), Success);

    const WorkingDayCalendar calendar;
    const auto deadlines =
        computeDeadlines(rules, calendar, scenario->facts, scenario->events, asOf, scenario->extensions);
    QJsonArray list;
    for (const Deadline& d : deadlines)
        list.append(deadlineToJson(d, rules));
    const QJsonObject root{{QStringLiteral("as_of"), asOf.toIso()}, {QStringLiteral("deadlines"), list}};
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return fail(CommandLine::tr("Could not write to standard output."), Failed);
    out.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    return Success;
}

} // namespace waymark
