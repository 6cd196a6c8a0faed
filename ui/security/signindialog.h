#pragma once

#include "access/signin.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QLineEdit;

namespace waymark {

// Asks for a user name and password and signs in (which unlocks the encrypted database). Wrong
// passwords are said plainly, and the lock-out message says when to try again.
class SignInDialog : public QDialog {
    Q_OBJECT
public:
    explicit SignInDialog(const QString& databasePath, QWidget* parent = nullptr);

    void setHint(const QString& text); // e.g. the demo accounts
    const std::optional<SignedIn>& session() const { return m_session; }
    QString error() const;

    void accept() override;
    // Replaces the database with the backup chosen under "Restore a backup", after checking it
    // opens with the user name and password typed (maintenance/backups.h). Nothing is open yet
    // while this window shows, which is what a restore needs.
    bool restoreChosenBackup();
    QComboBox* backupChoice() const { return m_backups; }
    QLabel* restoreMessage() const { return m_restoreMessage; }

private:
    QString m_path;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QLabel* m_hint;
    QLabel* m_error;
    QComboBox* m_backups;
    QPushButton* m_restore;
    QLabel* m_restoreMessage;
    std::optional<SignedIn> m_session;
};

} // namespace waymark
