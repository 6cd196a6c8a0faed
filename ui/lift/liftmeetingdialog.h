#pragma once

#include "lift/liftrecords.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace waymark {

class VocabularyChecks;
class Database;
class DateField;
class FormColumns;

// The LIFT agreement form and the review form (section 3 of the procedure): where and with whom,
// the support, the action plan, the risks and safer care, the boundaries, the hours agreed (the
// 8-hour guide) and the review date. Saved through LiftRepository::saveMeeting, which records the
// case events the deadlines follow.
class LiftMeetingDialog : public QDialog {
    Q_OBJECT
public:
    LiftMeetingDialog(Database& db, const LiftReferral& referral, QWidget* parent = nullptr);

    // A new meeting of `kind`; a review starts from the latest meeting's plan, to be updated.
    void startNew(const QString& kind, const std::optional<LiftMeeting>& latest = std::nullopt);
    void load(const LiftMeeting& meeting); // edit
    const LiftMeeting& meeting() const { return m_meeting; }
    QString hoursWarning() const; // empty when within the guide
    QStringList notes() const;    // the reminders shown before saving
    void accept() override;

private:
    LiftMeeting value() const;
    void fill(const LiftMeeting& meeting);
    void setKind(const QString& kind);
    void refresh();

    Database& m_db;
    LiftReferral m_referral;
    LiftMeeting m_meeting;
    DateField* m_heldOn;
    QLineEdit* m_place;
    QCheckBox* m_atHome;
    VocabularyChecks* m_attendees;
    VocabularyChecks* m_support;
    QPlainTextEdit* m_actionPlan;
    QPlainTextEdit* m_boundaries;
    QPlainTextEdit* m_progress;
    QPlainTextEdit* m_risksToMentor;
    QPlainTextEdit* m_risksToChildren;
    QPlainTextEdit* m_riskActions;
    QCheckBox* m_mustNotify;
    DateField* m_notifiedOn;
    QDoubleSpinBox* m_hours;
    QLabel* m_hoursWarning;
    QPlainTextEdit* m_hoursReason;
    DateField* m_reviewDue;
    QCheckBox* m_caseNote;
    QLabel* m_notes;
    QLabel* m_saveError;
    FormColumns* m_form;
};

} // namespace waymark
