#include "lift/liftclosuredialog.h"

#include "lift/liftrepository.h"
#include "lift/liftui.h"
#include "lift/liftvalidation.h"
#include "lift/liftvocabulary.h"
#include "storage/database.h"
#include "validation/dateinput.h"
#include "widgets/datefield.h"
#include "widgets/formerrors.h"
#include "widgets/savecancelbuttons.h"
#include "widgets/vocabularycombo.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace waymark {

LiftClosureDialog::LiftClosureDialog(Database& db, const LiftReferral& referral, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_referral(referral)
    , m_closedOn(new DateField)
    , m_aim(new VocabularyCombo(vocab::liftAim(), QString()))
    , m_achieved(new QRadioButton(tr("&Yes, the aim was achieved")))
    , m_notAchieved(new QRadioButton(tr("N&o, it was not")))
    , m_reason(new QPlainTextEdit)
    , m_length(new QLabel)
    , m_followUpDue(new QLabel)
    , m_careFollowUp(new VocabularyCombo(vocab::liftCareFollowUp(), QString()))
    , m_followUpOn(new DateField)
    , m_followUpNote(new QPlainTextEdit)
    , m_saveError(makeSaveErrorLabel()) {
    setWindowTitle(tr("LIFT closure summary"));
    m_closedOn->setObjectName(QStringLiteral("closedOn"));
    m_aim->setObjectName(QStringLiteral("aim"));
    m_achieved->setObjectName(QStringLiteral("achievedYes"));
    m_notAchieved->setObjectName(QStringLiteral("achievedNo"));
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setPlaceholderText(tr("Why the aim was or was not achieved"));
    m_reason->setTabChangesFocus(true);
    m_reason->setFixedHeight(70);
    m_length->setObjectName(QStringLiteral("lengthOfInvolvement"));
    m_followUpDue->setObjectName(QStringLiteral("followUpDue"));
    m_followUpDue->setWordWrap(true);
    m_careFollowUp->setObjectName(QStringLiteral("careFollowUp"));
    m_followUpOn->setObjectName(QStringLiteral("followUpOn"));
    m_followUpNote->setObjectName(QStringLiteral("followUpNote"));
    m_followUpNote->setTabChangesFocus(true);
    m_followUpNote->setFixedHeight(55);

    auto* group = new QButtonGroup(this);
    group->addButton(m_achieved);
    group->addButton(m_notAchieved);
    auto* achievedCell = new QWidget;
    auto* achievedRow = new QHBoxLayout(achievedCell);
    achievedRow->setContentsMargins(0, 0, 0, 0);
    achievedRow->addWidget(m_achieved);
    achievedRow->addWidget(m_notAchieved);
    achievedRow->addStretch();

    auto* form = new QFormLayout;
    m_errors = new FormErrors(form, this);
    m_errors->addRow(QStringLiteral("closedOn"), tr("&Closed on"), m_closedOn);
    m_errors->addRow(QStringLiteral("length"), tr("Length of involvement"), m_length);
    m_errors->addRow(QStringLiteral("aim"), tr("Project &aim worked to"), m_aim);
    m_errors->addRow(QStringLiteral("aimAchieved"), tr("Aim achieved?"), achievedCell);
    m_errors->addRow(QStringLiteral("reason"), tr("&Why"), m_reason);
    auto* summaryBox = new QGroupBox(tr("Closure summary"));
    summaryBox->setLayout(form);

    auto* followUpForm = new QFormLayout;
    auto* followUpErrors = new FormErrors(followUpForm, this);
    followUpErrors->addRow(QStringLiteral("followUpDue"), tr("Due"), m_followUpDue);
    followUpErrors->addRow(QStringLiteral("careFollowUp"), tr("In care a &year on?"), m_careFollowUp);
    followUpErrors->addRow(QStringLiteral("followUpOn"), tr("Checked &on"), m_followUpOn);
    followUpErrors->addRow(QStringLiteral("followUpNote"), tr("&Note"), m_followUpNote);
    auto* followUpBox = new QGroupBox(tr("One-year follow-up: did the child enter or return to care?"));
    followUpBox->setLayout(followUpForm);
    m_followUpErrors = followUpErrors;

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summaryBox);
    layout->addWidget(followUpBox);
    layout->addWidget(m_saveError);
    layout->addWidget(makeSaveCancelButtons(this));

    const std::vector<MentorLink> links = LiftRepository(db).linksForReferral(referral.id);
    if (!links.empty())
        m_firstLinked = links.front().linkedOn;
    connect(m_closedOn, &QLineEdit::textChanged, this, &LiftClosureDialog::refresh);
    connect(m_careFollowUp, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_careFollowUp->code().isEmpty() && m_followUpOn->text().isEmpty())
            m_followUpOn->setDate(m_db.today());
    });

    LiftClosure fresh;
    fresh.referralId = referral.id;
    fresh.familyId = referral.familyId;
    fresh.closedOn = db.today();
    fresh.aim = referral.aim;
    load(fresh);
    resize(600, sizeHint().height());
}

void LiftClosureDialog::load(const LiftClosure& c) {
    m_closure = c;
    m_closedOn->setDate(c.closedOn);
    m_aim->setCode(c.aim.isEmpty() ? m_referral.aim : c.aim);
    if (c.id != 0) {
        (c.aimAchieved ? m_achieved : m_notAchieved)->setChecked(true);
        setWindowTitle(tr("Edit LIFT closure summary"));
    }
    m_reason->setPlainText(c.reason);
    m_careFollowUp->setCode(c.careFollowUp);
    m_followUpOn->setDate(c.followUpOn);
    m_followUpNote->setPlainText(c.followUpNote);
    refresh();
}

LiftClosure LiftClosureDialog::value() const {
    LiftClosure c = m_closure;
    c.referralId = m_referral.id;
    c.closedOn = m_closedOn->date();
    c.aim = m_aim->code();
    c.aimAchieved = m_achieved->isChecked();
    c.reason = m_reason->toPlainText().trimmed();
    c.careFollowUp = followUpEnabled() ? m_careFollowUp->code() : m_closure.careFollowUp;
    c.followUpOn = c.careFollowUp.isEmpty() ? QDate() : m_followUpOn->date();
    c.followUpNote = m_followUpNote->toPlainText().trimmed();
    return c;
}

QString LiftClosureDialog::lengthText() const {
    return m_length->text();
}

QString LiftClosureDialog::followUpText() const {
    return m_followUpDue->text();
}

// The follow-up asks whether the child was in care within the year, so it can only be answered
// once the year is over; one already recorded stays editable.
bool LiftClosureDialog::followUpEnabled() const {
    const QDate closed = m_closedOn->date();
    return !m_closure.careFollowUp.isEmpty() || (closed.isValid() && closed.addYears(1) <= m_db.today());
}

void LiftClosureDialog::refresh() {
    const QDate closed = m_closedOn->date();
    if (!m_firstLinked.isValid()) {
        m_length->setText(tr("No mentor was linked."));
    } else if (!closed.isValid() || closed < m_firstLinked) {
        m_length->setText(tr("From the first link on %1").arg(formatUserDate(m_firstLinked)));
    } else {
        const qint64 days = m_firstLinked.daysTo(closed);
        m_length->setText(tr("%1 weeks %2 days (first mentor linked %3)")
                              .arg(days / 7)
                              .arg(days % 7)
                              .arg(formatUserDate(m_firstLinked)));
    }
    LiftClosure c;
    c.closedOn = closed;
    const QDate due = c.followUpDue();
    const bool enabled = followUpEnabled();
    if (!due.isValid())
        m_followUpDue->setText(tr("A year after the closure date."));
    else if (due > m_db.today())
        m_followUpDue->setText(
            tr("%1, a year after closure: it can be recorded from then.").arg(formatUserDate(due)));
    else
        m_followUpDue->setText(
            tr("%1: due now. Check whether the child entered or returned to care.").arg(formatUserDate(due)));
    m_careFollowUp->setEnabled(enabled);
    m_followUpOn->setEnabled(enabled);
    m_followUpNote->setEnabled(enabled);
}

void LiftClosureDialog::accept() {
    m_saveError->hide();
    ValidationIssues issues;
    for (auto [key, field] : {std::pair{QStringLiteral("closedOn"), m_closedOn},
                              std::pair{QStringLiteral("followUpOn"), m_followUpOn}})
        if (!field->isValidInput())
            issues << ValidationIssue{key, field->inputProblem()};
    const LiftClosure c = value();
    if (issues.isEmpty()) {
        if (!m_achieved->isChecked() && !m_notAchieved->isChecked())
            issues << ValidationIssue{QStringLiteral("aimAchieved"), tr("Say whether the aim was achieved.")};
        issues << validateLiftClosure(c, m_db.today());
    }
    ValidationIssues summary, followUp;
    for (const ValidationIssue& i : issues)
        (i.field.startsWith(QLatin1String("followUp")) || i.field == QLatin1String("careFollowUp") ? followUp
                                                                                                   : summary)
            << i;
    const bool summaryOk = m_errors->show(summary, QStringLiteral("closedOn"));
    const bool followUpOk = m_followUpErrors->show(followUp, QStringLiteral("careFollowUp"));
    if (!summaryOk || !followUpOk) {
        QWidget* w = m_errors->firstFieldWithIssue();
        if (!w)
            w = m_followUpErrors->firstFieldWithIssue();
        if (w)
            w->setFocus();
        return;
    }
    LiftClosure saved = c;
    if (Status s = LiftRepository(m_db).saveClosure(saved); !s)
        return showSaveError(m_saveError, s.error());
    m_closure = saved;
    QDialog::accept();
}

} // namespace waymark
