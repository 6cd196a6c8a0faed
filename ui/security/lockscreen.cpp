#include "security/lockscreen.h"

#include "security/vault.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace waymark {

LockScreen::LockScreen(std::shared_ptr<Vault> vault, QString username, QString displayName, QWidget* parent)
    : QWidget(parent)
    , m_vault(std::move(vault))
    , m_username(std::move(username))
    , m_who(new QLabel)
    , m_reason(new QLabel)
    , m_password(new QLineEdit)
    , m_error(new QLabel) {
    setObjectName(QStringLiteral("lockScreen"));
    auto* title = new QLabel(tr("<h2>Waymark is locked</h2>"));
    setUser(m_username, displayName);
    m_reason->setObjectName(QStringLiteral("lockReason"));
    m_password->setObjectName(QStringLiteral("unlockPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMaximumWidth(320);
    m_error->setObjectName(QStringLiteral("unlockError"));
    m_error->setStyleSheet(QStringLiteral("color: #a4262c;"));
    m_error->setWordWrap(true);
    auto* unlock = new QPushButton(tr("&Unlock"));
    unlock->setObjectName(QStringLiteral("unlockButton"));
    unlock->setDefault(true);
    auto* quit = new QPushButton(tr("&Quit Waymark"));
    connect(unlock, &QPushButton::clicked, this, [this] { tryUnlock(m_password->text()); });
    connect(m_password, &QLineEdit::returnPressed, this, [this] { tryUnlock(m_password->text()); });
    connect(quit, &QPushButton::clicked, this, &LockScreen::quitRequested);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(unlock);
    buttons->addWidget(quit);
    buttons->addStretch();
    auto* box = new QVBoxLayout;
    box->addWidget(title);
    box->addWidget(m_reason);
    box->addWidget(m_who);
    box->addWidget(m_password);
    box->addWidget(m_error);
    box->addLayout(buttons);
    auto* outer = new QVBoxLayout(this);
    outer->addStretch();
    auto* row = new QHBoxLayout;
    row->addStretch();
    row->addLayout(box);
    row->addStretch();
    outer->addLayout(row);
    outer->addStretch();
    setAutoFillBackground(true);
}

void LockScreen::setUser(const QString& username, const QString& displayName) {
    m_username = username;
    m_who->setText(tr("Signed in as %1. Enter your password to go on.").arg(displayName.toHtmlEscaped()));
}

void LockScreen::lock(const QString& reason) {
    m_reason->setText(reason);
    m_error->clear();
    m_password->clear();
    m_password->setFocus();
}

QString LockScreen::error() const {
    return m_error->text();
}

void LockScreen::tryUnlock(const QString& password) {
    m_password->clear();
    if (!m_vault) {
        m_error->setText(tr("This window cannot check passwords; quit and sign in again."));
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status s = m_vault->verifyPassword(m_username, password);
    QApplication::restoreOverrideCursor();
    if (!s) {
        m_error->setText(s.error());
        return;
    }
    emit unlocked();
}

} // namespace waymark
