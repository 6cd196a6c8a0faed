#pragma once

#include "access/signin.h"
#include "util/result.h"

#include <QString>
#include <QTextStream>

class QCommandLineParser;

namespace waymark::cli {

enum ExitCode { Success = 0, Failed = 1, Usage = 2 };

QTextStream& out();
QTextStream& err();
// Prints "waymark-cli: <message>" to stderr and returns `code`.
int fail(const QString& message, int code = Failed);

// Signs in with the credentials of readCredentials() (cli/credentials.h).
Result<SignedIn> signInFromCommandLine(const QCommandLineParser& parser, const QString& path,
                                       SignInOptions options = {});

} // namespace waymark::cli
