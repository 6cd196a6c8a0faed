#include "deadlines/extensiondialog.h"

#include "deadlines/deadlinestatus.h"
#include "widgets/datefield.h"
#include "widgets/formerrors.h"
#include "widgets/savecancelbuttons.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace waymark {

ExtensionDialog::ExtensionDialog(const QString& deadlineTitle, const When& currentDue, QWidget* parent)
    : QDialog(parent)
    , m_currentDue(currentDue)
    , m_newDue(new DateField)
    , m_reason(new QPlainTextEdit) {
    setWindowTitle(tr("Grant an extension"));
    m_newDue->setObjectName(QStringLiteral("newDue"));
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("Why more time is needed, as agreed in the management discussion"));
    m_reason->setFixedHeight(90);
    auto* what =
        new QLabel(tr("<b>%1</b><br>due %2").arg(deadlineTitle.toHtmlEscaped(), formatDue(currentDue)));
    what->setWordWrap(true);
    auto* form = new QFormLayout;
    m_errors = new FormErrors(form, this);
    m_errors->addRow(QStringLiteral("newDue"), tr("&New due date"), m_newDue);
    m_errors->addRow(QStringLiteral("reason"), tr("&Reason"), m_reason);
    auto* buttons = makeSaveCancelButtons(this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(460, sizeHint().height());
}

QDate ExtensionDialog::newDue() const {
    return m_newDue->date();
}
QString ExtensionDialog::reason() const {
    return m_reason->toPlainText().trimmed();
}
void ExtensionDialog::showError(const QString& message) {
    m_errors->show({{QStringLiteral("reason"), message}});
}

void ExtensionDialog::accept() {
    ValidationIssues issues;
    if (!m_newDue->isValidInput())
        issues << ValidationIssue{QStringLiteral("newDue"), m_newDue->inputProblem()};
    else if (!newDue().isValid())
        issues << ValidationIssue{QStringLiteral("newDue"), tr("Enter the new due date.")};
    else if (newDue() <= m_currentDue.date)
        issues << ValidationIssue{QStringLiteral("newDue"), tr("An extension moves the date later.")};
    if (reason().isEmpty())
        issues << ValidationIssue{QStringLiteral("reason"),
                                  tr("Give the reason: it is kept with the deadline.")};
    if (!m_errors->show(issues, QStringLiteral("reason")))
        return;
    QDialog::accept();
}

} // namespace waymark
