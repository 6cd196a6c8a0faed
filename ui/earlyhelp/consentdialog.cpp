#include "earlyhelp/consentdialog.h"

#include "domain/vocabulary.h"
#include "earlyhelp/contactrepository.h"
#include "earlyhelp/contactvalidation.h"
#include "lift/liftui.h"
#include "storage/database.h"
#include "storage/personrepository.h"
#include "widgets/datefield.h"
#include "widgets/formerrors.h"
#include "widgets/savecancelbuttons.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace waymark {

ConsentDialog::ConsentDialog(Database& db, const Family& family, qint64 involvementId, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_family(family)
    , m_givenOn(new DateField)
    , m_givenBy(new QComboBox)
    , m_givenByName(new QLineEdit)
    , m_travel(new QCheckBox(tr("&Travel with the allocated worker or a member of the team")))
    , m_activities(new QCheckBox(tr("Take part in &activities during the intervention")))
    , m_photographs(new QCheckBox(tr("&Photographs or video of the children used by the council (brochures, "
                                     "leaflets, displays, the local press and website)")))
    , m_saveError(makeSaveErrorLabel()) {
    setWindowTitle(tr("Parental consent"));
    m_givenOn->setObjectName(QStringLiteral("givenOn"));
    m_givenBy->setObjectName(QStringLiteral("givenBy"));
    m_givenByName->setObjectName(QStringLiteral("givenByName"));
    m_givenByName->setPlaceholderText(tr("Name of the parent or guardian"));
    m_travel->setObjectName(QStringLiteral("travel"));
    m_activities->setObjectName(QStringLiteral("activities"));
    m_photographs->setObjectName(QStringLiteral("photographs"));

    // Who may give it: members with parental responsibility, then anyone else by name.
    std::vector<qint64> ids;
    for (const FamilyMember& m : family.members)
        ids.push_back(m.personId);
    const std::vector<Person> people = PersonRepository(db).getMany(ids);
    const auto personOf = [&](qint64 id) -> const Person* {
        for (const Person& p : people)
            if (p.id == id)
                return &p;
        return nullptr;
    };
    for (const FamilyMember& m : family.members)
        if (m.hasParentalResponsibility && m.relationship != QLatin1String("child"))
            if (const Person* p = personOf(m.personId))
                m_givenBy->addItem(
                    tr("%1 (%2)").arg(p->fullName(), vocab::relationship().label(m.relationship)), p->id);
    m_givenBy->addItem(tr("Someone else with parental responsibility (type the name)"), qint64(0));

    auto* whoCell = new QWidget;
    auto* whoBox = new QVBoxLayout(whoCell);
    whoBox->setContentsMargins(0, 0, 0, 0);
    whoBox->setSpacing(2);
    whoBox->addWidget(m_givenBy);
    whoBox->addWidget(m_givenByName);

    auto* form = new QFormLayout;
    m_errors = new FormErrors(form, this);
    m_errors->addRow(QStringLiteral("givenOn"), tr("&Date given"), m_givenOn);
    m_errors->addRow(QStringLiteral("givenByName"), tr("&Given by"), whoCell);

    auto* consentBox = new QGroupBox(tr("Consent"));
    auto* consentLayout = new QVBoxLayout(consentBox);
    consentLayout->addWidget(m_travel);
    consentLayout->addWidget(m_activities);
    consentLayout->addWidget(m_photographs);
    m_photographs->setToolTip(tr("Section 5 of the form: \"I do / do not give permission\"."));

    // One row per child of the family: health issues, allergies to medication, last tetanus.
    auto* childBox = new QGroupBox(tr("The children"));
    childBox->setObjectName(QStringLiteral("consentChildren"));
    auto* grid = new QGridLayout(childBox);
    grid->addWidget(new QLabel(tr("<b>Child</b>")), 0, 0);
    grid->addWidget(new QLabel(tr("<b>Significant health issues</b>")), 0, 1);
    grid->addWidget(new QLabel(tr("<b>Allergic to any medication</b>")), 0, 2);
    grid->addWidget(new QLabel(tr("<b>Last tetanus injection</b>")), 0, 3);
    int row = 1;
    for (const FamilyMember& m : family.members) {
        if (m.relationship != QLatin1String("child"))
            continue;
        const Person* p = personOf(m.personId);
        if (!p)
            continue;
        ChildRow r;
        r.personId = p->id;
        r.health = new QLineEdit;
        r.health->setObjectName(QStringLiteral("healthNotes_%1").arg(p->id));
        r.health->setPlaceholderText(tr("None"));
        r.allergies = new QLineEdit;
        r.allergies->setObjectName(QStringLiteral("allergies_%1").arg(p->id));
        r.allergies->setPlaceholderText(tr("None known"));
        r.tetanus = new QLineEdit;
        r.tetanus->setObjectName(QStringLiteral("tetanus_%1").arg(p->id));
        r.tetanus->setPlaceholderText(tr("e.g. June 2024, or not known"));
        auto* name = new QLabel(p->fullName());
        name->setBuddy(r.health);
        grid->addWidget(name, row, 0);
        grid->addWidget(r.health, row, 1);
        grid->addWidget(r.allergies, row, 2);
        grid->addWidget(r.tetanus, row, 3);
        m_children.push_back(r);
        ++row;
    }
    if (m_children.empty())
        grid->addWidget(makeHintLabel(tr("The family has no children recorded.")), 1, 0, 1, 4);
    grid->setColumnStretch(1, 3);
    grid->setColumnStretch(2, 2);
    grid->setColumnStretch(3, 2);

    auto* intro =
        makeHintLabel(tr("Completed at the first meeting with the parents, by a parent or guardian with "
                         "parental responsibility. Without it the children cannot travel with the team or "
                         "take part in activities."));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(consentBox);
    layout->addWidget(childBox);
    layout->addStretch(1);
    layout->addWidget(m_saveError);
    layout->addWidget(makeSaveCancelButtons(this));

    connect(m_givenBy, &QComboBox::currentIndexChanged, this, &ConsentDialog::givenByChanged);

    ParentalConsent c;
    c.familyId = family.id;
    c.involvementId = involvementId;
    c.givenOn = db.today();
    if (m_givenBy->count() > 1)
        c.givenByPersonId = m_givenBy->itemData(0).toLongLong();
    load(c);
    resize(820, sizeHint().height());
}

void ConsentDialog::load(const ParentalConsent& c) {
    m_consent = c;
    setWindowTitle(c.id == 0 ? tr("Record parental consent") : tr("Change parental consent"));
    m_givenOn->setDate(c.givenOn);
    int index = m_givenBy->findData(c.givenByPersonId);
    if (index < 0)
        index = m_givenBy->count() - 1; // someone else
    m_givenBy->setCurrentIndex(index);
    m_givenByName->setText(c.givenByPersonId == 0 ? c.givenByName : QString());
    givenByChanged();
    m_travel->setChecked(c.travel);
    m_activities->setChecked(c.activities);
    m_photographs->setChecked(c.photographs);
    for (ChildRow& r : m_children) {
        r.health->clear();
        r.allergies->clear();
        r.tetanus->clear();
        for (const ParentalConsentChild& child : c.children)
            if (child.personId == r.personId) {
                r.health->setText(child.healthNotes);
                r.allergies->setText(child.allergies);
                r.tetanus->setText(child.tetanus);
            }
    }
}

void ConsentDialog::givenByChanged() {
    const bool someoneElse = m_givenBy->currentData().toLongLong() == 0;
    m_givenByName->setVisible(someoneElse);
    m_errors->setIssue(QStringLiteral("givenByName"),
                       QString()); // a new choice: the old message no longer applies
    if (someoneElse)
        m_givenByName->setFocus();
}

ParentalConsent ConsentDialog::value() const {
    ParentalConsent c = m_consent;
    c.givenOn = m_givenOn->date();
    c.givenByPersonId = m_givenBy->currentData().toLongLong();
    c.givenByName = c.givenByPersonId == 0 ? m_givenByName->text().trimmed() : QString();
    c.travel = m_travel->isChecked();
    c.activities = m_activities->isChecked();
    c.photographs = m_photographs->isChecked();
    c.children.clear();
    for (const ChildRow& r : m_children)
        c.children.push_back({0, r.personId, r.health->text().trimmed(), r.allergies->text().trimmed(),
                              r.tetanus->text().trimmed()});
    return c;
}

void ConsentDialog::accept() {
    m_saveError->hide();
    ValidationIssues issues;
    if (!m_givenOn->isValidInput())
        issues << ValidationIssue{QStringLiteral("givenOn"), m_givenOn->inputProblem()};
    ParentalConsent c = value();
    if (issues.isEmpty())
        issues = validateParentalConsent(c, m_db.today());
    if (!m_errors->show(issues, QStringLiteral("givenOn"))) {
        if (QWidget* w = m_errors->firstFieldWithIssue())
            w->setFocus();
        return;
    }
    if (Status s = ConsentRepository(m_db).save(c); !s)
        return showSaveError(m_saveError, s.error());
    m_consent = c;
    QDialog::accept();
}

} // namespace waymark
