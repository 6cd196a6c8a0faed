#pragma once

#include "util/result.h"

#include <QString>

class QCommandLineParser;

namespace waymark {

// Who is running waymark-cli, and their password, taken (in this order) from --user /
// WAYMARK_USER and --password-file / WAYMARK_PASSWORD, or asked for on the terminal without
// echo. Scripts use the environment or a password file readable only by their account.
struct Credentials {
    QString user;
    QString password;
};

Result<Credentials> readCredentials(const QCommandLineParser& parser);
// A new password for another account (users add / reset-password): --new-password-file,
// WAYMARK_NEW_PASSWORD, or asked twice on the terminal.
Result<QString> readNewPassword(const QCommandLineParser& parser);
// The first line of a file, without its line ending.
Result<QString> readSecretFile(const QString& path);

} // namespace waymark
