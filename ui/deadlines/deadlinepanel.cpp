#include "deadlines/deadlinepanel.h"

#include "deadlines/deadlineservice.h"
#include "deadlines/deadlinestatus.h"
#include "deadlines/deadlinetable.h"
#include "deadlines/extensiondialog.h"
#include "deadlines/recordeventdialog.h"
#include "deadlines/rule.h"
#include "domain/vocabulary.h"
#include "storage/database.h"
#include "storage/workerrepository.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace waymark {

DeadlinePanel::DeadlinePanel(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_showDone(new QCheckBox(tr("Show &met and done")))
    , m_table(new DeadlineTable(DeadlineTable::Layout::ForFamily))
    , m_detail(new QLabel)
    , m_record(new QPushButton(tr("&Record event...")))
    , m_extend(new QPushButton(tr("Grant e&xtension..."))) {
    m_table->setObjectName(QStringLiteral("familyDeadlines"));
    m_showDone->setObjectName(QStringLiteral("showDone"));
    m_record->setObjectName(QStringLiteral("recordEvent"));
    m_extend->setObjectName(QStringLiteral("grantExtension"));
    m_detail->setObjectName(QStringLiteral("deadlineExplanation"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setMinimumHeight(m_detail->fontMetrics().lineSpacing() * 3);
    m_extend->setToolTip(tr("Only a team manager can grant an extension."));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_record);
    buttons->addWidget(m_extend);
    buttons->addStretch();
    buttons->addWidget(m_showDone);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_detail);

    connect(m_showDone, &QCheckBox::toggled, this, &DeadlinePanel::refresh);
    connect(m_record, &QPushButton::clicked, this, &DeadlinePanel::recordEvent);
    connect(m_extend, &QPushButton::clicked, this, &DeadlinePanel::grantExtension);
    connect(m_table, &QTreeWidget::currentItemChanged, this, &DeadlinePanel::updateDetail);
    setCurrentWorker(0);
}

void DeadlinePanel::setCurrentWorker(qint64 workerId) {
    m_workerId = workerId;
    auto worker = WorkerRepository(m_db).get(workerId);
    m_workerIsManager = worker && worker->role == QLatin1String("team_manager");
    updateDetail();
}

void DeadlinePanel::showFamily(const Family& family, const std::vector<Person>& members,
                               const std::vector<Involvement>& involvements) {
    m_family = family;
    m_members = members;
    m_involvements = involvements;
    refresh();
}

void DeadlinePanel::refresh() {
    if (!m_service || m_family.id == 0)
        return;
    const QDateTime now = m_db.now().toLocalTime();
    auto found = m_service->forFamily(m_family.id, When{now.date(), now.time()});
    if (!found) {
        m_table->setDeadlines({}, now.date(), false);
        m_detail->setText(found.error());
        return;
    }
    std::vector<CaseDeadline> shown;
    for (const CaseDeadline& d : found.value())
        if (m_showDone->isChecked() || !isDone(d.deadline))
            shown.push_back(d);
    m_table->setDeadlines(std::move(shown), now.date(), false);
    if (m_table->topLevelItemCount() > 0)
        m_table->setCurrentItem(m_table->topLevelItem(0));
    updateDetail();
}

void DeadlinePanel::updateDetail() {
    const CaseDeadline* d = m_table->current();
    m_extend->setEnabled(d && m_workerIsManager && !isDone(d->deadline));
    if (!d) {
        m_detail->setText(
            m_table->deadlineCount() == 0
                ? tr("No deadlines are open. Record what has happened in the case (a referral, a "
                     "visit, a plan) and the timescales that follow from it appear here.")
                : QString());
        return;
    }
    QString text = d->explanation;
    QStringList facts;
    if (!d->service.isEmpty())
        facts << vocab::service().label(d->service);
    if (d->deadline.rule && !d->deadline.rule->leadRole.isEmpty())
        facts << tr("Lead: %1").arg(d->deadline.rule->leadRole);
    facts << tr("Allocated: %1")
                 .arg(d->allocatedWorkerName.isEmpty() ? tr("nobody yet") : d->allocatedWorkerName);
    text += QLatin1Char('\n') + facts.join(QStringLiteral("  \u00b7  "));
    if (d->deadline.rule && !d->deadline.rule->source.isEmpty())
        text += QLatin1Char('\n') + tr("Source: %1").arg(d->deadline.rule->source);
    m_detail->setText(text);
}

void DeadlinePanel::recordEvent() {
    if (!m_service || m_family.id == 0)
        return;
    std::vector<std::pair<qint64, QString>> children;
    for (size_t i = 0; i < m_members.size() && i < m_family.members.size(); ++i)
        if (m_family.members[i].relationship == QLatin1String("child"))
            children.push_back({m_members[i].id, m_members[i].displayName()});
    RecordEventDialog dialog(m_service->ruleBook(), m_involvements, children, m_db.today(), this);
    while (dialog.exec() == QDialog::Accepted) {
        RecordedEvent event = dialog.value();
        event.familyId = m_family.id;
        event.recordedByWorkerId = m_workerId;
        if (Status s = m_service->recordEvent(event); !s) {
            dialog.showError(s.error()); // keep what was typed; let the worker correct it
            continue;
        }
        refresh();
        emit changed();
        return;
    }
}

void DeadlinePanel::grantExtension() {
    const CaseDeadline* d = m_table->current();
    if (!m_service || !d || !d->deadline.rule)
        return;
    ExtensionDialog dialog(d->deadline.rule->title, d->deadline.due, this);
    while (dialog.exec() == QDialog::Accepted) {
        RecordedExtension x;
        x.familyId = d->familyId;
        x.involvementId = d->involvementId;
        x.personId = d->personId;
        x.ruleId = d->deadline.rule->id;
        x.originalDue = d->deadline.originalDue.date;
        x.newDue = dialog.newDue();
        x.reason = dialog.reason();
        x.grantedByWorkerId = m_workerId;
        if (Status s = m_service->grantExtension(x); !s) {
            dialog.showError(s.error());
            continue;
        }
        refresh();
        emit changed();
        return;
    }
}

} // namespace waymark
