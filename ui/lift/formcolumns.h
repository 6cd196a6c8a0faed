#pragma once

#include "validation/validationissue.h"

#include <QObject>
#include <QSet>

#include <vector>

class QFormLayout;
class QWidget;

namespace waymark {

class FormErrors;

// A long form split into side-by-side columns (so it fits a 1366x768 laptop screen), each a
// QFormLayout with its own FormErrors; issues are sent to the column that holds their field.
class FormColumns : public QObject {
    Q_OBJECT
public:
    explicit FormColumns(int columns, QObject* parent = nullptr);

    QFormLayout* layout(int column) const { return m_columns[size_t(column)].layout; }
    void addRow(int column, const QString& key, const QString& label, QWidget* field);
    void setIssue(const QString& key, const QString& message);
    // Shows the issues; true when there were none. Issues for unknown fields go to `fallbackKey`.
    bool show(const ValidationIssues& issues, const QString& fallbackKey);
    QString issueText(const QString& key) const;
    QWidget* firstFieldWithIssue() const;

private:
    struct Column {
        QFormLayout* layout = nullptr;
        FormErrors* errors = nullptr;
        QSet<QString> keys;
    };
    int columnOf(const QString& key) const;
    std::vector<Column> m_columns;
};

} // namespace waymark
