#include "security/createadmindialog.h"

#include "access/accountrepository.h"
#include "widgets/formerrors.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace waymark {

CreateAdministratorDialog::CreateAdministratorDialog(const QString& databasePath, QWidget* parent)
    : QDialog(parent)
    , m_path(databasePath)
    , m_user(new QLineEdit)
    , m_name(new QLineEdit)
    , m_password(new QLineEdit)
    , m_confirm(new QLineEdit) {
    setWindowTitle(tr("Create the administrator"));
    setObjectName(QStringLiteral("createAdministrator"));
    m_user->setObjectName(QStringLiteral("username"));
    m_name->setObjectName(QStringLiteral("displayName"));
    m_password->setObjectName(QStringLiteral("password"));
    m_confirm->setObjectName(QStringLiteral("confirm"));
    m_password->setEchoMode(QLineEdit::Password);
    m_confirm->setEchoMode(QLineEdit::Password);
    auto* intro = new QLabel(
        tr("<p><b>%1</b> will be encrypted. Its first account is an administrator, who adds the "
           "workers' accounts and can reset their passwords.</p>"
           "<p>Choose a password of at least 10 characters: a few unrelated words are strong and easy "
           "to remember.</p>")
            .arg(QFileInfo(databasePath).fileName().toHtmlEscaped()));
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    m_errors = new FormErrors(form, this);
    m_errors->addRow(QStringLiteral("username"), tr("&User name:"), m_user);
    m_errors->addRow(QStringLiteral("displayName"), tr("Full &name:"), m_name);
    m_errors->addRow(QStringLiteral("password"), tr("&Password:"), m_password);
    m_errors->addRow(QStringLiteral("confirm"), tr("&Same again:"), m_confirm);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CreateAdministratorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CreateAdministratorDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    // Grow when messages appear under the fields rather than clipping them.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    resize(520, sizeHint().height());
}

QString CreateAdministratorDialog::password() const {
    return m_acceptedPassword;
}

void CreateAdministratorDialog::accept() {
    Account admin;
    admin.username = m_user->text();
    admin.displayName = m_name->text();
    admin.role = Role::Administrator;
    ValidationIssues issues;
    for (const ValidationIssue& issue : AccountRepository::validate(admin))
        issues << issue;
    if (const QString problem = Vault::passwordProblem(m_password->text()); !problem.isEmpty())
        issues << ValidationIssue{QStringLiteral("password"), problem};
    else if (m_confirm->text() != m_password->text())
        issues << ValidationIssue{QStringLiteral("confirm"), tr("The two passwords are different.")};
    if (!m_errors->show(issues, QStringLiteral("username"))) {
        if (QWidget* field = m_errors->firstFieldWithIssue())
            field->setFocus();
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto created = createDatabase(m_path, admin.username, admin.displayName, m_password->text());
    QApplication::restoreOverrideCursor();
    if (!created) {
        m_errors->show({ValidationIssue{QStringLiteral("username"), created.error()}});
        return;
    }
    m_acceptedPassword = m_password->text();
    m_password->clear();
    m_confirm->clear();
    m_created = std::move(created).value();
    QDialog::accept();
}

} // namespace waymark
