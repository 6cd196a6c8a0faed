#include "dialogs/familydialog.h"

#include "domain/vocabulary.h"
#include "validation/validators.h"
#include "widgets/formerrors.h"
#include "widgets/savecancelbuttons.h"
#include "widgets/vocabularycombo.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QVBoxLayout>

namespace waymark {

FamilyDialog::FamilyDialog(QWidget* parent)
    : QDialog(parent)
    , m_name(new QLineEdit)
    , m_kinship(new VocabularyCombo(vocab::kinshipStatus(), tr("Choose...")))
    , m_line1(new QLineEdit)
    , m_line2(new QLineEdit)
    , m_town(new QLineEdit)
    , m_postcode(new QLineEdit) {
    setWindowTitle(tr("Family"));
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setPlaceholderText(tr("for example: Ashworth family"));
    m_kinship->setObjectName(QStringLiteral("kinshipStatus"));
    m_kinship->setToolTip(tr("Is a relative or friend bringing up the child? Record the legal order or the "
                             "private arrangement, so kinship families can be counted."));
    m_postcode->setObjectName(QStringLiteral("postcode"));

    auto* form = new QFormLayout;
    m_errors = new FormErrors(form, this);
    m_errors->addRow(QStringLiteral("name"), tr("Family &name"), m_name);
    m_errors->addRow(QStringLiteral("kinshipStatus"), tr("&Kinship status"), m_kinship);
    m_errors->addRow(QStringLiteral("address.line1"), tr("&Address"), m_line1);
    m_errors->addRow(QStringLiteral("address.line2"), QString(), m_line2);
    m_errors->addRow(QStringLiteral("address.town"), tr("&Town"), m_town);
    m_errors->addRow(QStringLiteral("address.postcode"), tr("&Postcode"), m_postcode);

    auto* buttons = makeSaveCancelButtons(this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(480, sizeHint().height());
}

void FamilyDialog::load(const Family& family) {
    m_family = family;
    m_name->setText(family.name);
    m_kinship->setCode(family.kinshipStatus);
    m_line1->setText(family.address.line1);
    m_line2->setText(family.address.line2);
    m_town->setText(family.address.town);
    m_postcode->setText(family.address.postcode);
}

Family FamilyDialog::value() const {
    Family f = m_family;
    f.name = m_name->text().trimmed();
    f.kinshipStatus = m_kinship->code();
    f.address = {m_line1->text().trimmed(), m_line2->text().trimmed(), m_town->text().trimmed(),
                 m_postcode->text().trimmed().toUpper()};
    return f;
}

void FamilyDialog::accept() {
    if (!m_errors->show(validateFamily(value()), QStringLiteral("name"))) {
        if (QWidget* w = m_errors->firstFieldWithIssue())
            w->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace waymark
