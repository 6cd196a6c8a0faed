#include "lift/liftmeetingdialog.h"

#include "lift/formcolumns.h"
#include "lift/liftrepository.h"
#include "lift/liftui.h"
#include "lift/liftvalidation.h"
#include "lift/liftvocabulary.h"
#include "storage/database.h"
#include "widgets/datefield.h"
#include "widgets/savecancelbuttons.h"
#include "widgets/vocabularychecks.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace waymark {

namespace {

QPlainTextEdit* textBox(const QString& name, const QString& placeholder, int height) {
    auto* edit = new QPlainTextEdit;
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(height);
    return edit;
}

// A field with a line of explanation under it, as one form cell.
QWidget* withHint(QWidget* field, QLabel* hint) {
    auto* cell = new QWidget;
    auto* box = new QVBoxLayout(cell);
    box->setContentsMargins(0, 0, 0, 0);
    box->setSpacing(2);
    box->addWidget(field);
    box->addWidget(hint);
    return cell;
}

} // namespace

LiftMeetingDialog::LiftMeetingDialog(Database& db, const LiftReferral& referral, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_referral(referral)
    , m_heldOn(new DateField)
    , m_place(new QLineEdit)
    , m_atHome(new QCheckBox(tr("At the &family home")))
    , m_attendees(new VocabularyChecks(vocab::liftAttendee(), 2))
    , m_support(new VocabularyChecks(vocab::liftSupport(), 2))
    , m_actionPlan(textBox(QStringLiteral("actionPlan"),
                           tr("Dates and times of involvement, so the family "
                              "and the mentor know what happens when"),
                           70))
    , m_boundaries(textBox(QStringLiteral("boundaries"),
                           tr("No more support than agreed; calls only to rearrange or cancel visits..."),
                           55))
    , m_progress(textBox(QStringLiteral("progress"), tr("How the plan has gone since the last meeting"), 55))
    , m_risksToMentor(textBox(QStringLiteral("risksToMentor"), tr("Going into the family home"), 45))
    , m_risksToChildren(textBox(QStringLiteral("risksToChildren"),
                                tr("Safer care if the child goes to the foster home"), 45))
    , m_riskActions(textBox(QStringLiteral("riskActions"), tr("What will be done about them"), 45))
    , m_mustNotify(new QCheckBox(tr("Foster children will be present during day respite")))
    , m_notifiedOn(new DateField)
    , m_hours(new QDoubleSpinBox)
    , m_hoursWarning(new QLabel)
    , m_hoursReason(textBox(QStringLiteral("hoursReason"), tr("Why more than 8 hours a week"), 40))
    , m_reviewDue(new DateField)
    , m_caseNote(new QCheckBox(tr("Case note added on LCS")))
    , m_notes(new QLabel)
    , m_saveError(makeSaveErrorLabel())
    , m_form(new FormColumns(2, this)) {
    m_heldOn->setObjectName(QStringLiteral("heldOn"));
    m_place->setObjectName(QStringLiteral("place"));
    m_place->setPlaceholderText(tr("Where the meeting was held"));
    m_atHome->setObjectName(QStringLiteral("atFamilyHome"));
    m_attendees->setObjectName(QStringLiteral("attendees"));
    m_support->setObjectName(QStringLiteral("supportAreas"));
    m_mustNotify->setObjectName(QStringLiteral("mustNotifyCcswIro"));
    m_notifiedOn->setObjectName(QStringLiteral("notifiedOn"));
    m_hours->setObjectName(QStringLiteral("hoursPerWeek"));
    m_hours->setRange(0, 40);
    m_hours->setDecimals(1);
    m_hours->setSingleStep(0.5);
    m_hours->setSuffix(tr(" hours a week"));
    m_hours->setSpecialValueText(tr("Not agreed yet"));
    m_hoursWarning->setObjectName(QStringLiteral("hoursWarning"));
    m_hoursWarning->setWordWrap(true);
    m_hoursWarning->setStyleSheet(QStringLiteral("color: #b35c00;"));
    m_hoursWarning->hide();
    m_reviewDue->setObjectName(QStringLiteral("reviewDue"));
    m_caseNote->setObjectName(QStringLiteral("caseNoteAdded"));
    m_notes->setObjectName(QStringLiteral("reminders"));
    m_notes->setWordWrap(true);

    auto* placeCell = new QWidget;
    auto* placeRow = new QHBoxLayout(placeCell);
    placeRow->setContentsMargins(0, 0, 0, 0);
    placeRow->addWidget(m_place, 1);
    placeRow->addWidget(m_atHome);
    auto* hoursCell = new QWidget;
    auto* hoursBox = new QVBoxLayout(hoursCell);
    hoursBox->setContentsMargins(0, 0, 0, 0);
    hoursBox->setSpacing(2);
    hoursBox->addWidget(m_hours);
    hoursBox->addWidget(m_hoursWarning);
    m_mustNotify->setToolTip(tr("The CCSWs and IROs of any children placed with the mentor must then be "
                                "notified."));

    m_form->addRow(0, QStringLiteral("heldOn"), tr("&Date"), m_heldOn);
    m_form->addRow(0, QStringLiteral("place"), tr("&Place"), placeCell);
    m_form->addRow(0, QStringLiteral("attendees"), tr("Who &attended"), m_attendees);
    m_form->addRow(0, QStringLiteral("supportAreas"), tr("Areas of &support"), m_support);
    m_form->addRow(0, QStringLiteral("actionPlan"), tr("Action p&lan"), m_actionPlan);
    m_form->addRow(0, QStringLiteral("boundaries"), tr("&Boundaries agreed"), m_boundaries);
    m_form->addRow(0, QStringLiteral("progress"), tr("Pro&gress"), m_progress);
    m_form->addRow(1, QStringLiteral("risksToMentor"), tr("Risks to the &mentor"), m_risksToMentor);
    m_form->addRow(1, QStringLiteral("risksToChildren"), tr("Risks to &children"), m_risksToChildren);
    m_form->addRow(1, QStringLiteral("riskActions"), tr("Ac&tions"), m_riskActions);
    m_form->addRow(
        1, QStringLiteral("mustNotifyCcswIro"), tr("Safer care"),
        withHint(m_mustNotify, makeHintLabel(tr("Then the CCSWs and IROs of the placed children must be "
                                                "notified."))));
    m_form->addRow(1, QStringLiteral("notifiedOn"), tr("CCSWs and IROs &notified on"), m_notifiedOn);
    m_form->addRow(1, QStringLiteral("hoursPerWeek"), tr("&Hours agreed"), hoursCell);
    m_form->addRow(1, QStringLiteral("hoursReason"), tr("Reason for the &hours"), m_hoursReason);
    m_form->addRow(1, QStringLiteral("reviewDue"), tr("&Review date"), m_reviewDue);
    m_form->addRow(
        1, QStringLiteral("caseNoteAdded"), tr("LCS"),
        withHint(m_caseNote, makeHintLabel(tr("Add a case note on LCS with the date and brief details of "
                                              "the meeting, after the agreement and after each review."))));

    auto* meetingBox = makeFormGroup(tr("The meeting and the plan"), m_form->layout(0));
    auto* risksBox = makeFormGroup(tr("Risks, hours and review"), m_form->layout(1));
    auto* columns = new QHBoxLayout;
    columns->addWidget(meetingBox, 1);
    columns->addWidget(risksBox, 1);

    auto* notesBox = new QGroupBox(tr("Before saving"));
    auto* notesLayout = new QVBoxLayout(notesBox);
    notesLayout->addWidget(m_notes);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(notesBox);
    layout->addWidget(m_saveError);
    layout->addWidget(makeSaveCancelButtons(this));

    connect(m_atHome, &QCheckBox::toggled, this, [this](bool home) {
        if (home && m_place->text().trimmed().isEmpty())
            m_place->setText(tr("Family home"));
        refresh();
    });
    connect(m_hours, &QDoubleSpinBox::valueChanged, this, &LiftMeetingDialog::refresh);
    connect(m_mustNotify, &QCheckBox::toggled, this, &LiftMeetingDialog::refresh);
    connect(m_notifiedOn, &QLineEdit::textChanged, this, &LiftMeetingDialog::refresh);
    connect(m_caseNote, &QCheckBox::toggled, this, &LiftMeetingDialog::refresh);
    connect(m_attendees, &VocabularyChecks::changed, this, &LiftMeetingDialog::refresh);

    startNew(QStringLiteral("agreement"));
    resize(1000, sizeHint().height());
}

void LiftMeetingDialog::startNew(const QString& kind, const std::optional<LiftMeeting>& latest) {
    LiftMeeting m;
    m.referralId = m_referral.id;
    m.familyId = m_referral.familyId;
    m.kind = kind;
    m.heldOn = m_db.today();
    m.place = tr("Family home");
    m.supportAreas = m_referral.supportNeeded;
    m.attendees = {QStringLiteral("family"), QStringLiteral("mentor"), QStringLiteral("ccsw"),
                   QStringLiteral("ssw")};
    if (kind == QLatin1String("review") && latest) {
        // A review records the same plan, updated: start from where the last meeting left it.
        m.place = latest->place;
        m.atFamilyHome = latest->atFamilyHome;
        m.attendees = latest->attendees;
        m.supportAreas = latest->supportAreas;
        m.actionPlan = latest->actionPlan;
        m.risksToMentor = latest->risksToMentor;
        m.risksToChildren = latest->risksToChildren;
        m.riskActions = latest->riskActions;
        m.mustNotifyCcswIro = latest->mustNotifyCcswIro;
        m.notifiedOn = latest->notifiedOn;
        m.boundaries = latest->boundaries;
        m.hoursPerWeek = latest->hoursPerWeek;
        m.hoursReason = latest->hoursReason;
    }
    m_meeting = m;
    fill(m);
    m_hours->setValue(m.hoursPerWeek); // 0: "Not agreed yet"
}

void LiftMeetingDialog::load(const LiftMeeting& m) {
    m_meeting = m;
    fill(m);
}

void LiftMeetingDialog::setKind(const QString& kind) {
    const bool review = kind == QLatin1String("review");
    setWindowTitle(vocab::liftMeetingKind().label(kind));
    m_form->layout(0)->setRowVisible(m_progress->parentWidget(), review);
}

void LiftMeetingDialog::fill(const LiftMeeting& m) {
    setKind(m.kind);
    m_heldOn->setDate(m.heldOn);
    m_place->setText(m.place);
    m_atHome->setChecked(m.atFamilyHome);
    m_attendees->setCodes(m.attendees);
    m_support->setCodes(m.supportAreas);
    m_actionPlan->setPlainText(m.actionPlan);
    m_boundaries->setPlainText(m.boundaries);
    m_progress->setPlainText(m.progress);
    m_risksToMentor->setPlainText(m.risksToMentor);
    m_risksToChildren->setPlainText(m.risksToChildren);
    m_riskActions->setPlainText(m.riskActions);
    m_mustNotify->setChecked(m.mustNotifyCcswIro);
    m_notifiedOn->setDate(m.notifiedOn);
    m_hours->setValue(m.hoursPerWeek);
    m_hoursReason->setPlainText(m.hoursReason);
    m_reviewDue->setDate(m.reviewDue);
    m_caseNote->setChecked(m.caseNoteAdded);
    refresh();
}

LiftMeeting LiftMeetingDialog::value() const {
    LiftMeeting m = m_meeting;
    m.heldOn = m_heldOn->date();
    m.place = m_place->text().trimmed();
    m.atFamilyHome = m_atHome->isChecked();
    m.attendees = m_attendees->codes();
    m.supportAreas = m_support->codes();
    m.actionPlan = m_actionPlan->toPlainText().trimmed();
    m.boundaries = m_boundaries->toPlainText().trimmed();
    m.progress = m.kind == QLatin1String("review") ? m_progress->toPlainText().trimmed() : QString();
    m.risksToMentor = m_risksToMentor->toPlainText().trimmed();
    m.risksToChildren = m_risksToChildren->toPlainText().trimmed();
    m.riskActions = m_riskActions->toPlainText().trimmed();
    m.mustNotifyCcswIro = m_mustNotify->isChecked();
    m.notifiedOn = m.mustNotifyCcswIro ? m_notifiedOn->date() : QDate();
    m.hoursPerWeek = m_hours->value();
    m.hoursReason = m_hoursReason->toPlainText().trimmed();
    m.reviewDue = m_reviewDue->date();
    m.caseNoteAdded = m_caseNote->isChecked();
    return m;
}

QString LiftMeetingDialog::hoursWarning() const {
    return m_hoursWarning->isHidden() ? QString() : m_hoursWarning->text();
}

QStringList LiftMeetingDialog::notes() const {
    return liftMeetingReminders(value());
}

// The live parts of the form: the 8-hour guide, the notification date and the reminders.
void LiftMeetingDialog::refresh() {
    const bool above = m_hours->value() > kLiftWeeklyHoursGuide;
    m_hoursWarning->setText(tr("Above the 8-hour guide: give the reason."));
    m_hoursWarning->setVisible(above);
    if (auto* label = qobject_cast<QLabel*>(m_form->layout(1)->labelForField(m_hoursReason->parentWidget())))
        label->setText(above ? tr("Reason for the &hours (required)") : tr("Reason for the &hours"));
    m_notifiedOn->setEnabled(m_mustNotify->isChecked());
    const QStringList reminders = notes();
    m_notes->setText(reminders.isEmpty()
                         ? tr("Nothing to remind you of.")
                         : QStringLiteral("\u2022 ") + reminders.join(QStringLiteral("\n\u2022 ")));
}

void LiftMeetingDialog::accept() {
    m_saveError->hide();
    ValidationIssues issues;
    for (auto [key, field] : {std::pair{QStringLiteral("heldOn"), m_heldOn},
                              std::pair{QStringLiteral("notifiedOn"), m_notifiedOn},
                              std::pair{QStringLiteral("reviewDue"), m_reviewDue}})
        if (!field->isValidInput())
            issues << ValidationIssue{key, field->inputProblem()};
    LiftMeeting m = value();
    if (issues.isEmpty())
        issues = validateLiftMeeting(m, m_db.today());
    if (!m_form->show(issues, QStringLiteral("heldOn"))) {
        if (QWidget* w = m_form->firstFieldWithIssue())
            w->setFocus();
        return;
    }
    if (Status s = LiftRepository(m_db).saveMeeting(m); !s)
        return showSaveError(m_saveError, s.error());
    m_meeting = m;
    QDialog::accept();
}

} // namespace waymark
