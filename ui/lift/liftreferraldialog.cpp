#include "lift/liftreferraldialog.h"

#include "domain/vocabulary.h"
#include "lift/formcolumns.h"
#include "lift/liftrepository.h"
#include "lift/liftui.h"
#include "lift/liftvalidation.h"
#include "lift/liftvocabulary.h"
#include "storage/database.h"
#include "storage/familyrepository.h"
#include "storage/involvementrepository.h"
#include "storage/personrepository.h"
#include "storage/transaction.h"
#include "storage/workerrepository.h"
#include "validation/dateinput.h"
#include "validation/validators.h"
#include "widgets/datefield.h"
#include "widgets/savecancelbuttons.h"
#include "widgets/vocabularychecks.h"
#include "widgets/vocabularycombo.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace waymark {

namespace {

// Section 1 of the procedure, word for word, for the aim buttons' tooltips.
QString procedureWording(const QString& aim) {
    if (aim == QLatin1String("rehabilitation_home"))
        return LiftReferralDialog::tr("To work with birth families when children come into care for a short "
                                      "period and where rehabilitation home is the plan.");
    if (aim == QLatin1String("post_adoption"))
        return LiftReferralDialog::tr(
            "Support to the Post Adoption Team to help prevent adoption breakdown and "
            "a potential return to the care system for children.");
    if (aim == QLatin1String("foster_placement"))
        return LiftReferralDialog::tr("Support to our own foster carers from a LIFT mentor to prevent a "
                                      "placement breakdown where carers are struggling.");
    if (aim == QLatin1String("cin_prevent_care"))
        return LiftReferralDialog::tr(
            "Support to families where there is a CIN plan to help prevent the need "
            "for an admission to care.");
    return LiftReferralDialog::tr(
        "Support to birth families who are at breaking point and who have requested "
        "respite to help prevent further breakdown.");
}

} // namespace

LiftReferralDialog::LiftReferralDialog(Database& db, qint64 familyId, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_familyId(familyId)
    , m_summary(new QLabel)
    , m_missing(new QLabel)
    , m_referralDate(new DateField)
    , m_referralSource(new VocabularyCombo(vocab::referralSource(), tr("Not recorded")))
    , m_issues(new QPlainTextEdit)
    , m_aims(new QButtonGroup(this))
    , m_aimBox(new QWidget)
    , m_legalOrder(new VocabularyCombo(vocab::liftLegalOrder(), tr("Choose...")))
    , m_support(new VocabularyChecks(vocab::liftSupport(), 2))
    , m_locality(new QLineEdit)
    , m_decision(new VocabularyCombo(vocab::liftDecision(), QString()))
    , m_decisionReason(new QPlainTextEdit)
    , m_riskAssessedOn(new DateField)
    , m_ccsw(new QComboBox)
    , m_familyWishes(new QCheckBox(tr("The family has said they wish to take part (LIFT is voluntary)")))
    , m_saveError(makeSaveErrorLabel())
    , m_form(new FormColumns(2, this)) {
    setWindowTitle(tr("LIFT referral"));
    m_summary->setObjectName(QStringLiteral("familySummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_missing->setObjectName(QStringLiteral("missingDetails"));
    m_missing->setWordWrap(true);
    m_missing->setStyleSheet(QStringLiteral("color: #b35c00;"));
    m_referralDate->setObjectName(QStringLiteral("referralDate"));
    m_referralSource->setObjectName(QStringLiteral("referralSource"));
    m_issues->setObjectName(QStringLiteral("referralReason"));
    m_issues->setPlaceholderText(tr("Outline of the issues, as the referral gave them"));
    m_issues->setTabChangesFocus(true);
    m_issues->setFixedHeight(80);
    m_legalOrder->setObjectName(QStringLiteral("legalOrder"));
    m_support->setObjectName(QStringLiteral("supportNeeded"));
    m_locality->setObjectName(QStringLiteral("locality"));
    m_decision->setObjectName(QStringLiteral("decision"));
    m_decisionReason->setObjectName(QStringLiteral("decisionReason"));
    m_decisionReason->setPlaceholderText(tr("Why it is not appropriate (required for no further action)"));
    m_decisionReason->setTabChangesFocus(true);
    m_decisionReason->setFixedHeight(60);
    m_riskAssessedOn->setObjectName(QStringLiteral("riskAssessedOn"));
    m_ccsw->setObjectName(QStringLiteral("ccswWorker"));
    m_familyWishes->setObjectName(QStringLiteral("familyWishesToTakePart"));

    auto* aimLayout = new QVBoxLayout(m_aimBox);
    aimLayout->setContentsMargins(0, 0, 0, 0);
    aimLayout->setSpacing(2);
    for (const QString& code : vocab::liftAim().codes()) {
        auto* button = new QRadioButton(vocab::liftAim().label(code));
        button->setObjectName(QStringLiteral("aim_") + code);
        button->setToolTip(procedureWording(code));
        button->setProperty("code", code);
        m_aims->addButton(button);
        aimLayout->addWidget(button);
    }

    m_ccsw->addItem(tr("Not recorded"), qint64(0));
    for (const Worker& w : WorkerRepository(db).all())
        if (w.active)
            m_ccsw->addItem(w.team.isEmpty() ? w.name : tr("%1 (%2)").arg(w.name, w.team), w.id);

    m_form->addRow(0, QStringLiteral("referralDate"), tr("&Referral date"), m_referralDate);
    m_form->addRow(0, QStringLiteral("referralSource"), tr("Referred &by"), m_referralSource);
    m_form->addRow(0, QStringLiteral("referralReason"), tr("&Outline of the issues"), m_issues);
    m_form->addRow(0, QStringLiteral("aim"), tr("Project &aim"), m_aimBox);
    m_form->addRow(0, QStringLiteral("legalOrder"), tr("&Legal order"), m_legalOrder);
    m_form->addRow(1, QStringLiteral("supportNeeded"), tr("&Support needed"), m_support);
    m_form->addRow(1, QStringLiteral("locality"), tr("Locali&ty"), m_locality);
    m_form->addRow(1, QStringLiteral("decision"), tr("&Decision"), m_decision);
    m_form->addRow(1, QStringLiteral("decisionReason"), tr("Reaso&n"), m_decisionReason);
    m_form->addRow(1, QStringLiteral("riskAssessedOn"), tr("Risk assessed by the &CCSW on"),
                   m_riskAssessedOn);
    m_form->addRow(1, QStringLiteral("ccswWorkerId"), tr("Child's social &worker"), m_ccsw);
    m_form->addRow(1, QStringLiteral("familyWishesToTakePart"), tr("&Voluntary"), m_familyWishes);
    m_familyWishes->setText(tr("The family wishes to take part"));
    m_familyWishes->setToolTip(tr("LIFT is voluntary: the family must have said they want it."));

    auto* referralBox = makeFormGroup(tr("The referral"), m_form->layout(0));
    auto* decisionBox = makeFormGroup(tr("Support and decision"), m_form->layout(1));
    auto* columns = new QHBoxLayout;
    columns->addWidget(referralBox, 1);
    columns->addWidget(decisionBox, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_missing);
    layout->addLayout(columns, 1);
    layout->addWidget(m_saveError);
    layout->addWidget(makeSaveCancelButtons(this));

    connect(m_aims, &QButtonGroup::buttonToggled, this, &LiftReferralDialog::updateDependentFields);
    connect(m_decision, &QComboBox::currentIndexChanged, this, &LiftReferralDialog::updateDependentFields);

    Involvement fresh;
    fresh.familyId = familyId;
    fresh.service = QStringLiteral("lift_mentoring");
    fresh.status = QStringLiteral("referred");
    fresh.referralDate = db.today();
    m_involvement = fresh;
    m_referralDate->setDate(fresh.referralDate);
    m_decision->setCode(m_referral.decision);
    showFamilySummary();
    updateDependentFields();
    resize(960, sizeHint().height());
}

void LiftReferralDialog::load(const LiftReferral& r) {
    m_referral = r;
    if (auto inv = InvolvementRepository(m_db).get(r.involvementId))
        m_involvement = inv.value();
    setWindowTitle(tr("Edit LIFT referral"));
    m_referralDate->setDate(m_involvement.referralDate);
    m_referralSource->setCode(m_involvement.referralSource);
    m_issues->setPlainText(m_involvement.referralReason);
    for (QAbstractButton* b : m_aims->buttons())
        b->setChecked(b->property("code").toString() == r.aim);
    m_legalOrder->setCode(r.legalOrder);
    m_support->setCodes(r.supportNeeded);
    m_locality->setText(r.locality);
    m_decision->setCode(r.decision);
    m_decisionReason->setPlainText(r.decisionReason);
    m_riskAssessedOn->setDate(r.riskAssessedOn);
    const int ccsw = m_ccsw->findData(r.ccswWorkerId);
    m_ccsw->setCurrentIndex(ccsw >= 0 ? ccsw : 0);
    m_familyWishes->setChecked(r.familyWishesToTakePart);
    updateDependentFields();
}

// The procedure asks every referral for the child's name, date of birth, address and SU number.
// The family record holds them, so the form shows them and says what is missing, without blocking.
void LiftReferralDialog::showFamilySummary() {
    auto family = FamilyRepository(m_db).get(m_familyId);
    if (!family) {
        m_summary->setText(tr("The family's details could not be read."));
        m_missing->hide();
        return;
    }
    std::vector<qint64> ids;
    for (const FamilyMember& m : family->members)
        ids.push_back(m.personId);
    const std::vector<Person> people = PersonRepository(m_db).getMany(ids);
    QStringList children;
    bool anyChild = false, everyDob = true, anySu = false, anyAddress = !family->address.isEmpty();
    for (size_t i = 0; i < people.size() && i < family->members.size(); ++i) {
        const Person& p = people[i];
        anySu = anySu || !p.socialCareNumber.isEmpty();
        anyAddress = anyAddress || !p.address.isEmpty();
        if (family->members[i].relationship != QLatin1String("child"))
            continue;
        anyChild = true;
        everyDob = everyDob && p.dateOfBirth.isValid();
        QString line = p.displayName();
        if (p.dateOfBirth.isValid())
            line += tr(", born %1").arg(formatUserDate(p.dateOfBirth));
        if (!p.socialCareNumber.isEmpty())
            line += tr(", SU %1").arg(p.socialCareNumber);
        children << line;
    }
    QString address = family->address.singleLine();
    m_summary->setText(tr("<b>%1</b>: %2<br>Address: %3")
                           .arg(family->name.toHtmlEscaped(),
                                children.isEmpty() ? tr("no child recorded")
                                                   : children.join(QStringLiteral("; ")).toHtmlEscaped(),
                                address.isEmpty() ? tr("not recorded") : address.toHtmlEscaped()));
    QStringList missing;
    if (!anyChild || !everyDob)
        missing << tr("the child's date of birth");
    if (!anyAddress)
        missing << tr("the address");
    if (!anySu)
        missing << tr("the SU number (social care number)");
    if (missing.isEmpty()) {
        m_missing->clear();
        m_missing->hide();
    } else {
        m_missing->setText(tr("A LIFT referral should give the name, date of birth, address and SU number of "
                              "the child or family. Missing on the family record: %1. You can still save; "
                              "add them on the family record.")
                               .arg(missing.join(QStringLiteral(", "))));
        m_missing->show();
    }
}

QString LiftReferralDialog::missingDetailsWarning() const {
    return m_missing->isHidden() ? QString() : m_missing->text();
}

void LiftReferralDialog::updateDependentFields() {
    // Aim 2 works with adopters and special guardians: the order decides the support signposted.
    const bool postAdoption = referralValue().aim == QLatin1String("post_adoption");
    m_form->layout(0)->setRowVisible(m_legalOrder->parentWidget(), postAdoption);
    const QString decision = m_decision->code();
    m_decisionReason->setEnabled(decision != QLatin1String("pending"));
    if (postAdoption && isVisible() && layout()) {
        layout()->activate();
        if (sizeHint().height() > height())
            resize(width(), sizeHint().height());
    }
}

LiftReferral LiftReferralDialog::referralValue() const {
    LiftReferral r = m_referral;
    r.familyId = m_familyId;
    r.aim.clear();
    if (QAbstractButton* b = m_aims->checkedButton())
        r.aim = b->property("code").toString();
    r.legalOrder = r.aim == QLatin1String("post_adoption") ? m_legalOrder->code() : QString();
    r.supportNeeded = m_support->codes();
    r.locality = m_locality->text().trimmed();
    r.decision = m_decision->code();
    r.decisionReason =
        r.decision == QLatin1String("pending") ? QString() : m_decisionReason->toPlainText().trimmed();
    r.riskAssessedOn = m_riskAssessedOn->date();
    r.ccswWorkerId = m_ccsw->currentData().toLongLong();
    r.familyWishesToTakePart = m_familyWishes->isChecked();
    return r;
}

Involvement LiftReferralDialog::involvementValue() const {
    Involvement inv = m_involvement;
    inv.referralDate = m_referralDate->date();
    inv.referralSource = m_referralSource->code();
    inv.referralReason = m_issues->toPlainText().trimmed();
    return inv;
}

Status LiftReferralDialog::save(LiftReferral& r, Involvement& inv) {
    LiftRepository lift(m_db);
    if (r.id == 0)
        return lift.startReferral(inv, r);
    // The referral's own details live on the involvement: both change together or not at all.
    Transaction tx(m_db);
    if (!tx.isActive())
        return Status::failure(tx.beginError());
    if (!(inv == m_involvement))
        if (Status s = InvolvementRepository(m_db).save(inv); !s)
            return s;
    if (Status s = lift.saveReferral(r); !s)
        return s;
    return tx.commit();
}

void LiftReferralDialog::accept() {
    m_saveError->hide();
    ValidationIssues issues;
    for (auto [key, field] : {std::pair{QStringLiteral("referralDate"), m_referralDate},
                              std::pair{QStringLiteral("riskAssessedOn"), m_riskAssessedOn}})
        if (!field->isValidInput())
            issues << ValidationIssue{key, field->inputProblem()};
    LiftReferral r = referralValue();
    Involvement inv = involvementValue();
    if (issues.isEmpty()) {
        issues = validateInvolvement(inv, m_db.today());
        issues << validateLiftReferral(r, m_db.today());
    }
    if (!m_form->show(issues, QStringLiteral("aim"))) {
        if (QWidget* w = m_form->firstFieldWithIssue())
            w->setFocus();
        return;
    }
    if (Status s = save(r, inv); !s)
        return showSaveError(m_saveError, s.error());
    m_referral = r;
    m_involvement = inv;
    QDialog::accept();
}

} // namespace waymark
