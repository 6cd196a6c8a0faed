#pragma once

#include "domain/family.h"
#include "domain/person.h"

#include <QDialog>

#include <vector>

class QLineEdit;
class QPushButton;

namespace waymark {

class FormErrors;
class VocabularyCombo;

// New family / edit family details: name, kinship status (asked of every family, so kinship
// families can be counted), household address, and for Early Help the locality and the Unique
// Family Reference Number, made from the youngest child's case-system number.
class FamilyDialog : public QDialog {
    Q_OBJECT
public:
    explicit FamilyDialog(QWidget* parent = nullptr);

    void load(const Family& family);
    Family value() const; // members are carried through unchanged from load()

    void accept() override;
    // The family's children, so the UFRN can be made from the youngest one's number.
    void setChildren(std::vector<Person> children);
    bool makeUfrnFromYoungestChild(); // fills the UFRN field, or says what is missing beside it

private:
    Family m_family;
    QLineEdit* m_name;
    VocabularyCombo* m_kinship;
    QLineEdit* m_line1;
    QLineEdit* m_line2;
    QLineEdit* m_town;
    QLineEdit* m_postcode;
    VocabularyCombo* m_locality;
    QLineEdit* m_ufrn;
    QPushButton* m_makeUfrn;
    std::vector<Person> m_children;
    FormErrors* m_errors;
};

} // namespace waymark
