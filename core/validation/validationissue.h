#pragma once

#include <QList>
#include <QString>

namespace waymark {

// One problem with one field, said in words a worker understands. `field` is the field's stable
// key (the same name the JSON export uses), so a form can show the message beside the right box.
struct ValidationIssue {
    QString field;
    QString message;
};

using ValidationIssues = QList<ValidationIssue>;

QString joinIssues(const ValidationIssues& issues);

} // namespace waymark
