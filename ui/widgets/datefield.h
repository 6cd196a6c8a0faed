#pragma once

#include <QDate>
#include <QLineEdit>

namespace waymark {

// A date typed as a person would write it (25/12/2019). Unlike QDateEdit it can be left empty
// ("not known") and it can hold what was typed while that is not yet a real date, so the form
// can say what is wrong instead of silently changing the value.
class DateField : public QLineEdit {
    Q_OBJECT
public:
    explicit DateField(QWidget* parent = nullptr);

    void setDate(const QDate& date);
    QDate date() const;           // null when empty or not a real date
    bool isValidInput() const;    // empty counts as valid
    QString inputProblem() const; // the parse error, or empty
};

} // namespace waymark
