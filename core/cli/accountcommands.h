#pragma once

#include <QStringList>

class QCommandLineParser;

namespace waymark::cli {

// users list | add USER --role R --team T [--name N] [--worker ID] | reset-password USER |
//       unlock USER | disable USER
// recovery-key (a new one; the old one stops working)
// rekey        (re-encrypt the database under a new key; passwords are unchanged)
int commandUsers(const QString& path, const QStringList& positional, const QCommandLineParser& parser);
int commandRecoveryKey(const QString& path, const QCommandLineParser& parser);
int commandRekey(const QString& path, const QCommandLineParser& parser);

} // namespace waymark::cli
