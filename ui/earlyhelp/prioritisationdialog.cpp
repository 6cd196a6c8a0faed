#include "earlyhelp/prioritisationdialog.h"

#include "domain/vocabulary.h"
#include "earlyhelp/intakerepository.h"
#include "earlyhelp/prioritisation.h"
#include "lift/liftui.h"
#include "storage/database.h"
#include "storage/workerrepository.h"
#include "validation/dateinput.h"
#include "widgets/datefield.h"
#include "widgets/formerrors.h"
#include "widgets/savecancelbuttons.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace waymark {

PrioritisationDialog::PrioritisationDialog(Database& db, const Involvement& involvement, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_involvement(involvement)
    , m_outcome(new QComboBox)
    , m_details(new QLabel)
    , m_reminder(new QLabel)
    , m_date(new DateField)
    , m_note(new QPlainTextEdit)
    , m_worker(new QComboBox)
    , m_saveError(makeSaveErrorLabel()) {
    setWindowTitle(tr("Record prioritisation"));
    m_outcome->setObjectName(QStringLiteral("outcome"));
    m_outcome->addItem(tr("Choose the outcome..."), QString());
    for (const PrioritisationOutcome& o : prioritisationOutcomes()) {
        const QString code = QLatin1String(o.code);
        m_outcome->addItem(outcomeLabel(code), code);
        m_outcome->setItemData(
            m_outcome->count() - 1,
            tr("Priority: %1. Contact: %2.").arg(outcomePriority(code), outcomeTimescale(code)),
            Qt::ToolTipRole);
    }
    m_outcome->setMaxVisibleItems(17);
    m_details->setObjectName(QStringLiteral("outcomeDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setMinimumHeight(m_details->fontMetrics().lineSpacing() * 2 + 4);
    m_reminder->setObjectName(QStringLiteral("outcomeReminder"));
    m_reminder->setWordWrap(true);
    m_reminder->setStyleSheet(QStringLiteral("color: #b35c00;"));
    m_reminder->hide();
    m_date->setObjectName(QStringLiteral("prioritisedOn"));
    m_note->setObjectName(QStringLiteral("responseNote"));
    m_note->setTabChangesFocus(true);
    m_note->setMinimumHeight(110);
    m_note->setPlaceholderText(
        tr("The outcome, the type of response with its timescale and, where possible, the worker. For "
           "example:\n"
           "Case allocated for unassessed brief intervention. FSW to provide up to 6 weeks/sessions of "
           "behaviour support.\n"
           "Case allocated for intensive support. FSW to focus initially on supporting family out of "
           "temporary accommodation. Joint visit with Housing Officer to be undertaken within the next two "
           "weeks."));
    m_worker->setObjectName(QStringLiteral("proposedWorker"));
    m_worker->addItem(tr("Not named yet"), qint64(0));
    for (const Worker& w : WorkerRepository(db).all())
        if (w.active)
            m_worker->addItem(w.team.isEmpty() ? w.name : tr("%1 (%2)").arg(w.name, w.team), w.id);

    auto* intro = makeHintLabel(
        tr("%1, referred %2. The Team Leader / Senior FOW records the outcome of the risk and prioritisation "
           "template and the case note accepting the work.")
            .arg(vocab::service().label(involvement.service), formatUserDate(involvement.referralDate)),
        QStringLiteral("prioritisationIntro"));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_errors = new FormErrors(form, this);
    // The outcome with what it means under it, as one field: its priority and timescale follow the
    // choice.
    auto* outcomeCell = new QWidget;
    auto* outcomeBox = new QVBoxLayout(outcomeCell);
    outcomeBox->setContentsMargins(0, 0, 0, 0);
    outcomeBox->setSpacing(4);
    outcomeBox->addWidget(m_outcome);
    outcomeBox->addWidget(m_details);
    outcomeBox->addWidget(m_reminder);
    outcomeCell->setFocusProxy(m_outcome);
    m_errors->addRow(QStringLiteral("outcome"), tr("&Outcome"), outcomeCell);
    m_errors->addRow(QStringLiteral("prioritisedOn"), tr("&Date"), m_date);
    m_errors->addRow(QStringLiteral("responseNote"), tr("Acceptance &note"), m_note);
    m_errors->addRow(QStringLiteral("proposedWorkerId"), tr("&Worker proposed"), m_worker);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form, 1);
    layout->addWidget(m_saveError);
    layout->addWidget(makeSaveCancelButtons(this));

    connect(m_outcome, &QComboBox::currentIndexChanged, this, &PrioritisationDialog::showOutcome);
    m_intake.involvementId = involvement.id;
    m_intake.familyId = involvement.familyId;
    m_intake.prioritisedOn = db.today();
    m_intake.proposedWorkerId = involvement.allocatedWorkerId;
    load(m_intake);
    resize(720, sizeHint().height());
}

void PrioritisationDialog::load(const EhIntake& intake) {
    m_intake = intake;
    if (intake.id != 0)
        setWindowTitle(tr("Change prioritisation"));
    const int outcome = m_outcome->findData(intake.outcome);
    m_outcome->setCurrentIndex(outcome >= 0 ? outcome : 0);
    m_date->setDate(intake.prioritisedOn);
    m_note->setPlainText(intake.responseNote);
    const int worker = m_worker->findData(intake.proposedWorkerId);
    m_worker->setCurrentIndex(worker >= 0 ? worker : 0);
    showOutcome();
}

EhIntake PrioritisationDialog::value() const {
    EhIntake i = m_intake;
    i.outcome = m_outcome->currentData().toString();
    i.prioritisedOn = m_date->date();
    i.responseNote = m_note->toPlainText().trimmed();
    i.proposedWorkerId = m_worker->currentData().toLongLong();
    return i;
}

QString PrioritisationDialog::detailsText() const {
    return m_details->text();
}

QString PrioritisationDialog::reminderText() const {
    return m_reminder->isHidden() ? QString() : m_reminder->text();
}

void PrioritisationDialog::showOutcome() {
    const QString code = m_outcome->currentData().toString();
    if (code.isEmpty()) {
        m_details->setText(
            tr("Each outcome has its priority and the timescale for contact with the family."));
    } else {
        const PrioritisationOutcome* o = prioritisationOutcome(code);
        QString text =
            tr("<b>Priority:</b> %1 &nbsp; <b>Contact:</b> %2")
                .arg(outcomePriority(code).toHtmlEscaped(), outcomeTimescale(code).toHtmlEscaped());
        if (o && o->service)
            text += tr("<br><b>Intervention:</b> %1, %2")
                        .arg(vocab::service().label(QLatin1String(o->service)).toHtmlEscaped(),
                             interventionAllowance(QLatin1String(o->service)).toHtmlEscaped());
        m_details->setText(text);
    }
    const QStringList reminders = ehIntakeReminders(value(), m_involvement);
    m_reminder->setText(reminders.join(QLatin1Char('\n')));
    m_reminder->setVisible(!reminders.isEmpty());
}

void PrioritisationDialog::accept() {
    m_saveError->hide();
    ValidationIssues issues;
    if (!m_date->isValidInput())
        issues << ValidationIssue{QStringLiteral("prioritisedOn"), m_date->inputProblem()};
    EhIntake intake = value();
    if (issues.isEmpty())
        issues = validateEhIntake(intake, m_involvement, m_db.today());
    if (!m_errors->show(issues, QStringLiteral("outcome"))) {
        if (QWidget* w = m_errors->firstFieldWithIssue())
            w->setFocus();
        return;
    }
    if (Status s = EhIntakeRepository(m_db).saveIntake(intake); !s)
        return showSaveError(m_saveError, s.error());
    m_intake = intake;
    QDialog::accept();
}

} // namespace waymark
