#pragma once

#include "domain/involvement.h"
#include "lift/liftrecords.h"
#include "util/result.h"

#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace waymark {

class VocabularyChecks;
class Database;
class DateField;
class FormColumns;
class VocabularyCombo;

// A LIFT referral (sections 1, 2 and 6 of the procedure): how it came in, which of the 5 aims,
// the support needed and the duty worker's decision. A new one starts a lift_mentoring involvement
// (LiftRepository::startReferral); the dialog saves itself and shows any refusal inline.
class LiftReferralDialog : public QDialog {
    Q_OBJECT
public:
    LiftReferralDialog(Database& db, qint64 familyId, QWidget* parent = nullptr);

    void load(const LiftReferral& referral); // edit; the involvement is read from the database
    const LiftReferral& referral() const { return m_referral; }
    const Involvement& involvement() const { return m_involvement; }
    QString missingDetailsWarning() const; // empty when the family record has them all
    void accept() override;

private:
    void showFamilySummary();
    void updateDependentFields();
    LiftReferral referralValue() const;
    Involvement involvementValue() const;
    Status save(LiftReferral& referral, Involvement& involvement);

    Database& m_db;
    qint64 m_familyId;
    LiftReferral m_referral;
    Involvement m_involvement;
    QLabel* m_summary;
    QLabel* m_missing;
    DateField* m_referralDate;
    VocabularyCombo* m_referralSource;
    QPlainTextEdit* m_issues;
    QButtonGroup* m_aims;
    QWidget* m_aimBox;
    VocabularyCombo* m_legalOrder;
    VocabularyChecks* m_support;
    QLineEdit* m_locality;
    VocabularyCombo* m_decision;
    QPlainTextEdit* m_decisionReason;
    DateField* m_riskAssessedOn;
    QComboBox* m_ccsw;
    QCheckBox* m_familyWishes;
    QLabel* m_saveError;
    FormColumns* m_form;
};

} // namespace waymark
