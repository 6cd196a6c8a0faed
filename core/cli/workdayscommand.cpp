#include "cli/workdayscommand.h"

#include "calendar/workingdaycalendar.h"
#include "util/trcontext.h"

#include <QCommandLineParser>
#include <QFile>
#include <QTextStream>

#include <cstdio>

namespace waymark {

namespace {

int fail(const QString& message, int code) {
    QTextStream(stderr) << QStringLiteral("waymark-cli: ") << message << Qt::endl;
    return code;
}

QString usage() {
    return CommandLine::tr("usage: waymark-cli workdays add DATE N | workdays count FROM TO "
                           "[--division england-and-wales|scotland|northern-ireland] [--bank-holidays FILE]");
}

bool readDate(const QString& text, QDate* out) {
    *out = QDate::fromString(text, Qt::ISODate);
    return out->isValid() && text.size() == 10;
}

} // namespace

int runWorkdaysCommand(const QStringList& positional, const QCommandLineParser& parser) {
    // positional: "workdays", sub-command, two arguments.
    if (positional.size() != 4)
        return fail(usage(), 2);

    Division division = Division::EnglandAndWales;
    const QString divisionName = parser.value(QStringLiteral("division"));
    if (divisionName == QLatin1String("scotland"))
        division = Division::Scotland;
    else if (divisionName == QLatin1String("northern-ireland"))
        division = Division::NorthernIreland;
    else if (!divisionName.isEmpty() && divisionName != QLatin1String("england-and-wales"))
        return fail(
            CommandLine::tr("unknown --division \"%1\".").arg(divisionName) + QLatin1Char('\n') + usage(), 2);
    WorkingDayCalendar calendar(division);
    if (parser.isSet(QStringLiteral("bank-holidays"))) {
        QFile file(parser.value(QStringLiteral("bank-holidays")));
        if (!file.open(QIODevice::ReadOnly))
            return fail(CommandLine::tr("Could not read %1: %2").arg(file.fileName(), file.errorString()), 1);
        if (Status s = calendar.loadGovUkJson(file.readAll()); !s)
            return fail(QStringLiteral("%1: %2").arg(file.fileName(), s.error()), 1);
    }

    const QString sub = positional.at(1);
    QDate from;
    if (!readDate(positional.at(2), &from))
        return fail(CommandLine::tr("\"%1\" is not a date: write it as YYYY-MM-DD.").arg(positional.at(2)),
                    2);
    QTextStream out(stdout);
    if (sub == QLatin1String("add")) {
        bool ok = false;
        const int n = positional.at(3).toInt(&ok);
        if (!ok || n < -100000 || n > 100000)
            return fail(
                CommandLine::tr("\"%1\" is not a whole number of working days.").arg(positional.at(3)), 2);
        out << calendar.addWorkingDays(from, n).toString(Qt::ISODate) << '\n';
        return 0;
    }
    if (sub == QLatin1String("count")) {
        QDate to;
        if (!readDate(positional.at(3), &to))
            return fail(
                CommandLine::tr("\"%1\" is not a date: write it as YYYY-MM-DD.").arg(positional.at(3)), 2);
        if (qAbs(from.daysTo(to)) > 3660000)
            return fail(CommandLine::tr("The dates are too far apart."), 2);
        out << calendar.workingDaysBetween(from, to) << '\n';
        return 0;
    }
    return fail(CommandLine::tr("unknown workdays command \"%1\".").arg(sub) + QLatin1Char('\n') + usage(),
                2);
}

} // namespace waymark
