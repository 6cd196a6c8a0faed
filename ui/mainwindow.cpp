#include "mainwindow.h"

#include "access/accesspolicy.h"
#include "admin/administrationwindow.h"
#include "caselist/caselistpanel.h"
#include "deadlines/deadlineservice.h"
#include "deadlines/localrules.h"
#include "deadlines/mydeadlineswindow.h"
#include "dialogs/familydialog.h"
#include "dialogs/workerdialog.h"
#include "family/familyview.h"
#include "family/noteeditor.h"
#include "folder/familyfolderwidget.h"
#include "lift/liftwindow.h"
#include "maintenance/backups.h"
#include "referrals/referralinboxwindow.h"
#include "search/recordsearchwindow.h"
#include "security/accesshistorydialog.h"
#include "security/accountsdialog.h"
#include "security/idlemonitor.h"
#include "security/lockscreen.h"
#include "security/vault.h"
#include "storage/database.h"
#include "storage/familyrepository.h"
#include "storage/workerrepository.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
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

MainWindow::MainWindow(std::shared_ptr<Database> db, std::shared_ptr<Vault> vault, QWidget* parent)
    : QMainWindow(parent)
    , m_db(std::move(db))
    , m_vault(std::move(vault))
    , m_caseList(new CaseListPanel(*m_db))
    , m_familyView(new FamilyView(*m_db))
    , m_stack(new QStackedWidget)
    , m_screens(new QStackedWidget)
    , m_records(new QWidget)
    , m_lockScreen(nullptr)
    , m_idle(nullptr)
    , m_signedInAs(new QLabel)
    , m_announcement(new QLabel) {
    setObjectName(QStringLiteral("mainWindow"));
    const QString file = QFileInfo(m_db->path()).fileName();
    setWindowTitle(m_db->isDemo() ? tr("Waymark - %1 - DEMO: fictional families only").arg(file)
                                  : tr("Waymark - %1").arg(file));

    m_placeholder =
        new QLabel(tr("Choose a family from the list, or create one with New family (Ctrl+Shift+N)."));
    m_placeholder->setObjectName(QStringLiteral("placeholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_stack->addWidget(m_placeholder);
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
    auto* centralLayout = new QVBoxLayout(m_records);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->addWidget(m_announcement);
    centralLayout->addWidget(split, 1);
    const Account* account = m_db->account();
    m_lockScreen = new LockScreen(m_vault, account ? account->username : QString(),
                                  account ? account->displayName : QString());
    connect(m_lockScreen, &LockScreen::unlocked, this, &MainWindow::unlock);
    connect(m_lockScreen, &LockScreen::quitRequested, this, &MainWindow::close);
    m_screens->addWidget(m_records);
    m_screens->addWidget(m_lockScreen);
    setCentralWidget(m_screens);
    // Locks after the idle time set in the settings (minutes; 0 = never) and after sleep.
    m_idle = new IdleMonitor(QSettings().value(QStringLiteral("security/idleMinutes"), 10).toInt(), this);
    connect(m_idle, &IdleMonitor::lockRequested, this, [this](const QString& reason) { lockNow(reason); });

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

    connect(m_caseList, &CaseListPanel::familySelected, this, &MainWindow::openFamily);
    connect(m_familyView, &FamilyView::familyChanged, m_caseList, &CaseListPanel::refresh);

    const QSettings settings;
    reloadAccount();
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

void MainWindow::showLift() {
    if (!m_liftWindow) {
        m_liftWindow = new LiftWindow(*m_db, this);
        connect(m_liftWindow, &LiftWindow::familyRequested, this, &MainWindow::openFamilyById);
    } else {
        m_liftWindow->refresh();
    }
    m_liftWindow->show();
    m_liftWindow->raise();
    m_liftWindow->activateWindow();
}

void MainWindow::showRecordSearch() {
    if (!m_recordSearch) {
        m_recordSearch = new RecordSearchWindow(*m_db, this);
        connect(m_recordSearch, &RecordSearchWindow::familyRequested, this, &MainWindow::openFamilyById);
        connect(m_recordSearch, &RecordSearchWindow::noteRequested, this, [this](qint64 familyId, qint64) {
            openFamilyById(familyId);
            if (m_familyView->familyId() == familyId)
                m_familyView->showTab(FamilyView::ChronologyTab);
        });
        connect(m_recordSearch, &RecordSearchWindow::documentRequested, this,
                [this](qint64 familyId, qint64 documentId) {
                    openFamilyById(familyId);
                    if (m_familyView->familyId() != familyId)
                        return;
                    m_familyView->showTab(FamilyView::DocumentsTab);
                    m_familyView->folder()->selectDocument(documentId);
                });
    }
    m_recordSearch->show();
    m_recordSearch->raise();
    m_recordSearch->activateWindow();
    m_recordSearch->queryField()->setFocus();
}

void MainWindow::showReferralInbox() {
    if (!m_referralInbox) {
        m_referralInbox = new ReferralInboxWindow(*m_db, this);
        connect(m_referralInbox, &ReferralInboxWindow::familyCreated, this, [this](qint64 familyId) {
            m_caseList->refresh();
            openFamilyById(familyId);
        });
    } else {
        m_referralInbox->refresh();
    }
    m_referralInbox->show();
    m_referralInbox->raise();
    m_referralInbox->activateWindow();
}

void MainWindow::showAdministration() {
    if (!m_adminWindow)
        m_adminWindow = new AdministrationWindow(m_db, m_vault, this);
    else
        m_adminWindow->refresh();
    m_adminWindow->show();
    m_adminWindow->raise();
    m_adminWindow->activateWindow();
}

void MainWindow::createActions() {
    auto* fileMenu = menuBar()->addMenu(tr("&File"));
    auto* familyMenu = menuBar()->addMenu(tr("F&amily"));
    auto* viewMenu = menuBar()->addMenu(tr("&View"));
    auto* staffMenu = menuBar()->addMenu(tr("&Staff"));
    auto* accountMenu = menuBar()->addMenu(tr("A&ccount"));

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
    m_accessHistoryAction =
        add(familyMenu, QStringLiteral("actionAccessHistory"), tr("&Who has seen this record..."),
            QKeySequence(), [this] { showAccessHistory(); });

    add(viewMenu, QStringLiteral("actionFind"), tr("&Find a family"), QKeySequence::Find,
        [this] { m_caseList->focusSearch(); });
    add(viewMenu, QStringLiteral("actionSearchRecord"), tr("&Search notes and documents..."),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), [this] { showRecordSearch(); });
    add(viewMenu, QStringLiteral("actionReferralEmails"), tr("&Referral emails..."), QKeySequence(),
        [this] { showReferralInbox(); });
    auto* myDeadlines = add(viewMenu, QStringLiteral("actionMyDeadlines"), tr("My &deadlines"),
                            QKeySequence(Qt::CTRL | Qt::Key_D), [this] { showMyDeadlines(); });
    auto* lift = m_liftAction = add(viewMenu, QStringLiteral("actionLift"), tr("&LIFT mentoring"),
                                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M), [this] { showLift(); });
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

    add(accountMenu, QStringLiteral("actionLock"), tr("&Lock Waymark"), QKeySequence(Qt::CTRL | Qt::Key_L),
        [this] { lockNow(tr("Locked by you.")); });
    add(accountMenu, QStringLiteral("actionChangePassword"), tr("Change my &password..."), QKeySequence(),
        [this] { changeMyPassword(); });
    add(accountMenu, QStringLiteral("actionBackUp"), tr("&Back up now"), QKeySequence(),
        [this] { backUpNow(); });
    m_accountsAction = add(accountMenu, QStringLiteral("actionAccounts"), tr("&Accounts..."), QKeySequence(),
                           [this] { manageAccounts(); });
    m_adminAction = add(accountMenu, QStringLiteral("actionAdministration"),
                        tr("Ad&ministration: backups, retention, subject access..."), QKeySequence(),
                        [this] { showAdministration(); });

    // Family actions wait until a family is open.
    m_familyActions = {addPerson, addService, writeNote, editFamily, m_accessHistoryAction};
    for (QAction* a : m_familyActions)
        a->setEnabled(false);

    toolbar->addAction(newFamily);
    toolbar->addAction(addPerson);
    toolbar->addAction(addService);
    toolbar->addAction(writeNote);
    toolbar->addSeparator();
    toolbar->addAction(myDeadlines);
    toolbar->addAction(lift);
    auto* spacer = new QWidget;
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar->addWidget(spacer);
    m_signedInAs->setObjectName(QStringLiteral("signedInAs"));
    toolbar->addWidget(m_signedInAs);
}

void MainWindow::reloadAccount() {
    const Account* account = m_db->account();
    m_workerId = account ? account->workerId : 0;
    m_signedInAs->setText(account
                              ? tr("Signed in: %1 (%2) ").arg(account->displayName, roleLabel(account->role))
                              : tr("Nobody is signed in "));
    if (m_accountsAction)
        m_accountsAction->setVisible(account && access::allowed(*account, access::Action::ManageAccounts));
    if (m_accessHistoryAction)
        m_accessHistoryAction->setVisible(account && access::allowed(*account, access::Action::SeeWhoViewed));
    if (m_adminAction)
        m_adminAction->setVisible(account && access::allowed(*account, access::Action::RetentionReview));
    if (m_liftAction)
        m_liftAction->setVisible(account && access::allowed(*account, access::Action::WorkWithCases));
    // An administrator sees no family records: say so rather than show an unexplained empty list.
    if (account && !access::allowed(*account, access::Action::WorkWithCases))
        m_placeholder->setText(tr("You are signed in as an administrator: you manage accounts (Account > "
                                  "Accounts...) and backups, but family records are only for the workers and "
                                  "managers whose cases they are."));
    m_lockScreen->setUser(account ? account->username : QString(),
                          account ? account->displayName : QString());
    m_familyView->setCurrentWorker(m_workerId);
    m_caseList->setCurrentWorker(m_workerId);
    if (m_myDeadlines)
        m_myDeadlines->setCurrentWorker(m_workerId);
    updateAnnouncement();
}

bool MainWindow::isLocked() const {
    return m_screens->currentWidget() == m_lockScreen;
}

void MainWindow::lockNow(const QString& reason) {
    if (isLocked())
        return;
    // A half-written note is kept as a draft; nothing of the records stays on screen.
    m_familyView->noteEditor()->flushDraft();
    m_hiddenWhileLocked.clear();
    for (QWidget* w : QApplication::topLevelWidgets())
        if (w != this && w->isVisible()) {
            m_hiddenWhileLocked << w;
            w->hide();
        }
    menuBar()->setEnabled(false);
    for (QToolBar* bar : findChildren<QToolBar*>())
        bar->setEnabled(false);
    m_idle->setEnabled(false);
    m_screens->setCurrentWidget(m_lockScreen);
    m_lockScreen->lock(reason);
}

void MainWindow::unlock() {
    m_screens->setCurrentWidget(m_records);
    menuBar()->setEnabled(true);
    for (QToolBar* bar : findChildren<QToolBar*>())
        bar->setEnabled(true);
    for (QWidget* w : std::as_const(m_hiddenWhileLocked))
        if (w)
            w->show();
    m_hiddenWhileLocked.clear();
    m_idle->setEnabled(true);
}

void MainWindow::showAccessHistory() {
    const qint64 familyId = m_familyView->familyId();
    if (familyId == 0)
        return;
    if (Status s = access::require(*m_db, access::Action::SeeWhoViewed); !s) {
        QMessageBox::warning(this, tr("Who has seen this record"), s.error());
        return;
    }
    AccessHistoryDialog dialog(*m_db, familyId, m_familyView->familyName(), this);
    dialog.exec();
}

void MainWindow::manageAccounts() {
    if (!m_vault)
        return;
    if (Status s = access::require(*m_db, access::Action::ManageAccounts); !s) {
        QMessageBox::warning(this, tr("Accounts"), s.error());
        return;
    }
    AccountsDialog dialog(*m_db, *m_vault, this);
    dialog.exec();
}

void MainWindow::changeMyPassword() {
    const Account* account = m_db->account();
    if (!m_vault || !account)
        return;
    bool ok = false;
    const QString current = QInputDialog::getText(this, tr("Change my password"), tr("Current password:"),
                                                  QLineEdit::Password, QString(), &ok);
    if (!ok)
        return;
    if (Status s = m_vault->verifyPassword(account->username, current); !s) {
        QMessageBox::warning(this, tr("Change my password"), s.error());
        return;
    }
    const QString fresh =
        QInputDialog::getText(this, tr("Change my password"),
                              tr("New password (at least %1 characters):").arg(Vault::minimumPasswordLength),
                              QLineEdit::Password, QString(), &ok);
    if (!ok)
        return;
    const QString again = QInputDialog::getText(this, tr("Change my password"), tr("The same again:"),
                                                QLineEdit::Password, QString(), &ok);
    if (!ok)
        return;
    if (fresh != again) {
        QMessageBox::warning(this, tr("Change my password"),
                             tr("The two passwords are different; nothing changed."));
        return;
    }
    if (Status s = m_vault->setPassword(account->username, fresh); !s) {
        QMessageBox::warning(this, tr("Change my password"), s.error());
        return;
    }
    statusBar()->showMessage(tr("Your password is changed."), 8000);
}

void MainWindow::backUpNow() {
    if (!m_vault)
        return;
    const Account* account = m_db->account();
    SignedIn session{m_db, m_vault, account ? *account : Account()};
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto written = makeBackup(session);
    QApplication::restoreOverrideCursor();
    if (!written) {
        QMessageBox::warning(this, tr("Backup"), written.error());
        return;
    }
    statusBar()->showMessage(tr("Backed up to %1 (encrypted, checked).").arg(*written), 12000);
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
    if (Status s = access::requireFamily(*m_db, familyId); !s) {
        statusBar()->showMessage(s.error());
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
        }
    }
}

void MainWindow::closeEvent(QCloseEvent* event) {
    m_familyView->noteEditor()->flushDraft();
    QSettings().setValue(QStringLiteral("window/geometry"), saveGeometry());
    event->accept();
}

} // namespace waymark
