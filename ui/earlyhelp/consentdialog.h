#pragma once

#include "domain/family.h"
#include "earlyhelp/consent.h"

#include <QDialog>

#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace waymark {

class Database;
class DateField;
class FormErrors;

// The parental consent form (seed 003, section 6 and the form at its end): the date, who gave it
// (a parent or carer of the family with parental responsibility, or a name typed in), consent to
// travel, to activities and to photographs, and per child the health issues, allergies to
// medication and the last tetanus injection.
class ConsentDialog : public QDialog {
    Q_OBJECT
public:
    // `involvementId`: the Early Help work the consent is recorded under (0: none).
    ConsentDialog(Database& db, const Family& family, qint64 involvementId, QWidget* parent = nullptr);

    void load(const ParentalConsent& consent); // edit one already recorded
    const ParentalConsent& consent() const { return m_consent; }
    void accept() override;

private:
    struct ChildRow {
        qint64 personId = 0;
        QLineEdit* health = nullptr;
        QLineEdit* allergies = nullptr;
        QLineEdit* tetanus = nullptr;
    };
    ParentalConsent value() const;
    void givenByChanged();

    Database& m_db;
    Family m_family;
    ParentalConsent m_consent;
    DateField* m_givenOn;
    QComboBox* m_givenBy; // data: person id, or 0 for "someone else"
    QLineEdit* m_givenByName;
    QCheckBox* m_travel;
    QCheckBox* m_activities;
    QCheckBox* m_photographs;
    std::vector<ChildRow> m_children;
    QLabel* m_saveError;
    FormErrors* m_errors;
};

} // namespace waymark
