#include "earlyhelp/intakepage.h"

#include "access/accesspolicy.h"
#include "domain/vocabulary.h"
#include "earlyhelp/ehpageparts.h"
#include "earlyhelp/escalationdialog.h"
#include "earlyhelp/intakerepository.h"
#include "earlyhelp/prioritisation.h"
#include "earlyhelp/prioritisationdialog.h"
#include "lift/liftui.h"
#include "print/intakeprint.h"
#include "storage/database.h"
#include "storage/workerrepository.h"
#include "validation/dateinput.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace waymark {

namespace {

QLabel* valueLabel(const QString& objectName) {
    auto* label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

IntakePage::IntakePage(Database& db, QWidget* parent)
    : EarlyHelpPage(parent)
    , m_db(db)
    , m_outcome(valueLabel(QStringLiteral("intakeOutcome")))
    , m_timescale(valueLabel(QStringLiteral("intakeTimescale")))
    , m_decided(valueLabel(QStringLiteral("intakeDecided")))
    , m_worker(valueLabel(QStringLiteral("intakeWorker")))
    , m_note(valueLabel(QStringLiteral("intakeNote")))
    , m_reminder(valueLabel(QStringLiteral("intakeReminder")))
    , m_record(new QPushButton(tr("&Record prioritisation...")))
    , m_intervention(valueLabel(QStringLiteral("intervention")))
    , m_progress(new QProgressBar)
    , m_progressText(valueLabel(QStringLiteral("interventionProgress")))
    , m_escalate(new QPushButton(tr("E&scalate...")))
    , m_escalations(new QTableWidget(0, 5))
    , m_noEscalations(makeHintLabel(tr("No escalations: the work is the intervention it was allocated as."),
                                    QStringLiteral("noEscalations"))) {
    m_record->setObjectName(QStringLiteral("recordPrioritisation"));
    m_escalate->setObjectName(QStringLiteral("escalate"));
    m_print = makePageButton(QStringLiteral("printIntake"), tr("&Print PDF..."));
    m_printStatus = valueLabel(QStringLiteral("intakePrintStatus"));
    m_reminder->setStyleSheet(QStringLiteral("color: #b35c00;"));
    m_progress->setObjectName(QStringLiteral("interventionBar"));
    m_progress->setRange(0, 100);
    m_progress->setTextVisible(true);
    m_progress->setFixedWidth(280);
    m_escalations->setObjectName(QStringLiteral("escalations"));
    m_escalations->setHorizontalHeaderLabels(
        {tr("Decided"), tr("From"), tr("To"), tr("Manager"), tr("Manager's note")});
    m_escalations->verticalHeader()->hide();
    m_escalations->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_escalations->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_escalations->setWordWrap(false); // the whole note is in each cell's tooltip
    m_escalations->horizontalHeader()->setStretchLastSection(true);
    m_escalations->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_escalations->setMaximumHeight(220);

    auto* prioritisation = new QGroupBox(tr("Prioritisation"));
    auto* pForm = new QFormLayout;
    m_prioritisationForm = pForm;
    pForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    pForm->addRow(tr("Outcome:"), m_outcome);
    pForm->addRow(tr("Priority and contact:"), m_timescale);
    pForm->addRow(tr("Decided:"), m_decided);
    pForm->addRow(tr("Worker proposed:"), m_worker);
    pForm->addRow(tr("Acceptance note:"), m_note);
    auto* pButtons = new QHBoxLayout;
    pButtons->addWidget(m_reminder, 1);
    pButtons->addWidget(m_record, 0, Qt::AlignRight | Qt::AlignTop);
    auto* pLayout = new QVBoxLayout(prioritisation);
    pLayout->addLayout(pForm);
    pLayout->addLayout(pButtons);

    auto* intervention = new QGroupBox(tr("Intervention"));
    auto* iForm = new QFormLayout;
    iForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    iForm->addRow(tr("Type:"), m_intervention);
    auto* soFar = new QHBoxLayout;
    soFar->addWidget(m_progress);
    soFar->addWidget(m_progressText, 1);
    iForm->addRow(tr("So far:"), soFar);
    auto* iButtons = new QHBoxLayout;
    iButtons->addStretch(1);
    iButtons->addWidget(m_escalate);
    auto* iLayout = new QVBoxLayout(intervention);
    iLayout->addLayout(iForm);
    iLayout->addWidget(m_noEscalations);
    iLayout->addWidget(m_escalations);
    iLayout->addLayout(iButtons);

    auto* printRow = new QHBoxLayout;
    printRow->addWidget(m_printStatus, 1);
    printRow->addWidget(m_print);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(prioritisation);
    layout->addWidget(intervention);
    layout->addLayout(printRow);
    layout->addStretch(1);

    connect(m_record, &QPushButton::clicked, this, &IntakePage::recordPrioritisation);
    connect(m_escalate, &QPushButton::clicked, this, &IntakePage::escalate);
    connect(m_print, &QPushButton::clicked, this, [this] {
        const QString path =
            askPdfPath(this, QStringLiteral("intake-%1").arg(m_db.today().toString(Qt::ISODate)));
        if (!path.isEmpty())
            m_printStatus->setText(printedMessage(printTo(path), path));
    });
}

Status IntakePage::printTo(const QString& path) {
    return printIntake(m_db, m_involvement.id, path);
}

void IntakePage::showInvolvement(qint64 /*familyId*/, const Involvement& involvement) {
    m_involvement = involvement;
    const Account* account = m_db.account();
    const bool manager = account && access::allowed(*account, access::Action::SignOff);
    const bool early = interventionRank(involvement.service) != 0;

    QHash<qint64, QString> names;
    for (const Worker& w : WorkerRepository(m_db).all())
        names.insert(w.id, w.name);
    auto nameOf = [&names](qint64 id) {
        return id == 0 ? QString() : names.value(id, tr("worker %1").arg(id));
    };

    EhIntakeRepository repository(m_db);
    const std::optional<EhIntake> intake =
        early ? repository.intakeFor(involvement.id) : std::optional<EhIntake>();
    const std::vector<EhEscalation> escalations =
        early ? repository.escalationsFor(involvement.id) : std::vector<EhEscalation>();

    if (intake) {
        m_outcome->setText(outcomeLabel(intake->outcome));
        m_timescale->setText(
            tr("%1 priority; contact %2")
                .arg(outcomePriority(intake->outcome), outcomeTimescale(intake->outcome).left(1).toLower() +
                                                           outcomeTimescale(intake->outcome).mid(1)));
        const QString by = nameOf(intake->decidedByWorkerId);
        m_decided->setText(by.isEmpty() ? formatUserDate(intake->prioritisedOn)
                                        : tr("%1 by %2").arg(formatUserDate(intake->prioritisedOn), by));
        const QString worker = nameOf(intake->proposedWorkerId);
        m_worker->setText(worker.isEmpty() ? tr("Not named") : worker);
        m_note->setText(intake->responseNote);
    } else {
        m_outcome->setText(early ? tr("Not prioritised yet.") : QString());
        m_timescale->setText(early ? tr("The Team Leader / Senior FOW records the outcome of the risk and "
                                        "prioritisation template with the acceptance note.")
                                   : QString());
        m_decided->clear();
        m_worker->clear();
        m_note->clear();
    }
    for (QLabel* row : {m_decided, m_worker, m_note})
        m_prioritisationForm->setRowVisible(row, intake.has_value());
    const QStringList reminders = intake ? ehIntakeReminders(*intake, involvement) : QStringList();
    m_reminder->setText(reminders.join(QLatin1Char('\n')));
    m_reminder->setVisible(!reminders.isEmpty());

    m_record->setText(intake ? tr("Change &prioritisation...") : tr("&Record prioritisation..."));
    m_record->setEnabled(early && manager && involvement.isOpen());
    m_record->setToolTip(!manager ? tr("Only a team manager (Team Leader / Senior FOW) records the "
                                       "prioritisation and acceptance note.")
                         : !involvement.isOpen() ? tr("This work is closed.")
                                                 : QString());

    // The allowance runs from the latest move to the present intervention, or from the opening.
    QDate start = involvement.openedOn;
    QString from = tr("opened %1").arg(formatUserDate(involvement.openedOn));
    for (const EhEscalation& e : escalations)
        if (e.toService == involvement.service) {
            start = e.decidedOn;
            from = tr("escalated %1").arg(formatUserDate(e.decidedOn));
        }
    if (early) {
        m_intervention->setText(tr("<b>%1</b>: %2")
                                    .arg(vocab::service().label(involvement.service).toHtmlEscaped(),
                                         interventionAllowance(involvement.service).toHtmlEscaped()));
        const QDate today =
            involvement.isOpen() || !involvement.closedOn.isValid() ? m_db.today() : involvement.closedOn;
        const InterventionProgress p = interventionProgress(involvement.service, start, today);
        m_progress->setValue(std::clamp(p.percent, 0, 100));
        m_progress->setFormat(start.isValid() ? tr("%1% (%2)").arg(p.percent).arg(from) : tr("not opened"));
        m_progress->setStyleSheet(p.over ? QStringLiteral("QProgressBar::chunk { background: #d0342c; }")
                                         : QString());
        m_progressText->setText(p.words);
    } else {
        m_intervention->clear();
        m_progress->setValue(0);
        m_progress->setFormat(QString());
        m_progressText->clear();
    }

    const bool canEscalate = !escalationTargets(involvement.service).isEmpty();
    m_escalate->setEnabled(early && manager && involvement.isOpen() && canEscalate);
    m_escalate->setToolTip(
        !manager
            ? tr("Escalation is a manager's decision, recorded with their case note (guidance section 3). "
                 "Ask your team manager.")
        : !involvement.isOpen() ? tr("This work is closed.")
        : !canEscalate          ? tr("Intensive is the most intensive Early Help intervention.")
                       : tr("Move the work to a more intensive intervention, with the manager's note."));

    m_escalations->setRowCount(int(escalations.size()));
    for (int row = 0; row < int(escalations.size()); ++row) {
        const EhEscalation& e = escalations[size_t(row)];
        const QString cells[] = {formatUserDate(e.decidedOn), vocab::service().label(e.fromService),
                                 vocab::service().label(e.toService), nameOf(e.managerWorkerId), e.note};
        for (int column = 0; column < 5; ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            item->setToolTip(cells[column]);
            m_escalations->setItem(row, column, item);
        }
    }
    m_escalations->resizeColumnsToContents();
    m_escalations->setVisible(!escalations.empty());
    m_noEscalations->setVisible(escalations.empty());
}

void IntakePage::recordPrioritisation() {
    if (m_involvement.id == 0)
        return;
    PrioritisationDialog dialog(m_db, m_involvement, this);
    if (auto intake = EhIntakeRepository(m_db).intakeFor(m_involvement.id))
        dialog.load(*intake);
    if (dialog.exec() == QDialog::Accepted)
        emit changed();
}

void IntakePage::escalate() {
    if (m_involvement.id == 0)
        return;
    EscalationDialog dialog(m_db, m_involvement, this);
    if (dialog.exec() == QDialog::Accepted)
        emit changed();
}

} // namespace waymark
