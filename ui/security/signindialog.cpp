#include "security/signindialog.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
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
    , m_error(new QLabel) {
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

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_hint);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    m_user->setText(QSettings().value(lastUserKey(m_path)).toString());
    (m_user->text().isEmpty() ? m_user : m_password)->setFocus();
    // Grow when messages appear under the fields rather than clipping them.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    resize(440, sizeHint().height());
}

void SignInDialog::setHint(const QString& text) {
    m_hint->setText(text);
    m_hint->setVisible(!text.isEmpty());
}

QString SignInDialog::error() const {
    return m_error->isVisible() ? m_error->text() : QString();
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
