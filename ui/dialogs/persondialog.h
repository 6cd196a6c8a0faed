#pragma once

#include "domain/family.h"
#include "domain/person.h"

#include <QDialog>

class QCheckBox;
class QLineEdit;

namespace waymark {

class Database;
class DateField;
class FormErrors;
class VocabularyCombo;

// Adds a person to a family, or edits a member: the person's details and their place in this
// family (relationship to the child(ren), parental responsibility). Before a new person is
// created, people already recorded with the same name and date of birth, or the same identifier,
// are offered instead, so that one child is never two records.
class PersonDialog : public QDialog {
    Q_OBJECT
public:
    PersonDialog(Database& db, QWidget* parent = nullptr);

    void load(const Person& person, const FamilyMember& membership);
    // Pre-fills a new person's surname and address (usually the family's).
    void prefill(const QString& surname, const Address& address);
    Person value() const;
    FamilyMember membership() const;
    // When the user chose an existing record instead of creating a new one.
    qint64 chosenExistingPersonId() const { return m_existingPersonId; }

    void accept() override;

private:
    bool validateAll();
    bool confirmNotDuplicate();

    Database& m_db;
    Person m_person;
    qint64 m_existingPersonId = 0;
    QLineEdit* m_givenNames;
    QLineEdit* m_familyName;
    QLineEdit* m_knownAs;
    DateField* m_dateOfBirth;
    QCheckBox* m_expected;
    VocabularyCombo* m_gender;
    VocabularyCombo* m_ethnicity;
    QLineEdit* m_firstLanguage;
    QLineEdit* m_line1;
    QLineEdit* m_line2;
    QLineEdit* m_town;
    QLineEdit* m_postcode;
    QLineEdit* m_phone;
    QLineEdit* m_email;
    QLineEdit* m_socialCareNumber;
    QLineEdit* m_caseSystemNumber;
    QLineEdit* m_nhsNumber;
    VocabularyCombo* m_relationship;
    QCheckBox* m_parentalResponsibility;
    QCheckBox* m_livesInHousehold;
    FormErrors* m_errors;
    bool m_triedToSave = false;
};

} // namespace waymark
