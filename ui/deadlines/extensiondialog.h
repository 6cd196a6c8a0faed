#pragma once

#include "deadlines/deadline.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;

namespace waymark {

class DateField;
class FormErrors;

// A manager grants more time for one deadline; the Early Help guidance requires the reason.
class ExtensionDialog : public QDialog {
    Q_OBJECT
public:
    ExtensionDialog(const QString& deadlineTitle, const When& currentDue, QWidget* parent = nullptr);

    QDate newDue() const;
    QString reason() const;
    void accept() override;
    void showError(const QString& message);

private:
    When m_currentDue;
    DateField* m_newDue;
    QPlainTextEdit* m_reason;
    FormErrors* m_errors;
};

} // namespace waymark
