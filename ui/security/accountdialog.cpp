#include "security/accountdialog.h"

#include "access/accountrepository.h"
#include "security/vault.h"
#include "storage/workerrepository.h"
#include "widgets/formerrors.h"
#include "widgets/savecancelbuttons.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QVBoxLayout>

namespace waymark {

AccountDialog::AccountDialog(Database& db, QWidget* parent)
    : QDialog(parent)
    , m_username(new QLineEdit)
    , m_name(new QLineEdit)
    , m_role(new QComboBox)
    , m_teams(new QLineEdit)
    , m_worker(new QComboBox)
    , m_password(new QLineEdit)
    , m_confirm(new QLineEdit) {
    setWindowTitle(tr("Add an account"));
    m_username->setObjectName(QStringLiteral("username"));
    m_name->setObjectName(QStringLiteral("displayName"));
    m_role->setObjectName(QStringLiteral("role"));
    m_teams->setObjectName(QStringLiteral("teams"));
    m_worker->setObjectName(QStringLiteral("worker"));
    m_password->setObjectName(QStringLiteral("password"));
    m_confirm->setObjectName(QStringLiteral("confirm"));
    for (Role role : allRoles())
        m_role->addItem(roleLabel(role), roleCode(role));
    m_role->setCurrentIndex(m_role->findData(roleCode(Role::FamilySupportWorker)));
    m_teams->setPlaceholderText(tr("e.g. Blaby Early Help; separate several with commas"));
    m_worker->addItem(tr("(none)"), qint64(0));
    for (const Worker& w : WorkerRepository(db).all())
        if (w.active)
            m_worker->addItem(w.team.isEmpty() ? w.name : tr("%1, %2").arg(w.name, w.team), w.id);
    // Choosing the worker fills in the name and team, which is what is wanted almost always.
    connect(m_worker, &QComboBox::activated, this, [this, &db](int index) {
        const qint64 id = m_worker->itemData(index).toLongLong();
        if (auto w = WorkerRepository(db).get(id); id > 0 && w) {
            if (m_name->text().isEmpty())
                m_name->setText(w->name);
            if (m_teams->text().isEmpty())
                m_teams->setText(w->team);
        }
    });
    m_password->setEchoMode(QLineEdit::Password);
    m_confirm->setEchoMode(QLineEdit::Password);

    auto* form = new QFormLayout;
    m_errors = new FormErrors(form, this);
    m_errors->addRow(QStringLiteral("worker"), tr("&Worker record:"), m_worker);
    m_errors->addRow(QStringLiteral("username"), tr("&User name:"), m_username);
    m_errors->addRow(QStringLiteral("displayName"), tr("Full &name:"), m_name);
    m_errors->addRow(QStringLiteral("role"), tr("&Role:"), m_role);
    m_errors->addRow(QStringLiteral("teams"), tr("&Teams:"), m_teams);
    m_errors->addRow(QStringLiteral("password"), tr("First &password:"), m_password);
    m_errors->addRow(QStringLiteral("confirm"), tr("&Same again:"), m_confirm);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(makeSaveCancelButtons(this));
    // Grow when messages appear under the fields rather than clipping them.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    resize(520, sizeHint().height());
}

Account AccountDialog::value() const {
    Account a;
    a.username = AccountRepository::normaliseUsername(m_username->text());
    a.displayName = m_name->text().trimmed();
    a.role = roleFromCode(m_role->currentData().toString()).value_or(Role::FamilySupportWorker);
    for (const QString& team : m_teams->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!team.trimmed().isEmpty())
            a.teams << team.trimmed();
    a.workerId = m_worker->currentData().toLongLong();
    return a;
}

QString AccountDialog::password() const {
    return m_password->text();
}

void AccountDialog::accept() {
    ValidationIssues issues;
    for (const ValidationIssue& issue : AccountRepository::validate(value()))
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
    QDialog::accept();
}

} // namespace waymark
