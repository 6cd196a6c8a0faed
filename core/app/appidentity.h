#pragma once

#include <QString>

namespace waymark {

// The GUI and the command line must agree on where the default database lives, so both call
// this before anything else. The default is QStandardPaths::AppDataLocation/waymark.db.
void configureApplicationIdentity();
QString defaultDatabasePath();
// The separate demo file offered on first start; never the real records.
QString defaultDemoDatabasePath();

} // namespace waymark
