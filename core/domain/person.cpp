#include "domain/person.h"

#include <QStringList>

namespace waymark {

QString Address::singleLine() const {
    QStringList parts;
    for (const QString& p : {line1, line2, town, postcode})
        if (!p.trimmed().isEmpty())
            parts << p.trimmed();
    return parts.join(QStringLiteral(", "));
}

QString Person::fullName() const {
    return QStringList{givenNames.trimmed(), familyName.trimmed()}.join(QLatin1Char(' ')).trimmed();
}

QString Person::displayName() const {
    QString name = fullName();
    if (!knownAs.trimmed().isEmpty())
        name += QStringLiteral(" (%1)").arg(knownAs.trimmed());
    return name;
}

std::optional<int> Person::ageInYears(const QDate& today) const {
    if (!dateOfBirth.isValid() || dateOfBirthIsExpected || dateOfBirth > today)
        return std::nullopt;
    int years = today.year() - dateOfBirth.year();
    if (today.month() < dateOfBirth.month() ||
        (today.month() == dateOfBirth.month() && today.day() < dateOfBirth.day()))
        --years;
    return years;
}

QString Person::searchText() const {
    QStringList parts{givenNames, familyName, knownAs, socialCareNumber, caseSystemNumber, nhsNumber};
    if (dateOfBirth.isValid()) {
        parts << dateOfBirth.toString(Qt::ISODate) << dateOfBirth.toString(QStringLiteral("dd/MM/yyyy"));
    }
    return parts.join(QLatin1Char(' ')).simplified().toLower();
}

bool Person::operator==(const Person& o) const {
    return id == o.id && givenNames == o.givenNames && familyName == o.familyName && knownAs == o.knownAs &&
           dateOfBirth == o.dateOfBirth && dateOfBirthIsExpected == o.dateOfBirthIsExpected &&
           gender == o.gender && ethnicity == o.ethnicity && firstLanguage == o.firstLanguage &&
           address == o.address && phone == o.phone && email == o.email &&
           socialCareNumber == o.socialCareNumber && caseSystemNumber == o.caseSystemNumber &&
           nhsNumber == o.nhsNumber;
}

} // namespace waymark
