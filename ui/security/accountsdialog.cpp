#include "security/accountsdialog.h"

#include "access/accountrepository.h"
#include "security/accountdialog.h"
#include "security/vault.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace waymark {

AccountsDialog::AccountsDialog(Database& db, Vault& vault, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_vault(vault)
    , m_table(new QTableWidget) {
    setWindowTitle(tr("Accounts"));
    setObjectName(QStringLiteral("accountsDialog"));
    m_table->setObjectName(QStringLiteral("accountsTable"));
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels({tr("User name"), tr("Name"), tr("Role"), tr("Teams"), tr("Status")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();

    auto button = [this](const QString& text, const QString& name, void (AccountsDialog::*slot)()) {
        auto* b = new QPushButton(text);
        b->setObjectName(name);
        connect(b, &QPushButton::clicked, this, slot);
        return b;
    };
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(button(tr("&Add..."), QStringLiteral("addAccount"), &AccountsDialog::addAccount));
    buttons->addWidget(
        button(tr("&Reset password..."), QStringLiteral("resetPassword"), &AccountsDialog::resetPassword));
    buttons->addWidget(
        button(tr("&Unlock"), QStringLiteral("unlockAccount"), &AccountsDialog::unlockAccount));
    buttons->addWidget(
        button(tr("&Disable"), QStringLiteral("disableAccount"), &AccountsDialog::disableAccount));
    buttons->addStretch();
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    layout->addWidget(close);
    refresh();
    resize(820, 420);
}

void AccountsDialog::refresh() {
    const auto accounts = AccountRepository(m_db).all();
    m_table->setRowCount(int(accounts.size()));
    for (int row = 0; row < int(accounts.size()); ++row) {
        const Account& a = accounts[size_t(row)];
        const QString status = !a.active                      ? tr("Disabled")
                               : !m_vault.hasUser(a.username) ? tr("No password")
                                                              : tr("Active");
        const QStringList cells = {a.username, a.displayName, roleLabel(a.role),
                                   a.teams.join(QStringLiteral(", ")), status};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
    m_table->resizeColumnsToContents();
}

QString AccountsDialog::selectedUsername() const {
    const int row = m_table->currentRow();
    if (row < 0 || !m_table->item(row, 0)) {
        QMessageBox::information(const_cast<AccountsDialog*>(this), tr("Accounts"),
                                 tr("Choose an account first."));
        return QString();
    }
    return m_table->item(row, 0)->text();
}

void AccountsDialog::addAccount() {
    AccountDialog dialog(m_db, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Account account = dialog.value();
    Transaction tx(m_db);
    Status s = AccountRepository(m_db).save(account);
    if (s)
        s = m_vault.setPassword(account.username, dialog.password());
    if (s)
        s = tx.commit();
    if (!s) {
        QMessageBox::warning(this, tr("Not saved"), s.error());
        return;
    }
    refresh();
}

void AccountsDialog::resetPassword() {
    const QString username = selectedUsername();
    if (username.isEmpty())
        return;
    bool ok = false;
    const QString password = QInputDialog::getText(
        this, tr("Reset password"),
        tr("New password for %1 (tell them in person; they should change it):").arg(username),
        QLineEdit::Password, QString(), &ok);
    if (!ok)
        return;
    if (Status s = m_vault.setPassword(username, password); !s) {
        QMessageBox::warning(this, tr("Not changed"), s.error());
        return;
    }
    refresh();
}

void AccountsDialog::unlockAccount() {
    const QString username = selectedUsername();
    if (username.isEmpty())
        return;
    if (Status s = m_vault.unlockUser(username); !s)
        QMessageBox::warning(this, tr("Not unlocked"), s.error());
    refresh();
}

void AccountsDialog::disableAccount() {
    const QString username = selectedUsername();
    if (username.isEmpty())
        return;
    auto account = AccountRepository(m_db).byUsername(username);
    if (!account)
        return;
    if (m_db.account() && m_db.account()->id == account->id) {
        QMessageBox::warning(this, tr("Accounts"), tr("You cannot disable your own account."));
        return;
    }
    account->active = false;
    Status s = AccountRepository(m_db).save(*account);
    if (s)
        s = m_vault.removeUser(username);
    if (!s)
        QMessageBox::warning(this, tr("Not disabled"), s.error());
    refresh();
}

} // namespace waymark
