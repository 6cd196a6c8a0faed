#include "mainwindow.h"

#include "caselist/caselistpanel.h"
#include "deadlines/deadlineservice.h"
#include "deadlines/localrules.h"
#include "deadlines/mydeadlineswindow.h"
#include "dialogs/familydialog.h"
#include "dialogs/workerdialog.h"
#include "family/familyview.h"
#include "family/noteeditor.h"
#include "storage/database.h"
#include "storage/familyrepository.h"
#include "storage/workerrepository.h"

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

namespace waymark {

MainWindow::MainWindow(std::shared_ptr<Database> db, QWidget* parent)
    : QMainWindow(parent)
    , m_db(std::move(db))
    , m_caseList(new CaseListPanel(*m_db))
    , m_familyView(new FamilyView(*m_db))
    , m_stack(new QStackedWidget)
    , m_workingAs(new QComboBox)
    , m_announcement(new QLabel) {
    setObjectName(QStringLiteral("mainWindow"));
    const QString file = QFileInfo(m_db->path()).fileName();
    setWindowTitle(m_db->isDemo() ? tr("Waymark - %1 - DEMO: fictional families only").arg(file)
                                  : tr("Waymark - %1").arg(file));

    auto* placeholder =
        new QLabel(tr("Choose a family from the list, or create one with New family (Ctrl+Shift+N)."));
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setWordWrap(true);
    m_stack->addWidget(placeholder);
    m_stack->addWidget(m_familyView);

    auto* split = new QSplitter;
    split->addWidget(m_caseList);
    split->addWidget(m_stack);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setSizes({640, 720});
    split->setChildrenCollapsible(false);
    // Overdue deadlines are announced at the top of the window when the worker is known.
    m_announcement->setObjectName(QStringLiteral("overdueAnnouncement"));
    m_announcement->setFrameShape(QFrame::StyledPanel);
    m_announcement->setMargin(6);
    m_announcement->setTextFormat(Qt::RichText);
    m_announcement->hide();
    connect(m_announcement, &QLabel::linkActivated, this, &MainWindow::showMyDeadlines);
    auto* central = new QWidget;
    auto* centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->addWidget(m_announcement);
    centralLayout->addWidget(split, 1);
    setCentralWidget(central);

    // The rules and calendar: built in, plus the authority's own files in the data folder.
    const QString dataFolder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (auto setup = loadDeadlineSetup(dataFolder)) {
        m_deadlineSetup = std::make_unique<DeadlineSetup>(std::move(setup).value());
        m_deadlineService =
            std::make_unique<DeadlineService>(*m_db, m_deadlineSetup->book, m_deadlineSetup->calendar);
        m_familyView->setDeadlineService(m_deadlineService.get());
        m_myDeadlines = new MyDeadlinesWindow(*m_db, *m_deadlineService, this);
        connect(m_myDeadlines, &MyDeadlinesWindow::familyRequested, this, &MainWindow::openFamilyById);
        connect(m_familyView, &FamilyView::familyChanged, this, &MainWindow::updateAnnouncement);
        for (const QString& problem : m_deadlineSetup->problems)
            qWarning("waymark: %s", qPrintable(problem)); // names a file, never a person
    }

    createActions();
    fillWorkers();

    connect(m_caseList, &CaseListPanel::familySelected, this, &MainWindow::openFamily);
    connect(m_familyView, &FamilyView::familyChanged, m_caseList, &CaseListPanel::refresh);

    const QSettings settings;
    setCurrentWorker(settings.value(workerSettingsKey()).toLongLong());
    resize(1360, 760);
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    if (m_db->isDemo()) {
        // Title bars can be hidden; the marker must be visible in the window itself too.
        auto* demo = new QLabel(tr(" DEMO: fictional families only. Do not record real families here. "));
        demo->setObjectName(QStringLiteral("demoMarker"));
        demo->setStyleSheet(QStringLiteral("background: #f6c343; color: #1a1a1a; font-weight: bold;"));
        statusBar()->addPermanentWidget(demo);
    }
    statusBar()->showMessage(tr("Families in %1: %2").arg(file).arg(FamilyRepository(*m_db).count()));
}

MainWindow::~MainWindow() = default;

QString MainWindow::overdueAnnouncement() const {
    return m_announcement->isVisible() ? m_announcement->text() : QString();
}

void MainWindow::updateAnnouncement() {
    if (!m_myDeadlines) {
        m_announcement->hide();
        return;
    }
    m_myDeadlines->refresh();
    const int overdue = m_myDeadlines->overdueCount();
    m_announcement->setText(
        tr("You have %1 overdue deadline(s). <a href=\"show\">Show my deadlines</a> (Ctrl+D)").arg(overdue));
    m_announcement->setVisible(overdue > 0);
}

void MainWindow::showMyDeadlines() {
    if (!m_myDeadlines) {
        QMessageBox::warning(this, tr("Deadlines"), tr("The deadline rules could not be loaded."));
        return;
    }
    m_myDeadlines->refresh();
    m_myDeadlines->show();
    m_myDeadlines->raise();
    m_myDeadlines->activateWindow();
}

void MainWindow::createActions() {
    auto* fileMenu = menuBar()->addMenu(tr("&File"));
    auto* familyMenu = menuBar()->addMenu(tr("F&amily"));
    auto* viewMenu = menuBar()->addMenu(tr("&View"));
    auto* staffMenu = menuBar()->addMenu(tr("&Staff"));

    auto* toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto add = [this](QMenu* menu, const QString& name, const QString& text, const QKeySequence& key,
                      auto slot) {
        auto* action = new QAction(text, this);
        action->setObjectName(name);
        action->setShortcut(key);
        menu->addAction(action);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };

    auto* newFamily = add(fileMenu, QStringLiteral("actionNewFamily"), tr("&New family..."),
                          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), [this] { this->newFamily(); });
    fileMenu->addSeparator();
    add(fileMenu, QStringLiteral("actionQuit"), tr("&Quit"), QKeySequence::Quit, [this] { close(); });

    auto* addPerson =
        add(familyMenu, QStringLiteral("actionAddPerson"), tr("Add &person..."),
            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), [this] { m_familyView->addMember(); });
    auto* addService =
        add(familyMenu, QStringLiteral("actionAddService"), tr("Add &service..."),
            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), [this] { m_familyView->addInvolvement(); });
    auto* writeNote = add(familyMenu, QStringLiteral("actionWriteNote"), tr("&Write note"), QKeySequence::New,
                          [this] { m_familyView->writeNote(); });
    auto* editFamily = add(familyMenu, QStringLiteral("actionEditFamily"), tr("&Edit family details..."),
                           QKeySequence(), [this] { m_familyView->editFamily(); });

    add(viewMenu, QStringLiteral("actionFind"), tr("&Find a family"), QKeySequence::Find,
        [this] { m_caseList->focusSearch(); });
    auto* myDeadlines = add(viewMenu, QStringLiteral("actionMyDeadlines"), tr("My &deadlines"),
                            QKeySequence(Qt::CTRL | Qt::Key_D), [this] { showMyDeadlines(); });
    add(viewMenu, QStringLiteral("actionOverview"), tr("&Overview"), QKeySequence(Qt::ALT | Qt::Key_1),
        [this] { m_familyView->showTab(FamilyView::OverviewTab); });
    add(viewMenu, QStringLiteral("actionDeadlinesTab"), tr("Family &deadlines"),
        QKeySequence(Qt::ALT | Qt::Key_2), [this] { m_familyView->showTab(FamilyView::DeadlinesTab); });
    add(viewMenu, QStringLiteral("actionChronology"), tr("&Chronology"), QKeySequence(Qt::ALT | Qt::Key_3),
        [this] { m_familyView->showTab(FamilyView::ChronologyTab); });
    add(viewMenu, QStringLiteral("actionNoteTab"), tr("&Note editor"), QKeySequence(Qt::ALT | Qt::Key_4),
        [this] { m_familyView->showTab(FamilyView::NoteTab); });

    add(staffMenu, QStringLiteral("actionAddWorker"), tr("&Add a worker..."), QKeySequence(),
        [this] { addWorker(); });

    // Family actions wait until a family is open.
    m_familyActions = {addPerson, addService, writeNote, editFamily};
    for (QAction* a : m_familyActions)
        a->setEnabled(false);

    toolbar->addAction(newFamily);
    toolbar->addAction(addPerson);
    toolbar->addAction(addService);
    toolbar->addAction(writeNote);
    toolbar->addSeparator();
    toolbar->addAction(myDeadlines);
    auto* spacer = new QWidget;
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar->addWidget(spacer);
    auto* workingAsLabel = new QLabel(tr("Working as: "));
    workingAsLabel->setBuddy(m_workingAs);
    toolbar->addWidget(workingAsLabel);
    m_workingAs->setObjectName(QStringLiteral("workingAs"));
    m_workingAs->setMinimumContentsLength(22);
    m_workingAs->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    toolbar->addWidget(m_workingAs);
    connect(m_workingAs, &QComboBox::activated, this, [this](int index) {
        const QVariant data = m_workingAs->itemData(index);
        if (data.toLongLong() < 0) {
            addWorker();
            return;
        }
        setCurrentWorker(data.toLongLong());
    });
}

QString MainWindow::workerSettingsKey() const {
    // Remembered per database file: a worker id means nothing in another file.
    const QByteArray hash = QCryptographicHash::hash(QFileInfo(m_db->path()).absoluteFilePath().toUtf8(),
                                                     QCryptographicHash::Sha1);
    return QStringLiteral("workingAs/%1").arg(QString::fromLatin1(hash.toHex().left(16)));
}

void MainWindow::fillWorkers() {
    const QSignalBlocker block(m_workingAs);
    m_workingAs->clear();
    m_workingAs->addItem(tr("(choose who you are)"), qint64(0));
    for (const Worker& w : WorkerRepository(*m_db).all())
        if (w.active)
            m_workingAs->addItem(w.team.isEmpty() ? w.name : tr("%1, %2").arg(w.name, w.team), w.id);
    m_workingAs->addItem(tr("Add a worker..."), qint64(-1));
    const int index = m_workingAs->findData(m_workerId);
    m_workingAs->setCurrentIndex(index >= 0 ? index : 0);
}

void MainWindow::setCurrentWorker(qint64 workerId) {
    if (workerId > 0 && !WorkerRepository(*m_db).get(workerId))
        workerId = 0;
    m_workerId = workerId;
    QSettings().setValue(workerSettingsKey(), workerId);
    const int index = m_workingAs->findData(workerId);
    m_workingAs->setCurrentIndex(index >= 0 ? index : 0);
    m_familyView->setCurrentWorker(workerId);
    m_caseList->setCurrentWorker(workerId);
    if (m_myDeadlines)
        m_myDeadlines->setCurrentWorker(workerId);
    updateAnnouncement();
}

void MainWindow::openFamily(qint64 familyId) {
    m_familyView->showFamily(familyId);
    m_stack->setCurrentWidget(m_familyView);
    for (QAction* a : m_familyActions)
        a->setEnabled(true);
}

void MainWindow::openFamilyById(qint64 familyId) {
    if (!FamilyRepository(*m_db).get(familyId)) {
        statusBar()->showMessage(tr("There is no family %1 in this database.").arg(familyId));
        return;
    }
    m_caseList->selectFamily(familyId);
    openFamily(familyId);
}

void MainWindow::newFamily() {
    FamilyDialog dialog(this);
    Family fresh;
    fresh.kinshipStatus = QStringLiteral("not_known");
    dialog.load(fresh);
    dialog.setWindowTitle(tr("New family"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    Family family = dialog.value();
    if (Status s = FamilyRepository(*m_db).save(family); !s) {
        QMessageBox::warning(this, tr("Not saved"), tr("Could not save the family.\n\n%1").arg(s.error()));
        return;
    }
    m_caseList->refresh();
    m_caseList->selectFamily(family.id);
    openFamily(family.id);
}

void MainWindow::addWorker() {
    WorkerDialog dialog(this);
    dialog.setWindowTitle(tr("Add a worker"));
    if (dialog.exec() == QDialog::Accepted) {
        Worker worker = dialog.value();
        if (Status s = WorkerRepository(*m_db).save(worker); !s) {
            QMessageBox::warning(this, tr("Not saved"), s.error());
        } else {
            fillWorkers();
            if (m_workerId == 0)
                setCurrentWorker(worker.id);
        }
    }
    fillWorkers();
}

void MainWindow::closeEvent(QCloseEvent* event) {
    m_familyView->noteEditor()->flushDraft();
    QSettings().setValue(QStringLiteral("window/geometry"), saveGeometry());
    event->accept();
}

} // namespace waymark
