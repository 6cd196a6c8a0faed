#include "cli/clisupport.h"

#include "cli/credentials.h"

#include <QCommandLineParser>

#include <cstdio>

namespace waymark::cli {

QTextStream& out() {
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err() {
    static QTextStream stream(stderr);
    return stream;
}

int fail(const QString& message, int code) {
    out().flush();
    err() << QStringLiteral("waymark-cli: ") << message << Qt::endl;
    return code;
}

Result<SignedIn> signInFromCommandLine(const QCommandLineParser& parser, const QString& path,
                                       SignInOptions options) {
    auto credentials = readCredentials(parser);
    if (!credentials)
        return credentials.status();
    return signIn(path, credentials->user, credentials->password, options);
}

} // namespace waymark::cli
