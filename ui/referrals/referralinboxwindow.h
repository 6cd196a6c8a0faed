#pragma once

#include "referrals/referraldraftrepository.h"
#include "util/result.h"

#include <QDialog>
#include <QWidget>

#include <vector>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace waymark {

class Database;
class DateField;
class VocabularyCombo;

// What a person decides when completing a referral email as a new family.
struct ReferralCompletion {
    QString familyName;
    QString kinshipStatus = QStringLiteral("none");
    QString service;
    QString referralSource;
    QDate referralDate;
    QString referralReason;
};

// The new family's name, kinship status and the service referred to, with the referral's source,
// date and reason filled in from the email for checking.
class CompleteReferralDialog : public QDialog {
    Q_OBJECT
public:
    CompleteReferralDialog(const ReferralDraft& draft, QWidget* parent = nullptr);
    ReferralCompletion value() const;
    void accept() override;

private:
    QLineEdit* m_familyName;
    VocabularyCombo* m_kinship;
    VocabularyCombo* m_service;
    VocabularyCombo* m_source;
    DateField* m_date;
    QPlainTextEdit* m_reason;
    QLabel* m_problem;
};

// Referral emails waiting to be completed (waymark-cli import-referral puts them here): the
// sender, date, subject, body and attachments; completed as a new family (the attachments go to
// its folder) or discarded with a reason.
class ReferralInboxWindow : public QWidget {
    Q_OBJECT
public:
    explicit ReferralInboxWindow(Database& db, QWidget* parent = nullptr);
    void refresh();

    // What the buttons do, without their dialogs (the tests drive these).
    bool selectDraft(qint64 draftId);
    Result<qint64> completeSelected(const ReferralCompletion& completion); // the new family's id
    Status discardSelected(const QString& reason);
    QTableWidget* table() const { return m_table; }
    QString detailHtml() const;

signals:
    void familyCreated(qint64 familyId);

private:
    const ReferralDraft* selected() const;
    void showSelected();
    void askToComplete();
    void askToDiscard();

    Database& m_db;
    std::vector<ReferralDraft> m_drafts;
    QTableWidget* m_table;
    QCheckBox* m_showDone;
    QTextBrowser* m_detail;
    QPushButton* m_complete;
    QPushButton* m_discard;
    QLabel* m_status;
};

} // namespace waymark
