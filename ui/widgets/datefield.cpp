#include "widgets/datefield.h"

#include "validation/dateinput.h"

namespace waymark {

DateField::DateField(QWidget* parent)
    : QLineEdit(parent) {
    setPlaceholderText(tr("dd/mm/yyyy"));
    setMaxLength(10);
}

void DateField::setDate(const QDate& date) {
    setText(formatUserDate(date));
}

QDate DateField::date() const {
    auto parsed = parseUserDate(text());
    return parsed ? *parsed : QDate();
}

bool DateField::isValidInput() const {
    return parseUserDate(text()).isOk();
}

QString DateField::inputProblem() const {
    auto parsed = parseUserDate(text());
    return parsed ? QString() : parsed.error();
}

} // namespace waymark
