#include "dialogs/persondialog.h"

#include "dialogs/duplicatedialog.h"
#include "domain/vocabulary.h"
#include "storage/database.h"
#include "storage/personrepository.h"
#include "validation/validators.h"
#include "widgets/datefield.h"
#include "widgets/formerrors.h"
#include "widgets/savecancelbuttons.h"
#include "widgets/vocabularycombo.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QScrollArea>
#include <QVBoxLayout>

namespace waymark {

PersonDialog::PersonDialog(Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_givenNames(new QLineEdit)
    , m_familyName(new QLineEdit)
    , m_knownAs(new QLineEdit)
    , m_dateOfBirth(new DateField)
    , m_expected(new QCheckBox(tr("E&xpected (unborn child)")))
    , m_gender(new VocabularyCombo(vocab::gender(), tr("Not recorded")))
    , m_ethnicity(new VocabularyCombo(vocab::ethnicity(), tr("Not recorded")))
    , m_firstLanguage(new QLineEdit)
    , m_line1(new QLineEdit)
    , m_line2(new QLineEdit)
    , m_town(new QLineEdit)
    , m_postcode(new QLineEdit)
    , m_phone(new QLineEdit)
    , m_email(new QLineEdit)
    , m_socialCareNumber(new QLineEdit)
    , m_caseSystemNumber(new QLineEdit)
    , m_nhsNumber(new QLineEdit)
    , m_relationship(new VocabularyCombo(vocab::relationship(), tr("Choose...")))
    , m_parentalResponsibility(new QCheckBox(tr("Holds &parental responsibility")))
    , m_livesInHousehold(new QCheckBox(tr("&Lives in the household"))) {
    setWindowTitle(tr("Person"));
    const std::pair<QWidget*, const char*> names[] = {
        {m_givenNames, "givenNames"},
        {m_familyName, "familyName"},
        {m_knownAs, "knownAs"},
        {m_dateOfBirth, "dateOfBirth"},
        {m_expected, "dateOfBirthIsExpected"},
        {m_gender, "gender"},
        {m_ethnicity, "ethnicity"},
        {m_firstLanguage, "firstLanguage"},
        {m_postcode, "postcode"},
        {m_socialCareNumber, "socialCareNumber"},
        {m_caseSystemNumber, "caseSystemNumber"},
        {m_nhsNumber, "nhsNumber"},
        {m_relationship, "relationship"},
        {m_parentalResponsibility, "parentalResponsibility"},
        {m_phone, "phone"},
        {m_email, "email"},
    };
    for (const auto& [widget, name] : names)
        widget->setObjectName(QLatin1String(name));
    m_livesInHousehold->setChecked(true);
    m_socialCareNumber->setPlaceholderText(tr("e.g. LIFT SU number"));
    m_caseSystemNumber->setPlaceholderText(tr("e.g. Framework-i number"));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_errors = new FormErrors(form, this);
    m_errors->addRow(QStringLiteral("givenNames"), tr("&First name(s)"), m_givenNames);
    m_errors->addRow(QStringLiteral("familyName"), tr("&Surname"), m_familyName);
    m_errors->addRow(QStringLiteral("knownAs"), tr("&Known as"), m_knownAs);
    auto* dobRow = new QWidget;
    auto* dobLayout = new QHBoxLayout(dobRow);
    dobLayout->setContentsMargins(0, 0, 0, 0);
    dobLayout->addWidget(m_dateOfBirth);
    dobLayout->addWidget(m_expected);
    m_errors->addRow(QStringLiteral("dateOfBirth"), tr("&Date of birth"), dobRow);
    m_errors->addRow(QStringLiteral("relationship"), tr("&Relationship to the child(ren)"), m_relationship);
    auto* flags = new QWidget;
    auto* flagsLayout = new QHBoxLayout(flags);
    flagsLayout->setContentsMargins(0, 0, 0, 0);
    flagsLayout->addWidget(m_parentalResponsibility);
    flagsLayout->addWidget(m_livesInHousehold);
    flagsLayout->addStretch();
    m_errors->addRow(QStringLiteral("membership"), QString(), flags);
    m_errors->addRow(QStringLiteral("gender"), tr("&Gender"), m_gender);
    m_errors->addRow(QStringLiteral("ethnicity"), tr("E&thnicity"), m_ethnicity);
    m_errors->addRow(QStringLiteral("firstLanguage"), tr("First lan&guage"), m_firstLanguage);
    m_errors->addRow(QStringLiteral("address.line1"), tr("&Address"), m_line1);
    m_errors->addRow(QStringLiteral("address.line2"), QString(), m_line2);
    m_errors->addRow(QStringLiteral("address.town"), tr("To&wn"), m_town);
    m_errors->addRow(QStringLiteral("address.postcode"), tr("P&ostcode"), m_postcode);
    m_errors->addRow(QStringLiteral("phone"), tr("P&hone"), m_phone);
    m_errors->addRow(QStringLiteral("email"), tr("E&mail"), m_email);
    m_errors->addRow(QStringLiteral("socialCareNumber"), tr("Social-&care number"), m_socialCareNumber);
    m_errors->addRow(QStringLiteral("caseSystemNumber"), tr("Case-s&ystem number"), m_caseSystemNumber);
    m_errors->addRow(QStringLiteral("nhsNumber"), tr("&NHS number"), m_nhsNumber);

    // Re-check as the worker types once they have tried to save; a typed date is checked as
    // soon as they leave the field.
    connect(m_dateOfBirth, &QLineEdit::editingFinished, this, [this] {
        m_errors->setIssue(QStringLiteral("dateOfBirth"), m_dateOfBirth->inputProblem());
        if (m_triedToSave)
            validateAll();
    });
    connect(m_expected, &QCheckBox::toggled, this, [this] {
        if (m_triedToSave)
            validateAll();
    });

    auto* scrollContent = new QWidget;
    scrollContent->setLayout(form);
    auto* scroll = new QScrollArea;
    scroll->setWidget(scrollContent);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto* buttons = makeSaveCancelButtons(this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll);
    layout->addWidget(buttons);
    resize(640, 680);
}

void PersonDialog::load(const Person& person, const FamilyMember& membership) {
    m_person = person;
    m_givenNames->setText(person.givenNames);
    m_familyName->setText(person.familyName);
    m_knownAs->setText(person.knownAs);
    m_dateOfBirth->setDate(person.dateOfBirth);
    m_expected->setChecked(person.dateOfBirthIsExpected);
    m_gender->setCode(person.gender);
    m_ethnicity->setCode(person.ethnicity);
    m_firstLanguage->setText(person.firstLanguage);
    m_line1->setText(person.address.line1);
    m_line2->setText(person.address.line2);
    m_town->setText(person.address.town);
    m_postcode->setText(person.address.postcode);
    m_phone->setText(person.phone);
    m_email->setText(person.email);
    m_socialCareNumber->setText(person.socialCareNumber);
    m_caseSystemNumber->setText(person.caseSystemNumber);
    m_nhsNumber->setText(person.nhsNumber);
    m_relationship->setCode(membership.relationship);
    m_parentalResponsibility->setChecked(membership.hasParentalResponsibility);
    m_livesInHousehold->setChecked(membership.livesInHousehold);
}

void PersonDialog::prefill(const QString& surname, const Address& address) {
    m_familyName->setText(surname);
    m_line1->setText(address.line1);
    m_line2->setText(address.line2);
    m_town->setText(address.town);
    m_postcode->setText(address.postcode);
}

Person PersonDialog::value() const {
    Person p = m_person;
    p.givenNames = m_givenNames->text().trimmed();
    p.familyName = m_familyName->text().trimmed();
    p.knownAs = m_knownAs->text().trimmed();
    p.dateOfBirth = m_dateOfBirth->date();
    p.dateOfBirthIsExpected = m_expected->isChecked();
    p.gender = m_gender->code();
    p.ethnicity = m_ethnicity->code();
    p.firstLanguage = m_firstLanguage->text().trimmed();
    p.address = {m_line1->text().trimmed(), m_line2->text().trimmed(), m_town->text().trimmed(),
                 m_postcode->text().trimmed().toUpper()};
    p.phone = m_phone->text().trimmed();
    p.email = m_email->text().trimmed();
    p.socialCareNumber = m_socialCareNumber->text().trimmed();
    p.caseSystemNumber = m_caseSystemNumber->text().trimmed();
    p.nhsNumber = m_nhsNumber->text().trimmed();
    return p;
}

FamilyMember PersonDialog::membership() const {
    return {m_person.id, m_relationship->code(), m_parentalResponsibility->isChecked(),
            m_livesInHousehold->isChecked()};
}

bool PersonDialog::validateAll() {
    ValidationIssues issues;
    // A typed date that is not a real date must be reported as typed, not as "missing".
    if (!m_dateOfBirth->isValidInput())
        issues << ValidationIssue{QStringLiteral("dateOfBirth"), m_dateOfBirth->inputProblem()};
    for (const ValidationIssue& issue : validatePerson(value(), m_db.today()))
        if (issue.field != QLatin1String("dateOfBirth") || m_dateOfBirth->isValidInput())
            issues << issue;
    if (m_relationship->code().isEmpty())
        issues << ValidationIssue{QStringLiteral("relationship"),
                                  tr("Choose how this person is related to the child(ren).")};
    return m_errors->show(issues, QStringLiteral("givenNames"));
}

bool PersonDialog::confirmNotDuplicate() {
    if (m_person.id != 0)
        return true; // editing an existing record
    const auto matches = PersonRepository(m_db).findPossibleDuplicates(value());
    if (matches.empty())
        return true;
    DuplicateDialog dialog(matches, this);
    dialog.exec();
    switch (dialog.choice()) {
    case DuplicateDialog::UseExisting:
        m_existingPersonId = dialog.chosenPersonId();
        return m_existingPersonId != 0;
    case DuplicateDialog::CreateNew:
        return true;
    case DuplicateDialog::GoBack:
        break;
    }
    return false;
}

void PersonDialog::accept() {
    m_triedToSave = true;
    m_existingPersonId = 0;
    if (!validateAll()) {
        if (QWidget* w = m_errors->firstFieldWithIssue())
            w->setFocus();
        return;
    }
    if (!confirmNotDuplicate())
        return;
    QDialog::accept();
}

} // namespace waymark
