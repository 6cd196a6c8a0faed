#pragma once

#include <QStringList>

class QCommandLineParser;

namespace waymark::cli {

// init, check, demo-data, export, import, backup, restore: the commands that work on a whole
// database file. Each signs in first (init and demo-data on a new file create the administrator).
int commandInit(const QString& path, const QCommandLineParser& parser);
int commandCheck(const QString& path, const QCommandLineParser& parser);
int commandDemoData(const QString& path, const QCommandLineParser& parser);
int commandExport(const QString& path, const QCommandLineParser& parser);
int commandImport(const QString& path, const QStringList& positional, const QCommandLineParser& parser);
int commandBackup(const QString& path, const QCommandLineParser& parser);
int commandRestore(const QString& path, const QStringList& positional, const QCommandLineParser& parser);

} // namespace waymark::cli
