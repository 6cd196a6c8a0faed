#pragma once

#include <QCoreApplication>

namespace waymark {

// Translation contexts for code that is not a QObject. lupdate files `Storage::tr("...")` under
// the context "waymark::Storage", and Q_DECLARE_TR_FUNCTIONS makes the call look it up under the
// same name at run time, so every message of the core reaches translations/waymark_<lang>.ts.
struct Storage {
    Q_DECLARE_TR_FUNCTIONS(waymark::Storage)
};
struct Validation {
    Q_DECLARE_TR_FUNCTIONS(waymark::Validation)
};
struct Exchange {
    Q_DECLARE_TR_FUNCTIONS(waymark::Exchange)
};
struct Demo {
    Q_DECLARE_TR_FUNCTIONS(waymark::Demo)
};
struct CommandLine {
    Q_DECLARE_TR_FUNCTIONS(waymark::CommandLine)
};
struct Chronology {
    Q_DECLARE_TR_FUNCTIONS(waymark::Chronology)
};
struct Deadlines {
    Q_DECLARE_TR_FUNCTIONS(waymark::Deadlines)
};
struct Security {
    Q_DECLARE_TR_FUNCTIONS(waymark::Security)
};
struct Lift {
    Q_DECLARE_TR_FUNCTIONS(waymark::Lift)
};
struct EarlyHelp {
    Q_DECLARE_TR_FUNCTIONS(waymark::EarlyHelp)
};
struct Documents {
    Q_DECLARE_TR_FUNCTIONS(waymark::Documents)
};

} // namespace waymark
