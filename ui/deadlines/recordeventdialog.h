#pragma once

#include "domain/caseevent.h"
#include "domain/family.h"
#include "domain/involvement.h"

#include <QDialog>

#include <vector>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace waymark {

class DateField;
class FormErrors;
class RuleBook;

// Records what happened (a strategy meeting, a visit, a plan...) so the deadlines that follow from
// it are worked out. The event kinds are the rule book's.
class RecordEventDialog : public QDialog {
    Q_OBJECT
public:
    RecordEventDialog(const RuleBook& book, const std::vector<Involvement>& involvements,
                      const std::vector<std::pair<qint64, QString>>& children, const QDate& today,
                      QWidget* parent = nullptr);

    RecordedEvent value() const; // familyId left for the caller
    void accept() override;
    void showError(const QString& message); // a refusal from the service, shown in the dialog

private:
    const RuleBook& m_book;
    QDate m_today;
    QComboBox* m_kind;
    DateField* m_date;
    QLineEdit* m_time;
    QComboBox* m_involvement;
    QComboBox* m_person;
    QPlainTextEdit* m_note;
    FormErrors* m_errors;
};

} // namespace waymark
