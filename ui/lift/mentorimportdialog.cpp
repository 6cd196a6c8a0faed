#include "lift/mentorimportdialog.h"

#include "lift/liftvocabulary.h"
#include "storage/database.h"
#include "storage/workerrepository.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace waymark {

namespace {

// Messages are whole sentences: wrap them rather than scroll sideways.
QListWidget* messageList(const QString& name) {
    auto* list = new QListWidget;
    list->setObjectName(name);
    list->setWordWrap(true);
    list->setResizeMode(QListView::Adjust);
    list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    list->setSelectionMode(QAbstractItemView::NoSelection);
    return list;
}

QLabel* heading(const QString& text, const QString& name) {
    auto* label = new QLabel(text);
    label->setObjectName(name);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

} // namespace

MentorImportDialog::MentorImportDialog(Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db) {
    setWindowTitle(tr("Import LIFT mentors"));
    resize(960, 620);

    auto* intro = new QLabel(tr("Choose the mentor spreadsheet (CSV or XLSX). Its first row must hold the "
                                "headings, such as Name, SSW, Support offered, Hours per week, Postcode. "
                                "Nothing is written until you press Import, and then every mentor is "
                                "imported or none."));
    intro->setWordWrap(true);

    m_file = new QLineEdit;
    m_file->setObjectName(QStringLiteral("file"));
    m_file->setReadOnly(true);
    m_file->setPlaceholderText(tr("No file chosen"));
    auto* choose = new QPushButton(tr("&Choose file..."));
    choose->setObjectName(QStringLiteral("choose"));
    connect(choose, &QPushButton::clicked, this, &MentorImportDialog::chooseFile);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(choose);

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("summary"));
    m_ignored = new QLabel;
    m_ignored->setObjectName(QStringLiteral("ignored"));
    m_ignored->setWordWrap(true);

    m_table = new QTableWidget(0, 10);
    m_table->setObjectName(QStringLiteral("preview"));
    m_table->setHorizontalHeaderLabels({tr("Row"), tr("Name"), tr("SSW"), tr("Postcode"), tr("Locality"),
                                        tr("Support offered"), tr("Hours a week"), tr("Foster children"),
                                        tr("Active"), tr("Code word")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_errorsTitle = heading(tr("Errors: correct these in the spreadsheet, then choose it again"),
                            QStringLiteral("errorsTitle"));
    m_errors = messageList(QStringLiteral("errors"));
    m_warningsTitle = heading(tr("Warnings"), QStringLiteral("warningsTitle"));
    m_warnings = messageList(QStringLiteral("warnings"));
    m_warnings->setMaximumHeight(80);

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("import"));
    m_import->setEnabled(false);
    // Not connected to accept(): the dialog stays open after importing, to show what happened.
    connect(m_import, &QPushButton::clicked, this, &MentorImportDialog::importMentors);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* errorsBox = new QWidget;
    auto* errorsLayout = new QVBoxLayout(errorsBox);
    errorsLayout->setContentsMargins(0, 0, 0, 0);
    errorsLayout->addWidget(m_errorsTitle);
    errorsLayout->addWidget(m_errors);
    auto* split = new QSplitter(Qt::Vertical);
    split->addWidget(m_table);
    split->addWidget(errorsBox);
    split->setSizes({280, 200});

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(fileRow);
    layout->addWidget(m_summary);
    layout->addWidget(m_ignored);
    layout->addWidget(split, 1);
    layout->addWidget(m_warningsTitle);
    layout->addWidget(m_warnings);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    showPreview();
}

void MentorImportDialog::chooseFile() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the mentor spreadsheet"), QString(),
                                                      tr("Spreadsheets (*.csv *.xlsx);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

void MentorImportDialog::loadFile(const QString& path) {
    m_file->setText(path);
    m_status->clear();
    m_preview = previewMentorImportFile(m_db, path);
    showPreview();
}

void MentorImportDialog::showPreview() {
    const bool loaded = !m_file->text().isEmpty();
    m_summary->setText(loaded ? m_preview.summary() : QString());
    m_ignored->setText(
        m_preview.ignoredColumns.isEmpty()
            ? QString()
            : tr("Columns not imported: %1").arg(m_preview.ignoredColumns.join(QStringLiteral(", "))));
    m_ignored->setVisible(!m_preview.ignoredColumns.isEmpty());

    QHash<qint64, QString> workers;
    for (const Worker& w : WorkerRepository(m_db).all())
        workers.insert(w.id, w.name);
    m_table->setRowCount(0);
    m_table->setRowCount(int(m_preview.mentors.size()));
    for (int i = 0; i < int(m_preview.mentors.size()); ++i) {
        const MentorImportRow& row = m_preview.mentors[size_t(i)];
        const Mentor& m = row.mentor;
        QStringList support;
        for (const QString& code : m.supportOffered)
            support << vocab::liftSupport().label(code);
        const QString codeWord = !row.hasCodeWord     ? QString()
                                 : row.importCodeWord ? tr("Will be set")
                                                      : tr("SSW to set");
        const QStringList cells = {QString::number(row.row),
                                   m.name,
                                   workers.value(m.sswWorkerId),
                                   m.address.postcode,
                                   m.locality,
                                   support.join(QStringLiteral(", ")),
                                   m.hoursPerWeek > 0 ? QLocale().toString(m.hoursPerWeek) : QString(),
                                   QString::number(m.fosterChildrenAtHome),
                                   m.active ? tr("Yes") : tr("No"),
                                   codeWord};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(i, c, new QTableWidgetItem(cells.at(c)));
    }
    m_table->resizeColumnsToContents();

    m_errors->clear();
    for (const MentorImportProblem& e : m_preview.errors)
        m_errors->addItem(e.text());
    m_errorsTitle->setVisible(!m_preview.errors.isEmpty());
    m_errors->setVisible(!m_preview.errors.isEmpty());
    m_warnings->clear();
    m_warnings->addItems(m_preview.warnings);
    m_warningsTitle->setVisible(!m_preview.warnings.isEmpty());
    m_warnings->setVisible(!m_preview.warnings.isEmpty());
    m_import->setEnabled(m_preview.canImport());
}

void MentorImportDialog::importMentors() {
    if (!m_preview.canImport())
        return;
    const Result<int> created = commitMentorImport(m_db, m_preview);
    if (!created) {
        m_status->setText(created.error());
        return;
    }
    const int words = m_preview.codeWordsImported();
    m_status->setText(
        tr("Imported %n mentor(s).", nullptr, *created) +
        (words > 0 ? QLatin1Char(' ') + tr("%n code word(s) set.", nullptr, words) : QString()));
    // The same file must not be imported twice by a second press.
    m_preview = MentorImportPreview();
    m_file->clear();
    showPreview();
    emit mentorsImported(*created);
}

} // namespace waymark
