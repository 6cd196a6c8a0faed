#pragma once

#include "validation/validationissue.h"

#include <QHash>
#include <QObject>
#include <QString>

class QFormLayout;
class QLabel;
class QWidget;

namespace waymark {

// Puts each form field on a QFormLayout with a message line under it, and shows validation
// issues next to the field they are about (matched by the field key the core validators use).
class FormErrors : public QObject {
    Q_OBJECT
public:
    explicit FormErrors(QFormLayout* layout, QObject* parent = nullptr);

    void addRow(const QString& key, const QString& label, QWidget* field);
    void setIssue(const QString& key, const QString& message); // empty message clears it
    // Shows the issues; returns true when there were none. Issues for unknown keys go to the row
    // named `fallbackKey`, so no message is ever silently dropped.
    bool show(const ValidationIssues& issues, const QString& fallbackKey = QString());
    void clear();
    QWidget* firstFieldWithIssue() const;
    QString issueText(const QString& key) const;
    bool hasRow(const QString& key) const { return m_rows.contains(key); }

private:
    struct Row {
        QWidget* field = nullptr;
        QLabel* message = nullptr;
        int order = 0;
    };
    QFormLayout* m_layout;
    QHash<QString, Row> m_rows;
};

} // namespace waymark
