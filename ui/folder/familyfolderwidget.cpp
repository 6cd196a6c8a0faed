#include "folder/familyfolderwidget.h"

#include "documents/documentrepository.h"
#include "documents/documenttypes.h"
#include "domain/vocabulary.h"
#include "filing/documentfile.h"
#include "folder/documentdialog.h"
#include "folder/documentpreview.h"
#include "storage/database.h"
#include "validation/dateinput.h"
#include "widgets/recordtable.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUrl>
#include <QVBoxLayout>

namespace waymark {

namespace {

enum Column { TitleColumn, TypeColumn, DateColumn, AboutColumn, AddedColumn, SizeColumn, SourceColumn };

QString sourceLabel(const QString& source) {
    if (source == QLatin1String(documents::sourcePrinted))
        return FamilyFolderWidget::tr("Printed by Waymark");
    if (source == QLatin1String(documents::sourceFolder))
        return FamilyFolderWidget::tr("Moved in from the shared drive");
    if (source == QLatin1String(documents::sourceEmail))
        return FamilyFolderWidget::tr("Referral email");
    return FamilyFolderWidget::tr("Added");
}

// Copies handed to another program leave the encrypted file; they live in one private folder
// (readable by this user only) that is deleted when Waymark closes.
QTemporaryDir& viewerCopies() {
    static QTemporaryDir* dir = [] {
        auto* d = new QTemporaryDir(QDir::tempPath() + QStringLiteral("/waymark-open-XXXXXX"));
        QObject::connect(qApp, &QCoreApplication::aboutToQuit, [d] { d->remove(); });
        return d;
    }();
    return *dir;
}

// A file name safe to write anywhere: no folders, no control characters.
QString safeFileName(const QString& name) {
    QString out;
    for (QChar c : name)
        out += (c.isPrint() && c != QLatin1Char('/') && c != QLatin1Char('\\')) ? c : QLatin1Char('_');
    out = out.trimmed();
    return out.isEmpty() || out.startsWith(QLatin1Char('.')) ? QStringLiteral("document") + out : out;
}

} // namespace

FamilyFolderWidget::FamilyFolderWidget(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_table(
          makeRecordTable(QStringLiteral("documentTable"), {tr("Title"), tr("Type"), tr("Date"), tr("About"),
                                                            tr("Added"), tr("Size"), tr("From")}))
    , m_showRemoved(new QCheckBox(tr("Show &removed documents")))
    , m_add(new QPushButton(tr("&Add files...")))
    , m_edit(new QPushButton(tr("Edit de&tails...")))
    , m_previewButton(new QPushButton(tr("Pre&view")))
    , m_open(new QPushButton(tr("Open in its own &program")))
    , m_remove(new QPushButton(tr("Re&move...")))
    , m_status(new QLabel)
    , m_preview(new DocumentPreview) {
    setObjectName(QStringLiteral("familyFolder"));
    setAcceptDrops(true);
    m_showRemoved->setObjectName(QStringLiteral("showRemovedDocuments"));
    m_status->setObjectName(QStringLiteral("folderStatus"));
    m_status->setWordWrap(true);
    m_add->setObjectName(QStringLiteral("addDocuments"));
    m_remove->setObjectName(QStringLiteral("removeDocument"));
    m_open->setToolTip(tr("Writes a copy outside Waymark's encrypted file for the other program; the copy is "
                          "deleted when Waymark closes."));

    auto* intro =
        new QLabel(tr("Documents are kept inside Waymark's encrypted file, like the rest of the record. "
                      "Drop files here or use Add files. Everything Waymark prints about this family is "
                      "filed here too."));
    intro->setWordWrap(true);

    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {m_add, m_edit, m_previewButton, m_open, m_remove})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(m_showRemoved);

    auto* listSide = new QWidget;
    auto* listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(intro);
    listLayout->addLayout(buttons);
    listLayout->addWidget(m_table, 1);
    listLayout->addWidget(m_status);

    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(listSide);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_add, &QPushButton::clicked, this, &FamilyFolderWidget::chooseFiles);
    connect(m_edit, &QPushButton::clicked, this, &FamilyFolderWidget::editSelected);
    connect(m_previewButton, &QPushButton::clicked, this, [this] {
        if (Status s = previewSelected(); !s)
            m_status->setText(s.error());
    });
    connect(m_open, &QPushButton::clicked, this, [this] {
        auto opened = openSelectedExternally(true);
        m_status->setText(opened ? tr("Opened a copy in its own program. The copy is deleted when Waymark "
                                      "closes; do not save it elsewhere.")
                                 : opened.error());
    });
    connect(m_remove, &QPushButton::clicked, this, &FamilyFolderWidget::askToRemove);
    connect(m_table, &QTableWidget::cellActivated, this, [this] { previewSelected(); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &FamilyFolderWidget::updateButtons);
    connect(m_showRemoved, &QCheckBox::toggled, this, &FamilyFolderWidget::refresh);
    updateButtons();
}

void FamilyFolderWidget::showFamily(qint64 familyId, const std::vector<Person>& members,
                                    const std::vector<Involvement>& involvements) {
    if (familyId != m_familyId)
        m_preview->clear();
    m_familyId = familyId;
    m_members = members;
    m_involvements = involvements;
    m_status->clear();
    refresh();
}

QString FamilyFolderWidget::aboutText(const Document& d) const {
    QStringList parts;
    for (const Person& p : m_members)
        if (p.id == d.personId)
            parts << p.displayName();
    for (const Involvement& inv : m_involvements)
        if (inv.id == d.involvementId)
            parts << vocab::service().label(inv.service);
    return parts.isEmpty() ? tr("The family") : parts.join(QStringLiteral(", "));
}

void FamilyFolderWidget::refresh() {
    const qint64 keep = selected() ? selected()->id : 0;
    m_documents = DocumentRepository(m_db).forFamily(m_familyId, m_showRemoved->isChecked());
    m_table->setRowCount(int(m_documents.size()));
    for (int row = 0; row < int(m_documents.size()); ++row) {
        const Document& d = m_documents[size_t(row)];
        const QString added = tr("%1 by %2").arg(formatUserDate(d.addedAt.toLocalTime().date()), d.addedBy);
        const QStringList cells = {d.isRemoved()
                                       ? tr("%1 (removed %2 by %3: %4)")
                                             .arg(d.title, formatUserDate(d.removedAt.toLocalTime().date()),
                                                  d.removedBy, d.removalReason)
                                       : d.title,
                                   documents::types().label(d.type),
                                   formatUserDate(d.date),
                                   aboutText(d),
                                   added,
                                   d.isRemoved() ? QString() : documents::sizeText(d.byteSize),
                                   sourceLabel(d.source)};
        for (int c = 0; c < int(cells.size()); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            if (c == TitleColumn)
                item->setToolTip(d.fileName);
            if (d.isRemoved())
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            m_table->setItem(row, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    if (m_table->columnWidth(TitleColumn) > 360)
        m_table->setColumnWidth(TitleColumn, 360);
    if (!selectDocument(keep) && !m_documents.empty())
        m_table->selectRow(0);
    updateButtons();
}

bool FamilyFolderWidget::selectDocument(qint64 documentId) {
    for (int row = 0; row < int(m_documents.size()); ++row)
        if (m_documents[size_t(row)].id == documentId) {
            m_table->selectRow(row);
            return true;
        }
    return false;
}

const Document* FamilyFolderWidget::selected() const {
    const auto rows =
        m_table->selectionModel() ? m_table->selectionModel()->selectedRows() : QModelIndexList();
    if (rows.isEmpty())
        return nullptr;
    const int row = rows.first().row();
    return row >= 0 && row < int(m_documents.size()) ? &m_documents[size_t(row)] : nullptr;
}

void FamilyFolderWidget::updateButtons() {
    const Document* d = selected();
    const bool present = d && !d->isRemoved();
    m_add->setEnabled(m_familyId != 0);
    for (QPushButton* b : {m_edit, m_previewButton, m_open, m_remove})
        b->setEnabled(present);
}

QString FamilyFolderWidget::statusText() const {
    return m_status->text();
}

Status FamilyFolderWidget::fileDocument(NewDocument d) {
    d.familyId = m_familyId;
    auto id = DocumentRepository(m_db).attach(d);
    if (!id)
        return id.status();
    refresh();
    selectDocument(*id);
    emit changed();
    return Status::ok();
}

int FamilyFolderWidget::addFiles(const QStringList& paths) {
    int filed = 0;
    QStringList problems;
    for (const QString& path : paths) {
        auto read = filing::readDocumentFile(path);
        if (!read) {
            problems << read.error();
            continue;
        }
        if (Status s = fileDocument(std::move(read).value()); !s)
            problems << QStringLiteral("%1: %2").arg(QFileInfo(path).fileName(), s.error());
        else
            ++filed;
    }
    QString text = filed == 1 ? tr("1 document added.") : tr("%1 documents added.").arg(filed);
    if (!problems.isEmpty())
        text += QLatin1Char(' ') + tr("Not added: %1").arg(problems.join(QStringLiteral("; ")));
    m_status->setText(text);
    return filed;
}

void FamilyFolderWidget::chooseFiles() {
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Add documents to the family's folder"));
    if (paths.isEmpty())
        return;
    if (paths.size() > 1) {
        addFiles(paths);
        return;
    }
    auto read = filing::readDocumentFile(paths.first());
    if (!read) {
        m_status->setText(read.error());
        return;
    }
    DocumentDialog dialog(m_members, m_involvements, this);
    dialog.load(read->title, read->type, read->date, 0, 0,
                QStringLiteral("%1 (%2)").arg(read->fileName, documents::sizeText(read->bytes.size())));
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The file as read for the dialog (its bytes and text), with the details the person chose.
    NewDocument d = std::move(read).value();
    d.title = dialog.title();
    d.type = dialog.type();
    d.date = dialog.date();
    d.personId = dialog.personId();
    d.involvementId = dialog.involvementId();
    if (Status s = fileDocument(std::move(d)); !s)
        m_status->setText(s.error());
    else
        m_status->setText(tr("\"%1\" added.").arg(dialog.title()));
}

void FamilyFolderWidget::editSelected() {
    const Document* d = selected();
    if (!d || d->isRemoved())
        return;
    Document changedDoc = *d;
    DocumentDialog dialog(m_members, m_involvements, this);
    dialog.load(d->title, d->type, d->date, d->personId, d->involvementId,
                QStringLiteral("%1 (%2)").arg(d->fileName, documents::sizeText(d->byteSize)));
    if (dialog.exec() != QDialog::Accepted)
        return;
    changedDoc.title = dialog.title();
    changedDoc.type = dialog.type();
    changedDoc.date = dialog.date();
    changedDoc.personId = dialog.personId();
    changedDoc.involvementId = dialog.involvementId();
    if (Status s = DocumentRepository(m_db).updateDetails(changedDoc); !s) {
        m_status->setText(s.error());
        return;
    }
    refresh();
    emit changed();
}

Status FamilyFolderWidget::previewSelected() {
    const Document* d = selected();
    if (!d)
        return Status::failure(tr("Choose a document first."));
    DocumentRepository repository(m_db);
    auto bytes = repository.content(d->id);
    if (!bytes) {
        m_preview->showMessage(bytes.error());
        return bytes.status();
    }
    if (Status s = repository.recordOpened(d->id, tr("previewed in Waymark")); !s)
        return s;
    m_preview->showDocument(d->title, d->mediaType, *bytes);
    emit changed();
    return Status::ok();
}

Result<QString> FamilyFolderWidget::openSelectedExternally(bool launch) {
    const Document* d = selected();
    if (!d)
        return Status::failure(tr("Choose a document first."));
    DocumentRepository repository(m_db);
    auto bytes = repository.content(d->id);
    if (!bytes)
        return bytes.status();
    QTemporaryDir& dir = viewerCopies();
    if (!dir.isValid())
        return Status::failure(tr("No private temporary folder could be made for the copy."));
    // A number in front keeps two documents with the same file name apart.
    const QString path = dir.filePath(QStringLiteral("%1-%2").arg(d->id).arg(safeFileName(d->fileName)));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Status::failure(tr("The copy could not be written (%1).").arg(file.errorString()));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(*bytes) != bytes->size() || !file.flush())
        return Status::failure(tr("The copy could not be written (%1).").arg(file.errorString()));
    file.close();
    if (Status s = repository.recordOpened(d->id, tr("opened in its own program")); !s)
        return s;
    if (launch)
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    emit changed();
    return path;
}

void FamilyFolderWidget::askToRemove() {
    const Document* d = selected();
    if (!d)
        return;
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, tr("Remove document"),
        tr("Why is \"%1\" being removed? The file is deleted; the record keeps its title, who removed it and "
           "this reason.")
            .arg(d->title),
        QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    if (Status s = removeSelected(reason); !s)
        m_status->setText(s.error());
}

Status FamilyFolderWidget::removeSelected(const QString& reason) {
    const Document* d = selected();
    if (!d)
        return Status::failure(tr("Choose a document first."));
    const QString title = d->title;
    if (Status s = DocumentRepository(m_db).remove(d->id, reason); !s)
        return s;
    m_preview->clear();
    refresh();
    m_status->setText(tr("\"%1\" removed. The record keeps who removed it and why.").arg(title));
    emit changed();
    return Status::ok();
}

void FamilyFolderWidget::dragEnterEvent(QDragEnterEvent* event) {
    if (m_familyId != 0 && event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void FamilyFolderWidget::dropEvent(QDropEvent* event) {
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    addFiles(paths);
}

} // namespace waymark
