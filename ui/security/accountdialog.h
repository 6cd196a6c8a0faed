#pragma once

#include "access/account.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace waymark {

class Database;
class FormErrors;

// One new account: who, role, teams, the worker record their cases are allocated to, and a first
// password (which they should change at first sign-in).
class AccountDialog : public QDialog {
    Q_OBJECT
public:
    explicit AccountDialog(Database& db, QWidget* parent = nullptr);

    Account value() const;
    QString password() const;
    void accept() override;

private:
    QLineEdit* m_username;
    QLineEdit* m_name;
    QComboBox* m_role;
    QLineEdit* m_teams;
    QComboBox* m_worker;
    QLineEdit* m_password;
    QLineEdit* m_confirm;
    FormErrors* m_errors;
};

} // namespace waymark
