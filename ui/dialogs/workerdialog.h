#pragma once

#include "domain/worker.h"

#include <QDialog>

class QLineEdit;

namespace waymark {

class FormErrors;
class VocabularyCombo;

// A member of staff: name, role and team.
class WorkerDialog : public QDialog {
    Q_OBJECT
public:
    explicit WorkerDialog(QWidget* parent = nullptr);
    void load(const Worker& worker);
    Worker value() const;
    void accept() override;

private:
    Worker m_worker;
    QLineEdit* m_name;
    VocabularyCombo* m_role;
    QLineEdit* m_team;
    QLineEdit* m_email;
    QLineEdit* m_phone;
    FormErrors* m_errors;
};

} // namespace waymark
