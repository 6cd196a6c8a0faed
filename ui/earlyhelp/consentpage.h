#pragma once

#include "earlyhelp/consent.h"
#include "earlyhelp/earlyhelppage.h"
#include "util/result.h"

#include <vector>

class QLabel;
class QPushButton;
class QTableWidget;

namespace waymark {

class ConfirmBar;
class Database;

// The parental consents the family has given (seed 003, section 6): when, by whom, and for
// travel, activities and photographs; add, change, remove and print each one.
class ConsentPage : public EarlyHelpPage {
    Q_OBJECT
public:
    explicit ConsentPage(Database& db, QWidget* parent = nullptr);

    void showInvolvement(qint64 familyId, const Involvement& involvement) override;
    const std::vector<ParentalConsent>& consents() const { return m_consents; }
    Status printSelectedTo(const QString& path); // the print button asks where, then calls this

public slots:
    void addConsent();
    void editSelected();
    void removeSelected(); // asks in the page first (ConfirmBar)

private:
    void reload();
    void updateButtons();
    int selectedRow() const;

    Database& m_db;
    qint64 m_familyId = 0;
    Involvement m_involvement;
    std::vector<ParentalConsent> m_consents;
    QLabel* m_intro;
    QTableWidget* m_table;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_remove;
    QPushButton* m_print;
    ConfirmBar* m_confirm;
    QLabel* m_status;
};

} // namespace waymark
