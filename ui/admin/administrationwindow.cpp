#include "admin/administrationwindow.h"

#include "access/signin.h"
#include "maintenance/backups.h"
#include "print/subjectaccessfiles.h"
#include "security/vault.h"
#include "storage/database.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace waymark {

namespace {

QLabel* wrapped(const QString& text) {
    auto* label = new QLabel(text);
    label->setWordWrap(true);
    return label;
}

} // namespace

AdministrationWindow::AdministrationWindow(std::shared_ptr<Database> db, std::shared_ptr<Vault> vault,
                                           QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_db(std::move(db))
    , m_vault(std::move(vault))
    , m_tabs(new QTabWidget)
    , m_status(new QLabel)
    , m_backups(new QTreeWidget)
    , m_years(new QSpinBox)
    , m_due(new QTreeWidget)
    , m_reason(new QLineEdit)
    , m_search(new QLineEdit)
    , m_subjects(new QTreeWidget)
    , m_folder(new QLineEdit) {
    setObjectName(QStringLiteral("administrationWindow"));
    setWindowTitle(tr("Administration - Waymark"));
    m_status->setObjectName(QStringLiteral("adminStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tabs->addTab(makeBackupsTab(), tr("&Backups"));
    m_tabs->addTab(makeRetentionTab(), tr("&Retention review"));
    m_tabs->addTab(makeSubjectAccessTab(), tr("&Subject access requests"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_status);
    resize(1000, 620);
    refresh();
}

QWidget* AdministrationWindow::makeBackupsTab() {
    m_backups->setObjectName(QStringLiteral("backupList"));
    m_backups->setHeaderLabels({tr("Backup"), tr("Made"), tr("Size")});
    m_backups->setRootIsDecorated(false);
    m_backups->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    auto* now = new QPushButton(tr("Back up &now"));
    now->setObjectName(QStringLiteral("backUpNow"));
    connect(now, &QPushButton::clicked, this, &AdministrationWindow::backUpNow);
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(
        wrapped(tr("Backups are encrypted copies, checked after writing, each with its key file. "
                   "They are kept in %1.")
                    .arg(QDir::toNativeSeparators(defaultBackupFolder(m_db->path())))));
    auto* row = new QHBoxLayout;
    row->addWidget(now);
    row->addStretch(1);
    layout->addLayout(row);
    layout->addWidget(m_backups, 1);
    layout->addWidget(
        wrapped(tr("To restore one: quit Waymark, start it again and choose \"Restore a backup...\" "
                   "on the sign-in window (or run waymark-cli restore). A restore needs the "
                   "database closed, and keeps the replaced file so it can be undone.")));
    return page;
}

QWidget* AdministrationWindow::makeRetentionTab() {
    m_years->setObjectName(QStringLiteral("retentionYears"));
    m_years->setRange(1, 100);
    m_years->setSuffix(tr(" years"));
    m_due->setObjectName(QStringLiteral("retentionList"));
    m_due->setHeaderLabels({tr("Family"), tr("Last service closed"), tr("Services"), tr("Notes")});
    m_due->setRootIsDecorated(false);
    m_due->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_reason->setObjectName(QStringLiteral("deletionReason"));
    m_reason->setPlaceholderText(
        tr("The retention schedule's entry, e.g. \"Early Help: 6 years after closure\""));
    auto* save = new QPushButton(tr("Save period"));
    save->setObjectName(QStringLiteral("saveRetention"));
    auto* remove = new QPushButton(tr("&Delete the family's records"));
    remove->setObjectName(QStringLiteral("deleteFamily"));
    connect(save, &QPushButton::clicked, this, &AdministrationWindow::saveRetentionYears);
    connect(remove, &QPushButton::clicked, this, &AdministrationWindow::deleteSelectedFamily);
    auto* period = new QHBoxLayout;
    period->addWidget(new QLabel(tr("Keep records after the last service closes for")));
    period->addWidget(m_years);
    period->addWidget(save);
    period->addStretch(1);
    auto* act = new QHBoxLayout;
    act->addWidget(new QLabel(tr("Reason")));
    act->addWidget(m_reason, 1);
    act->addWidget(remove);
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(period);
    layout->addWidget(m_due, 1);
    layout->addLayout(act);
    layout->addWidget(
        wrapped(tr("Deleting removes the family, its services, notes, events and extensions, and "
                   "people who belong to no other family, in one step. The audit trail keeps "
                   "counts, dates, who and why: never names.")));
    return page;
}

QWidget* AdministrationWindow::makeSubjectAccessTab() {
    m_search->setObjectName(QStringLiteral("subjectSearch"));
    m_search->setPlaceholderText(tr("Part of the person's name"));
    m_subjects->setObjectName(QStringLiteral("subjectList"));
    m_subjects->setHeaderLabels({tr("Person"), tr("Date of birth"), tr("Families"), tr("Record")});
    m_subjects->setRootIsDecorated(false);
    m_subjects->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_folder->setObjectName(QStringLiteral("reportFolder"));
    m_folder->setText(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    auto* find = new QPushButton(tr("&Find"));
    find->setObjectName(QStringLiteral("findSubjects"));
    auto* choose = new QPushButton(tr("Choose..."));
    auto* write = new QPushButton(tr("&Write the report (JSON and PDF)"));
    write->setObjectName(QStringLiteral("writeReport"));
    connect(find, &QPushButton::clicked, this, &AdministrationWindow::findSubjects);
    connect(m_search, &QLineEdit::returnPressed, this, &AdministrationWindow::findSubjects);
    connect(write, &QPushButton::clicked, this, &AdministrationWindow::writeReportForSelected);
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString folder =
            QFileDialog::getExistingDirectory(this, tr("Folder for the report"), m_folder->text());
        if (!folder.isEmpty())
            m_folder->setText(folder);
    });
    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(find);
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(new QLabel(tr("Write to")));
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(choose);
    folderRow->addWidget(write);
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(
        wrapped(tr("Everything held about one person: their record, families, services, the case "
                   "notes about them and who viewed them. Names of other people are marked for "
                   "you to review; nothing is redacted automatically. The files are not "
                   "encrypted: write them to encrypted storage.")));
    layout->addLayout(searchRow);
    layout->addWidget(m_subjects, 1);
    layout->addLayout(folderRow);
    return page;
}

void AdministrationWindow::refresh() {
    fillBackups();
    fillRetention();
}

void AdministrationWindow::fillBackups() {
    m_backups->clear();
    const QLocale locale;
    for (const QString& path : listBackups(m_db->path())) {
        const QFileInfo info(path);
        new QTreeWidgetItem(m_backups, {info.fileName(),
                                        info.lastModified().toString(QStringLiteral("dd/MM/yyyy HH:mm")),
                                        locale.formattedDataSize(info.size())});
    }
}

void AdministrationWindow::fillRetention() {
    m_years->setValue(retention::years(*m_db));
    m_due->clear();
    auto due = retention::due(*m_db, m_db->today());
    if (!due) {
        m_status->setText(due.error());
        return;
    }
    m_candidates = std::move(due).value();
    for (const retention::Candidate& c : m_candidates) {
        auto* item =
            new QTreeWidgetItem(m_due, {c.familyName, c.lastClosed.toString(QStringLiteral("dd/MM/yyyy")),
                                        QString::number(c.services), QString::number(c.notes)});
        item->setData(0, Qt::UserRole, c.familyId);
    }
}

bool AdministrationWindow::backUpNow() {
    if (!m_vault) {
        m_status->setText(tr("Backups need the key file, which this window was not given."));
        return false;
    }
    const Account* account = m_db->account();
    SignedIn session{m_db, m_vault, account ? *account : Account()};
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto written = makeBackup(session);
    QApplication::restoreOverrideCursor();
    if (!written) {
        m_status->setText(written.error());
        return false;
    }
    m_status->setText(tr("Backed up to %1 (encrypted, checked).").arg(QDir::toNativeSeparators(*written)));
    fillBackups();
    return true;
}

bool AdministrationWindow::saveRetentionYears() {
    const Status s = retention::setYears(*m_db, m_years->value());
    m_status->setText(
        s ? tr("Records are now kept %n year(s) after the last service closes.", nullptr, m_years->value())
          : s.error());
    if (s)
        fillRetention();
    return s.isOk();
}

bool AdministrationWindow::deleteSelectedFamily() {
    QTreeWidgetItem* item = m_due->currentItem();
    if (!item) {
        m_status->setText(tr("Choose the family to delete first."));
        return false;
    }
    if (m_reason->text().trimmed().isEmpty()) {
        m_status->setText(tr("Give the reason (the retention schedule's entry) before deleting."));
        m_reason->setFocus();
        return false;
    }
    const QString name = item->text(0);
    auto gone = retention::deleteFamily(*m_db, item->data(0, Qt::UserRole).toLongLong(),
                                        m_reason->text().trimmed(), m_db->today());
    if (!gone) {
        m_status->setText(gone.error());
        return false;
    }
    m_status->setText(tr("Deleted %1: %2 people, %3 services, %4 notes, %5 events.")
                          .arg(name)
                          .arg(gone->people)
                          .arg(gone->services)
                          .arg(gone->notes)
                          .arg(gone->events));
    fillRetention();
    return true;
}

bool AdministrationWindow::findSubjects() {
    m_subjects->clear();
    auto found = waymark::findSubjects(*m_db, m_search->text());
    if (!found) {
        m_status->setText(found.error());
        return false;
    }
    m_found = std::move(found).value();
    for (const SubjectCandidate& c : m_found) {
        auto* item =
            new QTreeWidgetItem(m_subjects, {c.name, c.dateOfBirth.toString(QStringLiteral("dd/MM/yyyy")),
                                             QString::number(c.families), QString::number(c.personId)});
        item->setData(0, Qt::UserRole, c.personId);
    }
    m_status->setText(m_found.empty() ? tr("Nobody found.")
                                      : tr("%n person(s) found.", nullptr, int(m_found.size())));
    if (!m_found.empty())
        m_subjects->setCurrentItem(m_subjects->topLevelItem(0));
    return !m_found.empty();
}

bool AdministrationWindow::writeReportForSelected() {
    QTreeWidgetItem* item = m_subjects->currentItem();
    if (!item) {
        m_status->setText(tr("Find and choose the person first."));
        return false;
    }
    auto report = subjectAccessReport(*m_db, item->data(0, Qt::UserRole).toLongLong());
    if (!report) {
        m_status->setText(report.error());
        return false;
    }
    const Account* account = m_db->account();
    auto written = writeSubjectAccessFiles(*report, m_folder->text().trimmed(),
                                           account ? account->displayName : QString());
    if (!written) {
        m_status->setText(written.error());
        return false;
    }
    m_status->setText(tr("Wrote %1.json and %1.pdf: %2 case notes, %n third-party name(s) marked for review.",
                         nullptr, int(report->thirdParties.size()))
                          .arg(QDir::toNativeSeparators(*written))
                          .arg(report->notes));
    return true;
}

} // namespace waymark
