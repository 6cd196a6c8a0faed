#include "cli/credentials.h"

#include "util/trcontext.h"

#include <QCommandLineParser>
#include <QFile>
#include <QTextStream>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace waymark {

namespace {

bool interactive() {
    return isatty(STDIN_FILENO) != 0;
}

QString ask(const QString& prompt, bool secret) {
    QTextStream err(stderr);
    err << prompt << Qt::flush;
    termios saved{};
    const bool hide = secret && tcgetattr(STDIN_FILENO, &saved) == 0;
    if (hide) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    QTextStream in(stdin);
    const QString line = in.readLine();
    if (hide) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        err << Qt::endl;
    }
    return line;
}

QString environment(const char* name) {
    return qEnvironmentVariable(name);
}

} // namespace

Result<QString> readSecretFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(CommandLine::tr("Could not read %1: %2").arg(path, file.errorString()));
    QString line = QString::fromUtf8(file.readLine(4096));
    while (line.endsWith(QLatin1Char('\n')) || line.endsWith(QLatin1Char('\r')))
        line.chop(1);
    return line;
}

Result<Credentials> readCredentials(const QCommandLineParser& parser) {
    Credentials c;
    c.user = parser.isSet(QStringLiteral("user")) ? parser.value(QStringLiteral("user"))
                                                  : environment("WAYMARK_USER");
    if (parser.isSet(QStringLiteral("password-file"))) {
        auto password = readSecretFile(parser.value(QStringLiteral("password-file")));
        if (!password)
            return password.status();
        c.password = *password;
    } else {
        c.password = environment("WAYMARK_PASSWORD");
    }
    if (c.user.isEmpty() && interactive())
        c.user = ask(CommandLine::tr("User name: "), false).trimmed();
    if (c.password.isEmpty() && !c.user.isEmpty() && interactive())
        c.password = ask(CommandLine::tr("Password for %1: ").arg(c.user), true);
    if (c.user.isEmpty() || c.password.isEmpty())
        return Status::failure(
            CommandLine::tr("sign in first: give --user and --password-file, or set WAYMARK_USER "
                            "and WAYMARK_PASSWORD."));
    return c;
}

Result<QString> readNewPassword(const QCommandLineParser& parser) {
    if (parser.isSet(QStringLiteral("new-password-file")))
        return readSecretFile(parser.value(QStringLiteral("new-password-file")));
    const QString fromEnvironment = environment("WAYMARK_NEW_PASSWORD");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    if (!interactive())
        return Status::failure(
            CommandLine::tr("give the new password with --new-password-file or WAYMARK_NEW_PASSWORD."));
    const QString first = ask(CommandLine::tr("New password: "), true);
    const QString second = ask(CommandLine::tr("The same again: "), true);
    if (first != second)
        return Status::failure(CommandLine::tr("the two passwords are different; nothing was changed."));
    return first;
}

} // namespace waymark
