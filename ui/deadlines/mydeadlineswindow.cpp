#include "deadlines/mydeadlineswindow.h"

#include "deadlines/deadlineservice.h"
#include "deadlines/deadlinestatus.h"
#include "deadlines/deadlinetable.h"
#include "storage/database.h"
#include "storage/workerrepository.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace waymark {

MyDeadlinesWindow::MyDeadlinesWindow(Database& db, DeadlineService& service, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_db(db)
    , m_service(service)
    , m_scope(new QComboBox)
    , m_summary(new QLabel)
    , m_table(new DeadlineTable(DeadlineTable::Layout::ForWorker)) {
    setObjectName(QStringLiteral("myDeadlines"));
    setWindowTitle(tr("My deadlines - Waymark"));
    m_scope->setObjectName(QStringLiteral("deadlineScope"));
    m_scope->addItem(tr("Mine"), QStringLiteral("me"));
    m_scope->addItem(tr("My team's"), QStringLiteral("team"));
    m_table->setObjectName(QStringLiteral("myDeadlinesTable"));
    m_summary->setObjectName(QStringLiteral("deadlineSummary"));
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Show:")));
    top->addWidget(m_scope);
    top->addWidget(m_summary, 1);
    auto* hint = new QLabel(
        tr("Enter or double-click opens the case. Hover a deadline for how its date was worked out."));
    hint->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(hint);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &MyDeadlinesWindow::refresh);
    connect(m_table, &QTreeWidget::itemActivated, this, [this] {
        if (const CaseDeadline* d = m_table->current())
            emit familyRequested(d->familyId);
    });
    resize(1000, 560);
}

void MyDeadlinesWindow::setCurrentWorker(qint64 workerId) {
    m_workerId = workerId;
    refresh();
}

void MyDeadlinesWindow::refresh() {
    std::vector<qint64> workers;
    if (m_workerId != 0) {
        workers.push_back(m_workerId);
        auto me = WorkerRepository(m_db).get(m_workerId);
        if (me && m_scope->currentData().toString() == QLatin1String("team") && !me->team.isEmpty())
            for (const Worker& w : WorkerRepository(m_db).all())
                if (w.team == me->team && w.id != m_workerId)
                    workers.push_back(w.id);
    }
    const QDateTime now = m_db.now().toLocalTime();
    std::vector<CaseDeadline> open;
    m_overdue = 0;
    if (!workers.empty()) {
        auto found = m_service.forWorkers(workers, When{now.date(), now.time()});
        if (!found) {
            m_summary->setText(found.error());
        } else {
            for (const CaseDeadline& d : found.value())
                if (!isDone(d.deadline)) {
                    m_overdue += d.deadline.status == DeadlineStatus::Overdue ? 1 : 0;
                    open.push_back(d);
                }
        }
    }
    const int total = int(open.size());
    m_table->setDeadlines(std::move(open), now.date(), true);
    if (m_workerId == 0)
        m_summary->setText(tr("Choose who you are (Working as) to see your deadlines."));
    else
        m_summary->setText(tr("Open deadlines: %1, of which overdue: %2").arg(total).arg(m_overdue));
}

} // namespace waymark
