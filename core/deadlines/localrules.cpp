#include "deadlines/localrules.h"

#include "util/trcontext.h"

#include <QDir>
#include <QFile>

namespace waymark {

Result<DeadlineSetup> loadDeadlineSetup(const QString& folder) {
    auto book = RuleBook::builtIn();
    if (!book)
        return book.status();
    DeadlineSetup setup{std::move(book).value(), WorkingDayCalendar(), {}};
    const QDir dir(folder);

    const QString rules = dir.filePath(QStringLiteral("rules-local.json"));
    if (QFile::exists(rules)) {
        if (Status s = setup.book.loadOverrideFile(rules); !s)
            setup.problems << Deadlines::tr("%1 was not used: %2").arg(rules, s.error());
    }
    const QString holidays = dir.filePath(QStringLiteral("bank-holidays.json"));
    if (QFile::exists(holidays)) {
        QFile file(holidays);
        Status s = file.open(QIODevice::ReadOnly) ? setup.calendar.loadGovUkJson(file.readAll())
                                                  : Status::failure(file.errorString());
        if (!s)
            setup.problems << Deadlines::tr("%1 was not used: %2").arg(holidays, s.error());
    }
    return setup;
}

} // namespace waymark
