#pragma once

#include "domain/family.h"

#include <QDialog>

class QLineEdit;

namespace waymark {

class FormErrors;
class VocabularyCombo;

// New family / edit family details: name, kinship status (asked of every family, so kinship
// families can be counted), household address.
class FamilyDialog : public QDialog {
    Q_OBJECT
public:
    explicit FamilyDialog(QWidget* parent = nullptr);

    void load(const Family& family);
    Family value() const; // members are carried through unchanged from load()

    void accept() override;

private:
    Family m_family;
    QLineEdit* m_name;
    VocabularyCombo* m_kinship;
    QLineEdit* m_line1;
    QLineEdit* m_line2;
    QLineEdit* m_town;
    QLineEdit* m_postcode;
    FormErrors* m_errors;
};

} // namespace waymark
