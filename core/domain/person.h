#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace waymark {

struct Address {
    QString line1;
    QString line2;
    QString town;
    QString postcode;

    bool isEmpty() const {
        return line1.isEmpty() && line2.isEmpty() && town.isEmpty() && postcode.isEmpty();
    }
    QString singleLine() const;
    bool operator==(const Address& o) const {
        return line1 == o.line1 && line2 == o.line2 && town == o.town && postcode == o.postcode;
    }
};

// Anyone recorded in Waymark: a child, an unborn child, a parent, a carer, a relative.
struct Person {
    qint64 id = 0;
    QString givenNames;
    QString familyName;
    QString knownAs;
    QDate dateOfBirth;                  // may be null (not known)
    bool dateOfBirthIsExpected = false; // true for an unborn child: dateOfBirth is the due date
    QString gender;                     // vocab::gender()
    QString ethnicity;                  // vocab::ethnicity(), may be empty
    QString firstLanguage;
    Address address;
    QString phone;
    QString email;
    QString socialCareNumber; // local social-care number, e.g. the LIFT "SU number"
    QString caseSystemNumber; // case-management system number, e.g. Framework-i
    QString nhsNumber;

    QString fullName() const;
    // "Given Family (known as X)"
    QString displayName() const;
    // Whole years on `today`; empty when the date of birth is unknown or expected.
    std::optional<int> ageInYears(const QDate& today) const;
    bool isUnborn() const { return dateOfBirthIsExpected; }
    // Lower-case text the case list searches: names, date of birth in both written forms, identifiers.
    QString searchText() const;

    bool operator==(const Person& o) const;
};

} // namespace waymark
