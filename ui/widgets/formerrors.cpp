#include "widgets/formerrors.h"

#include <QFormLayout>
#include <QLabel>
#include <QLayout>
#include <QVBoxLayout>

namespace waymark {

FormErrors::FormErrors(QFormLayout* layout, QObject* parent)
    : QObject(parent)
    , m_layout(layout) {}

void FormErrors::addRow(const QString& key, const QString& label, QWidget* field) {
    auto* cell = new QWidget;
    auto* box = new QVBoxLayout(cell);
    box->setContentsMargins(0, 0, 0, 0);
    box->setSpacing(2);
    box->addWidget(field);
    auto* message = new QLabel;
    message->setObjectName(key + QStringLiteral("Error"));
    message->setWordWrap(true);
    // A red that stays readable on both light and dark system palettes.
    message->setStyleSheet(QStringLiteral("color: #d0342c;"));
    message->hide();
    box->addWidget(message);
    // A wrapped message needs the row to ask for the height at its width, or two-line messages are
    // cut in half.
    QSizePolicy policy = cell->sizePolicy();
    policy.setHeightForWidth(true);
    cell->setSizePolicy(policy);
    auto* labelWidget = new QLabel(label);
    labelWidget->setBuddy(field);
    m_layout->addRow(labelWidget, cell);
    m_rows.insert(key, {field, message, int(m_rows.size())});
}

void FormErrors::setIssue(const QString& key, const QString& text) {
    auto it = m_rows.find(key);
    if (it == m_rows.end())
        return;
    it->message->setText(text);
    it->message->setVisible(!text.isEmpty());
    it->field->setAccessibleDescription(text);
}

bool FormErrors::show(const ValidationIssues& issues, const QString& fallbackKey) {
    clear();
    QHash<QString, QStringList> byKey;
    for (const ValidationIssue& issue : issues) {
        QString key = issue.field;
        while (!m_rows.contains(key) && key.contains(QLatin1Char('.')))
            key = key.section(QLatin1Char('.'), 0, -2); // "address.postcode" -> "address"
        if (!m_rows.contains(key))
            key = fallbackKey;
        byKey[key] << issue.message;
    }
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it)
        setIssue(it.key(), it.value().join(QLatin1Char(' ')));
    // Make room for messages that wrap onto a second line, keeping the window's width.
    QWidget* window = m_layout->parentWidget() ? m_layout->parentWidget()->window() : nullptr;
    if (window && window->isVisible() && window->layout()) {
        QLayout* top = window->layout();
        top->activate();
        const int needed = top->hasHeightForWidth() ? top->totalHeightForWidth(window->width())
                                                    : window->sizeHint().height();
        if (needed > window->height())
            window->resize(window->width(), needed);
    }
    return issues.isEmpty();
}

void FormErrors::clear() {
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it)
        setIssue(it.key(), QString());
}

QWidget* FormErrors::firstFieldWithIssue() const {
    const Row* best = nullptr;
    for (const Row& row : m_rows)
        if (!row.message->text().isEmpty() && (!best || row.order < best->order))
            best = &row;
    return best ? best->field : nullptr;
}

QString FormErrors::issueText(const QString& key) const {
    return m_rows.contains(key) ? m_rows.value(key).message->text() : QString();
}

} // namespace waymark
