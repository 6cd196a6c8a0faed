#pragma once

#include "access/signin.h"

#include <QDialog>

#include <optional>

class QLineEdit;

namespace waymark {

class FormErrors;

// A new database needs its first administrator; this asks for them and creates the encrypted
// file and its key file. The recovery key comes back in newDatabase() to be shown once.
class CreateAdministratorDialog : public QDialog {
    Q_OBJECT
public:
    explicit CreateAdministratorDialog(const QString& databasePath, QWidget* parent = nullptr);

    const std::optional<NewDatabase>& newDatabase() const { return m_created; }
    QString password() const; // demo files give every demo account this password
    void accept() override;

private:
    QString m_path;
    QLineEdit* m_user;
    QLineEdit* m_name;
    QLineEdit* m_password;
    QLineEdit* m_confirm;
    FormErrors* m_errors;
    QString m_acceptedPassword;
    std::optional<NewDatabase> m_created;
};

} // namespace waymark
