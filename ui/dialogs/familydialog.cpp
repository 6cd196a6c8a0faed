#include "dialogs/familydialog.h"

#include "domain/vocabulary.h"
#include "earlyhelp/ufrn.h"
#include "validation/validators.h"
#include "widgets/formerrors.h"
#include "widgets/savecancelbuttons.h"
#include "widgets/vocabularycombo.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace waymark {

FamilyDialog::FamilyDialog(QWidget* parent)
    : QDialog(parent)
    , m_name(new QLineEdit)
    , m_kinship(new VocabularyCombo(vocab::kinshipStatus(), tr("Choose...")))
    , m_line1(new QLineEdit)
    , m_line2(new QLineEdit)
    , m_town(new QLineEdit)
    , m_postcode(new QLineEdit)
    , m_locality(new VocabularyCombo(vocab::earlyHelpLocality(), tr("Not known to Early Help")))
    , m_ufrn(new QLineEdit)
    , m_makeUfrn(new QPushButton(tr("Make from the youngest child"))) {
    setWindowTitle(tr("Family"));
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setPlaceholderText(tr("for example: Ashworth family"));
    m_kinship->setObjectName(QStringLiteral("kinshipStatus"));
    m_kinship->setToolTip(tr("Is a relative or friend bringing up the child? Record the legal order or the "
                             "private arrangement, so kinship families can be counted."));
    m_postcode->setObjectName(QStringLiteral("postcode"));
    m_locality->setObjectName(QStringLiteral("earlyHelpLocality"));
    m_ufrn->setObjectName(QStringLiteral("ufrn"));
    m_ufrn->setPlaceholderText(tr("for example EH03123456F"));
    m_makeUfrn->setObjectName(QStringLiteral("makeUfrn"));
    m_makeUfrn->setEnabled(false);
    auto* ufrnRow = new QWidget;
    auto* ufrnLayout = new QHBoxLayout(ufrnRow);
    ufrnLayout->setContentsMargins(0, 0, 0, 0);
    ufrnLayout->addWidget(m_ufrn, 1);
    ufrnLayout->addWidget(m_makeUfrn);
    connect(m_makeUfrn, &QPushButton::clicked, this, &FamilyDialog::makeUfrnFromYoungestChild);

    auto* form = new QFormLayout;
    m_errors = new FormErrors(form, this);
    m_errors->addRow(QStringLiteral("name"), tr("Family &name"), m_name);
    m_errors->addRow(QStringLiteral("kinshipStatus"), tr("&Kinship status"), m_kinship);
    m_errors->addRow(QStringLiteral("address.line1"), tr("&Address"), m_line1);
    m_errors->addRow(QStringLiteral("address.line2"), QString(), m_line2);
    m_errors->addRow(QStringLiteral("address.town"), tr("&Town"), m_town);
    m_errors->addRow(QStringLiteral("address.postcode"), tr("&Postcode"), m_postcode);
    m_errors->addRow(QStringLiteral("earlyHelpLocality"), tr("Early Help &locality"), m_locality);
    m_errors->addRow(QStringLiteral("ufrn"), tr("&UFRN"), ufrnRow);

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
    m_locality->setCode(family.earlyHelpLocality);
    m_ufrn->setText(family.ufrn);
}

void FamilyDialog::setChildren(std::vector<Person> children) {
    m_children = std::move(children);
    m_makeUfrn->setEnabled(!m_children.empty());
}

bool FamilyDialog::makeUfrnFromYoungestChild() {
    const auto youngest = youngestChildForUfrn(m_children);
    if (!youngest) {
        m_errors->setIssue(QStringLiteral("ufrn"),
                           tr("No child with a date of birth is recorded in this family."));
        return false;
    }
    auto made = makeUfrn(m_locality->code(), youngest->caseSystemNumber);
    if (!made) {
        // "field: message" from the core: show the message beside the UFRN.
        m_errors->setIssue(QStringLiteral("ufrn"), made.error().section(QStringLiteral(": "), 1));
        return false;
    }
    m_errors->setIssue(QStringLiteral("ufrn"), QString());
    m_ufrn->setText(*made);
    return true;
}

Family FamilyDialog::value() const {
    Family f = m_family;
    f.name = m_name->text().trimmed();
    f.kinshipStatus = m_kinship->code();
    f.earlyHelpLocality = m_locality->code();
    f.ufrn = m_ufrn->text().trimmed().toUpper().remove(QLatin1Char(' '));
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
