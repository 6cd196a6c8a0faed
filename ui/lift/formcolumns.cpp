#include "lift/formcolumns.h"

#include "widgets/formerrors.h"

#include <QFormLayout>

namespace waymark {

FormColumns::FormColumns(int columns, QObject* parent)
    : QObject(parent) {
    for (int i = 0; i < columns; ++i) {
        Column c;
        c.layout = new QFormLayout;
        c.layout->setRowWrapPolicy(QFormLayout::DontWrapRows);
        c.errors = new FormErrors(c.layout, this);
        m_columns.push_back(c);
    }
}

void FormColumns::addRow(int column, const QString& key, const QString& label, QWidget* field) {
    Column& c = m_columns[size_t(column)];
    c.errors->addRow(key, label, field);
    c.keys.insert(key);
}

int FormColumns::columnOf(const QString& key) const {
    for (size_t i = 0; i < m_columns.size(); ++i)
        if (m_columns[i].keys.contains(key))
            return int(i);
    return -1;
}

void FormColumns::setIssue(const QString& key, const QString& message) {
    if (int c = columnOf(key); c >= 0)
        m_columns[size_t(c)].errors->setIssue(key, message);
}

bool FormColumns::show(const ValidationIssues& issues, const QString& fallbackKey) {
    std::vector<ValidationIssues> split(m_columns.size());
    for (ValidationIssue issue : issues) {
        QString key = issue.field;
        while (columnOf(key) < 0 && key.contains(QLatin1Char('.')))
            key = key.section(QLatin1Char('.'), 0, -2);
        if (columnOf(key) < 0)
            key = fallbackKey;
        issue.field = key;
        split[size_t(std::max(columnOf(key), 0))] << issue;
    }
    for (size_t i = 0; i < m_columns.size(); ++i)
        m_columns[i].errors->show(split[i]);
    return issues.isEmpty();
}

QString FormColumns::issueText(const QString& key) const {
    const int c = columnOf(key);
    return c >= 0 ? m_columns[size_t(c)].errors->issueText(key) : QString();
}

QWidget* FormColumns::firstFieldWithIssue() const {
    for (const Column& c : m_columns)
        if (QWidget* w = c.errors->firstFieldWithIssue())
            return w;
    return nullptr;
}

} // namespace waymark
