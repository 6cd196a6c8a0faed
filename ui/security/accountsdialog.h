#pragma once

#include <QDialog>

class QTableWidget;

namespace waymark {

class Database;
class Vault;

// The administrator's list of accounts: add one, reset a forgotten password (the database is not
// re-encrypted), unlock after too many wrong passwords, disable someone who has left.
class AccountsDialog : public QDialog {
    Q_OBJECT
public:
    AccountsDialog(Database& db, Vault& vault, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    void refresh();
    void addAccount();
    void resetPassword();
    void unlockAccount();
    void disableAccount();

private:
    QString selectedUsername() const;

    Database& m_db;
    Vault& m_vault;
    QTableWidget* m_table;
};

} // namespace waymark
