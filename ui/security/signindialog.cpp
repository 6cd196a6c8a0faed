#include "security/signindialog.h"

#include "maintenance/backups.h"

#include <QApplication>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace waymark {

namespace {

// Remembered per database file, so the next sign-in only needs the password.
QString lastUserKey(const QString& path) {
    const QByteArray hash =
        QCryptographicHash::hash(QFileInfo(path).absoluteFilePath().toUtf8(), QCryptographicHash::Sha1);
    return QStringLiteral("lastUser/%1").arg(QString::fromLatin1(hash.toHex().left(16)));
}

} // namespace

SignInDialog::SignInDialog(const QString& databasePath, QWidget* parent)
    : QDialog(parent)
    , m_path(databasePath)
    , m_user(new QLineEdit)
    , m_password(new QLineEdit)
    , m_hint(new QLabel)
    , m_error(new QLabel)
    , m_backups(new QComboBox)
    , m_restore(new QPushButton(tr("Restore...")))
    , m_restoreMessage(new QLabel) {
    setWindowTitle(tr("Sign in to Waymark"));
    setObjectName(QStringLiteral("signInDialog"));
    m_user->setObjectName(QStringLiteral("username"));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_error->setObjectName(QStringLiteral("signInError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #a4262c;"));
    m_error->hide();
    m_hint->setWordWrap(true);
    m_hint->hide();

    auto* intro = new QLabel(tr("<b>%1</b><br>The records are encrypted; your password unlocks them.")
                                 .arg(QFileInfo(databasePath).fileName().toHtmlEscaped()));
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);

    // Restoring needs the file closed, so it is offered here, before anything opens it.
    m_backups->setObjectName(QStringLiteral("backupChoice"));
    m_restore->setObjectName(QStringLiteral("restoreBackup"));
    m_restoreMessage->setObjectName(QStringLiteral("restoreMessage"));
    m_restoreMessage->setWordWrap(true);
    m_restoreMessage->hide();
    for (const QString& backup : listBackups(m_path))
        m_backups->addItem(QFileInfo(backup).fileName(), backup);
    auto* restoreBox = new QGroupBox(tr("Restore a backup (administrator)"));
    restoreBox->setObjectName(QStringLiteral("restoreBox"));
    restoreBox->setCheckable(true);
    restoreBox->setChecked(false);
    auto* restoreRow = new QHBoxLayout;
    restoreRow->addWidget(m_backups, 1);
    restoreRow->addWidget(m_restore);
    auto* restoreLayout = new QVBoxLayout(restoreBox);
    auto* restoreWhat =
        new QLabel(tr("Replaces this file with the chosen backup, after checking it opens with the "
                      "user name and password above. The replaced file is kept beside it."));
    restoreWhat->setWordWrap(true);
    restoreLayout->addWidget(restoreWhat);
    restoreLayout->addLayout(restoreRow);
    restoreLayout->addWidget(m_restoreMessage);
    restoreBox->setVisible(m_backups->count() > 0);
    // The box's contents show only when ticked, so the everyday sign-in stays short.
    const auto showContents = [restoreWhat, this](bool on) {
        restoreWhat->setVisible(on);
        m_backups->setVisible(on);
        m_restore->setVisible(on);
        m_restoreMessage->setVisible(on && !m_restoreMessage->text().isEmpty());
        adjustSize();
    };
    connect(restoreBox, &QGroupBox::toggled, this, showContents);
    showContents(false);
    connect(m_restore, &QPushButton::clicked, this, &SignInDialog::restoreChosenBackup);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_hint);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(restoreBox);
    layout->addWidget(buttons);

    m_user->setText(QSettings().value(lastUserKey(m_path)).toString());
    (m_user->text().isEmpty() ? m_user : m_password)->setFocus();
    // Grow when messages appear under the fields rather than clipping them.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    setMinimumWidth(440);
    resize(440, sizeHint().height());
}

void SignInDialog::setHint(const QString& text) {
    m_hint->setText(text);
    m_hint->setVisible(!text.isEmpty());
}

QString SignInDialog::error() const {
    return m_error->isVisible() ? m_error->text() : QString();
}

bool SignInDialog::restoreChosenBackup() {
    const QString backup = m_backups->currentData().toString();
    auto say = [this](const QString& text) {
        m_restoreMessage->setText(text);
        m_restoreMessage->show();
        adjustSize();
    };
    if (backup.isEmpty()) {
        say(tr("There is no backup to restore."));
        return false;
    }
    if (m_user->text().trimmed().isEmpty() || m_password->text().isEmpty()) {
        say(tr("Enter the user name and password of an administrator above first."));
        return false;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto restored = restoreBackup(m_path, backup, m_user->text().trimmed(), m_password->text());
    QApplication::restoreOverrideCursor();
    if (!restored) {
        say(restored.error());
        return false;
    }
    say(tr("Restored %1. The replaced file was kept as %2. Sign in to continue.")
            .arg(QFileInfo(backup).fileName(), QFileInfo(restored->keptAs).fileName()));
    return true;
}

void SignInDialog::accept() {
    if (m_user->text().trimmed().isEmpty() || m_password->text().isEmpty()) {
        m_error->setText(tr("Enter your user name and password."));
        m_error->show();
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto session = signIn(m_path, m_user->text().trimmed(), m_password->text());
    QApplication::restoreOverrideCursor();
    m_password->clear();
    if (!session) {
        m_error->setText(session.error());
        m_error->show();
        m_password->setFocus();
        return;
    }
    QSettings().setValue(lastUserKey(m_path), session->account.username);
    m_session = std::move(session).value();
    QDialog::accept();
}

} // namespace waymark
