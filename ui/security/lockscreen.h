#pragma once

#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;

namespace waymark {

class Vault;

// Covers the main window while the session is locked: nothing of the records shows, and only the
// signed-in user's password (checked against their key slot, with the same lock-out) brings the
// window back. "Quit" closes Waymark; a draft being written is kept.
class LockScreen : public QWidget {
    Q_OBJECT
public:
    LockScreen(std::shared_ptr<Vault> vault, QString username, QString displayName,
               QWidget* parent = nullptr);

    void setUser(const QString& username, const QString& displayName);
    void lock(const QString& reason);
    QString error() const;
    void tryUnlock(const QString& password); // what the Unlock button does

signals:
    void unlocked();
    void quitRequested();

private:
    std::shared_ptr<Vault> m_vault;
    QString m_username;
    QLabel* m_who;
    QLabel* m_reason;
    QLineEdit* m_password;
    QLabel* m_error;
};

} // namespace waymark
