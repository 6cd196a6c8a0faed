#pragma once

#include <QDialog>

namespace waymark {

// Shows a new recovery key once. OK stays disabled until the administrator confirms they have
// written it down, because it is never shown again and nothing else can recover a lost password.
class RecoveryKeyDialog : public QDialog {
    Q_OBJECT
public:
    explicit RecoveryKeyDialog(const QString& recoveryKey, QWidget* parent = nullptr);
    void reject() override {} // Escape must not skip the confirmation
};

} // namespace waymark
