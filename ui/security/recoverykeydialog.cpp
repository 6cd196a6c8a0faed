#include "security/recoverykeydialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFont>
#include <QFontDatabase>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace waymark {

RecoveryKeyDialog::RecoveryKeyDialog(const QString& recoveryKey, QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Recovery key"));
    setObjectName(QStringLiteral("recoveryKeyDialog"));
    auto* intro =
        new QLabel(tr("<p>This is the database's <b>recovery key</b>. If every administrator forgets "
                      "their password, it is the only way back into the records.</p>"
                      "<p>Write it on paper and keep it locked away, apart from this laptop. It "
                      "will not be shown again.</p>"));
    intro->setWordWrap(true);
    auto* key = new QLabel(recoveryKey);
    key->setObjectName(QStringLiteral("recoveryKey"));
    key->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.4);
    key->setFont(mono);
    key->setAlignment(Qt::AlignCenter);
    key->setFrameShape(QFrame::StyledPanel);
    key->setMargin(10);
    auto* confirm = new QCheckBox(tr("I have written the recovery key down and will keep it locked away"));
    confirm->setObjectName(QStringLiteral("writtenDown"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok);
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(confirm, &QCheckBox::toggled, buttons->button(QDialogButtonBox::Ok), &QPushButton::setEnabled);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(key);
    layout->addWidget(confirm);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

} // namespace waymark
