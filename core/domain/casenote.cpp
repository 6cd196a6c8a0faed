#include "domain/casenote.h"

#include <QStringList>

namespace waymark {

QString CaseNote::bodyText() const {
    QStringList parts;
    for (const QString& p : {purpose, whatWorkedWell, worries, voice, nextSteps})
        if (!p.trimmed().isEmpty())
            parts << p.trimmed();
    return parts.join(QLatin1Char('\n'));
}

bool CaseNote::operator==(const CaseNote& o) const {
    return id == o.id && familyId == o.familyId && involvementId == o.involvementId &&
           contactAt == o.contactAt && noteType == o.noteType && subject == o.subject &&
           location == o.location && present == o.present && outcomesAddressed == o.outcomesAddressed &&
           purpose == o.purpose && whatWorkedWell == o.whatWorkedWell && worries == o.worries &&
           voice == o.voice && nextSteps == o.nextSteps && authorWorkerId == o.authorWorkerId &&
           personIds == o.personIds && restricted == o.restricted && withheld == o.withheld;
}

} // namespace waymark
