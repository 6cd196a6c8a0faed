#include "earlyhelp/ehformlist.h"

#include "access/accesspolicy.h"
#include "earlyhelp/ehformrepository.h"
#include "storage/database.h"
#include "storage/personrepository.h"
#include "storage/workerrepository.h"
#include "validation/dateinput.h"
#include "widgets/recordtable.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <map>

namespace waymark {

namespace {

QPushButton* makeButton(const QString& name, const QString& text) {
    auto* b = new QPushButton(text);
    b->setObjectName(name);
    return b;
}

} // namespace

EhFormList::EhFormList(Database& db, QStringList kinds, Opener opener, Printer printer, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_kinds(std::move(kinds))
    , m_opener(std::move(opener))
    , m_printer(std::move(printer))
    , m_table(makeRecordTable(QStringLiteral("ehForms"), {tr("Form"), tr("Version"), tr("Completed"),
                                                          tr("Status"), tr("Worker"), tr("Manager's note")}))
    , m_buttons(new QHBoxLayout)
    , m_open(makeButton(QStringLiteral("openForm"), tr("&Open...")))
    , m_submit(makeButton(QStringLiteral("submitForm"), tr("S&ubmit to manager")))
    , m_signOff(makeButton(QStringLiteral("signOffForm"), tr("Sign o&ff...")))
    , m_revise(makeButton(QStringLiteral("reviseForm"), tr("Re&vise")))
    , m_remove(makeButton(QStringLiteral("removeDraft"), tr("Remove draft")))
    , m_print(makeButton(QStringLiteral("printForm"), tr("&Print PDF...")))
    , m_status(new QLabel) {
    m_status->setObjectName(QStringLiteral("formStatus"));
    m_status->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMinimumHeight(110);

    for (QPushButton* b : {m_open, m_submit, m_signOff, m_revise, m_remove, m_print})
        m_buttons->addWidget(b);
    m_buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(m_buttons);
    layout->addWidget(m_status);

    connect(m_open, &QPushButton::clicked, this, &EhFormList::openSelected);
    connect(m_table, &QTableWidget::cellActivated, this, &EhFormList::openSelected);
    connect(m_submit, &QPushButton::clicked, this, &EhFormList::submitSelected);
    connect(m_signOff, &QPushButton::clicked, this, &EhFormList::signOffSelected);
    connect(m_revise, &QPushButton::clicked, this, &EhFormList::reviseSelected);
    connect(m_remove, &QPushButton::clicked, this, &EhFormList::removeSelectedDraft);
    connect(m_print, &QPushButton::clicked, this, &EhFormList::printSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &EhFormList::updateButtons);
}

QPushButton* EhFormList::addNewButton(const QString& kind, const QString& text, const QString& objectName) {
    auto* b = makeButton(objectName, text);
    m_buttons->insertWidget(int(m_newButtons.size()), b);
    m_newButtons.insert(kind, b);
    m_newAllowed.insert(kind, true);
    connect(b, &QPushButton::clicked, this, [this, kind] { newForm(kind); });
    updateButtons();
    return b;
}

void EhFormList::setNewAllowed(const QString& kind, bool allowed, const QString& whyNot) {
    m_newAllowed.insert(kind, allowed);
    if (QPushButton* b = m_newButtons.value(kind))
        b->setToolTip(allowed ? QString() : whyNot);
    updateButtons();
}

void EhFormList::setInvolvement(qint64 familyId, const Involvement& involvement) {
    m_familyId = familyId;
    m_involvement = involvement;
    m_status->clear();
    refresh();
}

void EhFormList::refresh() {
    const qint64 keep = selectedForm() ? selectedForm()->id : 0;
    m_forms.clear();
    if (m_involvement.id != 0) {
        EhFormRepository repo(m_db);
        for (const QString& kind : std::as_const(m_kinds))
            for (EhForm& f : repo.forInvolvement(m_involvement.id, kind))
                m_forms.push_back(std::move(f));
        // By kind in the page's order, then series and version: each series' versions together.
        std::stable_sort(m_forms.begin(), m_forms.end(), [this](const EhForm& a, const EhForm& b) {
            if (a.kind != b.kind)
                return m_kinds.indexOf(a.kind) < m_kinds.indexOf(b.kind);
            return a.seriesId != b.seriesId ? a.seriesId < b.seriesId : a.version < b.version;
        });
    }
    fill();
    reselect(keep);
    updateButtons();
}

void EhFormList::fill() {
    std::map<qint64, QString> names;
    for (const Worker& w : WorkerRepository(m_db).all())
        names[w.id] = w.name;
    const QSignalBlocker block(m_table);
    m_table->setRowCount(int(m_forms.size()));
    for (int row = 0; row < int(m_forms.size()); ++row) {
        const EhForm& f = m_forms[size_t(row)];
        QString title = vocab::ehFormKind().label(f.kind);
        if (f.personId != 0)
            if (auto person = PersonRepository(m_db).get(f.personId))
                title += QStringLiteral(": ") + person->displayName();
        QString status = vocab::ehFormStatus().label(f.status);
        if (f.decidedByWorkerId && names.count(f.decidedByWorkerId))
            status += tr(" by %1").arg(names[f.decidedByWorkerId]);
        const QStringList cells = {title,
                                   QString::number(f.version),
                                   formatUserDate(f.completedOn),
                                   status,
                                   names.count(f.workerId) ? names[f.workerId] : QString(),
                                   f.decisionNote};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(row, c, new QTableWidgetItem(cells[c]));
    }
}

void EhFormList::selectForm(int row) {
    m_table->selectRow(row);
    updateButtons();
}

void EhFormList::reselect(qint64 formId) {
    for (size_t i = 0; i < m_forms.size(); ++i)
        if (m_forms[i].id == formId)
            selectForm(int(i));
}

const EhForm* EhFormList::selectedForm() const {
    const auto rows =
        m_table->selectionModel() ? m_table->selectionModel()->selectedRows() : QModelIndexList();
    if (rows.isEmpty())
        return nullptr;
    const int row = rows.front().row();
    return row >= 0 && row < int(m_forms.size()) ? &m_forms[size_t(row)] : nullptr;
}

QString EhFormList::statusText() const {
    return m_status->text();
}

void EhFormList::updateButtons() {
    const bool open = m_involvement.id != 0 && m_involvement.isOpen();
    for (auto it = m_newButtons.begin(); it != m_newButtons.end(); ++it)
        it.value()->setEnabled(open && m_newAllowed.value(it.key(), true));
    const EhForm* f = selectedForm();
    const Account* account = m_db.account();
    const bool manager = account && access::allowed(*account, access::Action::SignOff);
    bool latest = false;
    if (f) {
        latest = true;
        for (const EhForm& other : m_forms)
            if (other.seriesId == f->seriesId && other.version > f->version)
                latest = false;
    }
    m_open->setEnabled(f);
    m_submit->setEnabled(f && f->isDraft());
    m_signOff->setEnabled(f && f->status == QLatin1String("submitted") && manager);
    m_signOff->setToolTip(manager ? QString() : tr("A team manager signs off Early Help forms."));
    m_revise->setEnabled(f && latest && (f->isApproved() || f->status == QLatin1String("returned")));
    m_remove->setEnabled(f && f->isDraft());
    m_print->setEnabled(f && m_printer);
}

void EhFormList::report(const Status& s, const QString& done) {
    m_status->setStyleSheet(s ? QString() : QStringLiteral("color: #d0342c;"));
    m_status->setText(s ? done : s.error());
}

void EhFormList::newForm(const QString& kind) {
    EhForm f;
    f.kind = kind;
    f.involvementId = m_involvement.id;
    f.familyId = m_familyId;
    if (m_opener(f)) {
        refresh();
        // The new draft is the latest series of its kind.
        qint64 newest = 0;
        for (const EhForm& form : m_forms)
            if (form.kind == kind && form.isDraft())
                newest = std::max(newest, form.id);
        reselect(newest);
        report(Status::ok(), tr("Draft saved. Submit it to your manager when it is complete."));
        emit changed();
    }
}

void EhFormList::openSelected() {
    const EhForm* f = selectedForm();
    if (!f)
        return;
    const qint64 id = f->id;
    if (m_opener(*f)) {
        refresh();
        reselect(id);
        report(Status::ok(), tr("Draft saved. Submit it to your manager when it is complete."));
        emit changed();
    }
}

void EhFormList::submitSelected() {
    const EhForm* f = selectedForm();
    if (!f)
        return;
    const Status s = EhFormRepository(m_db).submit(f->id);
    refresh();
    report(s, tr("Submitted to the team manager."));
    if (s)
        emit changed();
}

Status EhFormList::approveSelected(const QString& note) {
    const EhForm* f = selectedForm();
    if (!f)
        return Status::failure(tr("Choose a form first."));
    const Status s = EhFormRepository(m_db).approve(f->id, note);
    refresh();
    report(s, tr("Approved. It now counts in reports."));
    if (s)
        emit changed();
    return s;
}

Status EhFormList::returnSelected(const QString& note) {
    const EhForm* f = selectedForm();
    if (!f)
        return Status::failure(tr("Choose a form first."));
    const Status s = EhFormRepository(m_db).returnForChanges(f->id, note);
    refresh();
    report(s, tr("Returned to the worker with your note."));
    if (s)
        emit changed();
    return s;
}

void EhFormList::signOffSelected() {
    if (!selectedForm())
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Sign off"));
    auto* note = new QPlainTextEdit;
    note->setObjectName(QStringLiteral("decisionNote"));
    note->setPlaceholderText(tr("Your note: required when returning the form, to say what needs to change"));
    auto* buttons = new QDialogButtonBox;
    auto* approve = buttons->addButton(tr("&Approve"), QDialogButtonBox::AcceptRole);
    approve->setObjectName(QStringLiteral("approve"));
    auto* giveBack = buttons->addButton(tr("&Return for changes"), QDialogButtonBox::ActionRole);
    giveBack->setObjectName(QStringLiteral("returnForChanges"));
    buttons->addButton(QDialogButtonBox::Cancel);
    auto* error = new QLabel;
    error->setObjectName(QStringLiteral("signOffError"));
    error->setStyleSheet(QStringLiteral("color: #d0342c;"));
    error->setWordWrap(true);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(note);
    layout->addWidget(error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(approve, &QPushButton::clicked, &dialog, [&] {
        const Status s = approveSelected(note->toPlainText());
        s ? dialog.accept() : error->setText(s.error());
    });
    connect(giveBack, &QPushButton::clicked, &dialog, [&] {
        const Status s = returnSelected(note->toPlainText());
        s ? dialog.accept() : error->setText(s.error());
    });
    dialog.exec();
}

void EhFormList::reviseSelected() {
    const EhForm* f = selectedForm();
    if (!f)
        return;
    auto next = EhFormRepository(m_db).revise(f->id);
    if (!next) {
        report(next.status(), QString());
        return;
    }
    refresh();
    reselect(next->id);
    report(Status::ok(),
           tr("Version %1 started as a draft; the earlier versions stay as they were.").arg(next->version));
    emit changed();
}

void EhFormList::removeSelectedDraft() {
    const EhForm* f = selectedForm();
    if (!f)
        return;
    const Status s = EhFormRepository(m_db).removeDraft(f->id);
    refresh();
    report(s, tr("Draft removed."));
    if (s)
        emit changed();
}

Status EhFormList::printTo(qint64 formId, const QString& path) {
    if (!m_printer)
        return Status::failure(tr("This form has no printout yet."));
    return m_printer(m_db, formId, path);
}

void EhFormList::printSelected() {
    const EhForm* f = selectedForm();
    if (!f)
        return;
    const QString suggested = QStringLiteral("%1-v%2.pdf").arg(f->kind).arg(f->version);
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save the form as PDF"), suggested, tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    report(printTo(f->id, path), tr("Saved %1.").arg(path));
}

} // namespace waymark
