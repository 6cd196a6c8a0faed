#include "earlyhelp/familystarpage.h"

#include "access/accesspolicy.h"
#include "earlyhelp/ehformrepository.h"
#include "earlyhelp/familystar.h"
#include "earlyhelp/familystardialog.h"
#include "earlyhelp/starchartwidget.h"
#include "print/starprint.h"
#include "storage/database.h"
#include "storage/workerrepository.h"
#include "validation/dateinput.h"
#include "widgets/recordtable.h"

#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <map>

namespace waymark {

namespace {

QPushButton* makeButton(const QString& name, const QString& text) {
    auto* b = new QPushButton(text);
    b->setObjectName(name);
    return b;
}

QTableWidgetItem* cell(const QString& text) {
    return new QTableWidgetItem(text);
}

} // namespace

FamilyStarPage::FamilyStarPage(Database& db, QWidget* parent)
    : EarlyHelpPage(parent)
    , m_db(db)
    , m_table(
          makeRecordTable(QStringLiteral("starForms"), {tr("Form"), tr("Version"), tr("Completed"),
                                                        tr("Status"), tr("Worker"), tr("Manager's note")}))
    , m_newAssessment(makeButton(QStringLiteral("newAssessment"), tr("New &assessment...")))
    , m_newReview(makeButton(QStringLiteral("newReview"), tr("New re&view...")))
    , m_open(makeButton(QStringLiteral("openForm"), tr("&Open...")))
    , m_submit(makeButton(QStringLiteral("submitForm"), tr("S&ubmit to manager")))
    , m_signOff(makeButton(QStringLiteral("signOffForm"), tr("Sign o&ff...")))
    , m_revise(makeButton(QStringLiteral("reviseForm"), tr("Re&vise")))
    , m_remove(makeButton(QStringLiteral("removeDraft"), tr("Remove draft")))
    , m_print(makeButton(QStringLiteral("printForm"), tr("&Print PDF...")))
    , m_status(new QLabel)
    , m_everyReading(new QCheckBox(tr("Every reading over time")))
    , m_chart(new StarChartWidget)
    , m_distance(makeRecordTable(QStringLiteral("distanceTravelled"),
                                 {tr("Area"), tr("Assessment"), tr("Latest review"), tr("Change")}))
    , m_pbr(new QLabel) {
    m_status->setObjectName(QStringLiteral("starStatus"));
    m_status->setWordWrap(true);
    m_everyReading->setObjectName(QStringLiteral("everyReading"));
    m_pbr->setObjectName(QStringLiteral("pbrIndicator"));
    m_pbr->setWordWrap(true);
    m_pbr->setTextFormat(Qt::RichText);
    m_pbr->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_distance->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto* buttons = new QHBoxLayout;
    for (QPushButton* b :
         {m_newAssessment, m_newReview, m_open, m_submit, m_signOff, m_revise, m_remove, m_print})
        buttons->addWidget(b);
    buttons->addStretch();

    auto* formsBox = new QGroupBox(tr("Assessment and reviews (every version is kept)"));
    auto* formsLayout = new QVBoxLayout(formsBox);
    formsLayout->addWidget(m_table);
    formsLayout->addLayout(buttons);
    formsLayout->addWidget(m_status);

    auto* chartBox = new QGroupBox(tr("Star chart (approved readings)"));
    auto* chartLayout = new QVBoxLayout(chartBox);
    chartLayout->addWidget(m_everyReading);
    chartLayout->addWidget(m_chart, 1);

    auto* distanceBox = new QGroupBox(tr("Distance travelled"));
    auto* distanceLayout = new QVBoxLayout(distanceBox);
    distanceLayout->addWidget(m_distance);
    // Ten compact rows of the distance table without scrolling.
    m_distance->verticalHeader()->setDefaultSectionSize(m_distance->fontMetrics().height() + 8);
    m_distance->setMinimumHeight(m_distance->horizontalHeader()->sizeHint().height() +
                                 10 * m_distance->verticalHeader()->defaultSectionSize() + 4);
    auto* pbrBox = new QGroupBox(tr("Payment by results"));
    auto* pbrLayout = new QVBoxLayout(pbrBox);
    auto* pbrScroll = new QScrollArea;
    pbrScroll->setWidgetResizable(true);
    pbrScroll->setFrameShape(QFrame::NoFrame);
    pbrScroll->setWidget(m_pbr);
    pbrLayout->addWidget(pbrScroll);
    auto* side = new QWidget;
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(distanceBox, 0);
    sideLayout->addWidget(pbrBox, 1);

    auto* lower = new QSplitter;
    lower->addWidget(chartBox);
    lower->addWidget(side);
    lower->setStretchFactor(0, 1);
    lower->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    m_table->setMinimumHeight(110);
    m_table->setMaximumHeight(170);
    layout->addWidget(formsBox, 0);
    layout->addWidget(lower, 1);

    connect(m_newAssessment, &QPushButton::clicked, this, &FamilyStarPage::newAssessment);
    connect(m_newReview, &QPushButton::clicked, this, &FamilyStarPage::newReview);
    connect(m_open, &QPushButton::clicked, this, &FamilyStarPage::openSelected);
    connect(m_table, &QTableWidget::cellActivated, this, &FamilyStarPage::openSelected);
    connect(m_submit, &QPushButton::clicked, this, &FamilyStarPage::submitSelected);
    connect(m_signOff, &QPushButton::clicked, this, &FamilyStarPage::signOffSelected);
    connect(m_revise, &QPushButton::clicked, this, &FamilyStarPage::reviseSelected);
    connect(m_remove, &QPushButton::clicked, this, &FamilyStarPage::removeSelectedDraft);
    connect(m_print, &QPushButton::clicked, this, &FamilyStarPage::printSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &FamilyStarPage::updateButtons);
    connect(m_everyReading, &QCheckBox::toggled, this, &FamilyStarPage::fillChartAndIndicators);
}

void FamilyStarPage::showInvolvement(qint64 familyId, const Involvement& involvement) {
    m_familyId = familyId;
    m_involvement = involvement;
    m_status->clear();
    refresh();
}

void FamilyStarPage::refresh() {
    const qint64 keep = selectedForm() ? selectedForm()->id : 0;
    m_forms.clear();
    m_approved.clear();
    if (m_involvement.id != 0) {
        EhFormRepository repo(m_db);
        for (const QString& kind : {QStringLiteral("star_assessment"), QStringLiteral("star_review")})
            for (EhForm& f : repo.forInvolvement(m_involvement.id, kind))
                m_forms.push_back(std::move(f));
        std::stable_sort(m_forms.begin(), m_forms.end(), [](const EhForm& a, const EhForm& b) {
            if (a.kind != b.kind)
                return a.kind == QLatin1String("star_assessment");
            return a.seriesId != b.seriesId ? a.seriesId < b.seriesId : a.version < b.version;
        });
        for (EhForm& f : repo.approved(m_involvement.id))
            if (isStarKind(f.kind))
                m_approved.push_back(std::move(f));
    }
    fillForms();
    for (size_t i = 0; i < m_forms.size(); ++i)
        if (m_forms[i].id == keep)
            selectForm(int(i));
    fillChartAndIndicators();
    updateButtons();
}

void FamilyStarPage::fillForms() {
    std::map<qint64, QString> names;
    for (const Worker& w : WorkerRepository(m_db).all())
        names[w.id] = w.name;
    m_table->setRowCount(int(m_forms.size()));
    for (int row = 0; row < int(m_forms.size()); ++row) {
        const EhForm& f = m_forms[size_t(row)];
        m_table->setItem(row, 0, cell(vocab::ehFormKind().label(f.kind)));
        m_table->setItem(row, 1, cell(QString::number(f.version)));
        m_table->setItem(row, 2, cell(formatUserDate(f.completedOn)));
        QString status = vocab::ehFormStatus().label(f.status);
        if (f.decidedByWorkerId && names.count(f.decidedByWorkerId))
            status += tr(" by %1").arg(names[f.decidedByWorkerId]);
        m_table->setItem(row, 3, cell(status));
        m_table->setItem(row, 4, cell(names.count(f.workerId) ? names[f.workerId] : QString()));
        m_table->setItem(row, 5, cell(f.decisionNote));
    }
}

void FamilyStarPage::fillChartAndIndicators() {
    m_chart->setLines(starChartLines(m_approved, m_everyReading->isChecked()));

    const auto distance = distanceTravelled(m_approved);
    const QStringList areas = vocab::starArea().codes();
    m_distance->setRowCount(distance ? int(distance->rows.size()) : 0);
    if (distance) {
        m_distance->setHorizontalHeaderLabels(
            {tr("Area"), tr("Assessment\n%1").arg(formatUserDate(distance->assessedOn)),
             distance->reviewedOn.isValid()
                 ? tr("Latest review\n%1").arg(formatUserDate(distance->reviewedOn))
                 : tr("Latest review"),
             tr("Change")});
        for (int row = 0; row < int(distance->rows.size()); ++row) {
            const DistanceRow& d = distance->rows[size_t(row)];
            m_distance->setItem(row, 0, cell(vocab::starArea().label(d.area)));
            m_distance->setItem(row, 1, cell(d.atAssessment ? QString::number(d.atAssessment) : QString()));
            m_distance->setItem(row, 2,
                                cell(d.atLatestReview ? QString::number(d.atLatestReview) : QString()));
            const int change = d.change();
            m_distance->setItem(row, 3,
                                cell(d.atLatestReview ? (change > 0 ? QStringLiteral("+%1").arg(change)
                                                                    : QString::number(change))
                                                      : QString()));
        }
    }

    const PbrResult pbr = paymentByResults(m_approved);
    QString html = QStringLiteral("<p><b>%1</b></p><ul>").arg(pbr.reason.toHtmlEscaped());
    for (const PbrHeadline& h : pbr.headlines) {
        const QString mark = !h.applies ? QStringLiteral("\u2013")
                             : h.met    ? QStringLiteral("\u2714")
                                        : QStringLiteral("\u2718");
        html +=
            QStringLiteral("<li>%1 <b>%2</b> (%3): %4</li>")
                .arg(mark, h.title.toHtmlEscaped(), h.requirement.toHtmlEscaped(), h.reason.toHtmlEscaped());
    }
    html += QStringLiteral("</ul>");
    m_pbr->setText(html);
}

void FamilyStarPage::selectForm(int row) {
    m_table->selectRow(row);
    updateButtons();
}

const EhForm* FamilyStarPage::selectedForm() const {
    const auto rows =
        m_table->selectionModel() ? m_table->selectionModel()->selectedRows() : QModelIndexList();
    if (rows.isEmpty())
        return nullptr;
    const int row = rows.front().row();
    return row >= 0 && row < int(m_forms.size()) ? &m_forms[size_t(row)] : nullptr;
}

QString FamilyStarPage::statusText() const {
    return m_status->text();
}

void FamilyStarPage::updateButtons() {
    const bool open = m_involvement.id != 0 && m_involvement.isOpen();
    const bool targeted = m_involvement.service != QLatin1String("early_help_brief");
    bool hasAssessment = false;
    for (const EhForm& f : m_forms)
        hasAssessment |= f.kind == QLatin1String("star_assessment");
    const EhForm* f = selectedForm();
    const Account* account = m_db.account();
    const bool manager = account && access::allowed(*account, access::Action::SignOff);
    // Brief interventions use Signs of Wellbeing alone (section 11): no Family Star.
    m_newAssessment->setEnabled(open && targeted && !hasAssessment);
    m_newAssessment->setToolTip(!targeted ? tr("A brief intervention needs no Family Star (section 11).")
                                : hasAssessment ? tr("The assessment exists: revise it, or add a review.")
                                                : QString());
    m_newReview->setEnabled(open && targeted && hasAssessment);
    m_open->setEnabled(f);
    m_submit->setEnabled(f && f->isDraft());
    m_signOff->setEnabled(f && f->status == QLatin1String("submitted") && manager);
    m_signOff->setToolTip(manager ? QString() : tr("A team manager signs off Early Help forms."));
    bool latest = false;
    if (f) {
        latest = true;
        for (const EhForm& other : m_forms)
            if (other.seriesId == f->seriesId && other.version > f->version)
                latest = false;
    }
    m_revise->setEnabled(f && latest && (f->isApproved() || f->status == QLatin1String("returned")));
    m_remove->setEnabled(f && f->isDraft());
    m_print->setEnabled(f);
}

void FamilyStarPage::report(const Status& s, const QString& done) {
    m_status->setStyleSheet(s ? QString() : QStringLiteral("color: #d0342c;"));
    m_status->setText(s ? done : s.error());
}

void FamilyStarPage::openForm(const EhForm& form) {
    FamilyStarDialog dialog(m_db, form, m_approved, this);
    if (dialog.exec() == QDialog::Accepted) {
        const qint64 id = dialog.form().id;
        refresh();
        for (size_t i = 0; i < m_forms.size(); ++i)
            if (m_forms[i].id == id)
                selectForm(int(i));
        report(Status::ok(), tr("Draft saved. Submit it to your manager when it is complete."));
        emit changed();
    }
}

void FamilyStarPage::newAssessment() {
    EhForm f;
    f.kind = QStringLiteral("star_assessment");
    f.involvementId = m_involvement.id;
    f.familyId = m_familyId;
    openForm(f);
}

void FamilyStarPage::newReview() {
    EhForm f;
    f.kind = QStringLiteral("star_review");
    f.involvementId = m_involvement.id;
    f.familyId = m_familyId;
    openForm(f);
}

void FamilyStarPage::openSelected() {
    if (const EhForm* f = selectedForm())
        openForm(*f);
}

void FamilyStarPage::submitSelected() {
    const EhForm* f = selectedForm();
    if (!f)
        return;
    const Status s = EhFormRepository(m_db).submit(f->id);
    refresh();
    report(s, tr("Submitted to the team manager."));
    if (s)
        emit changed();
}

Status FamilyStarPage::approveSelected(const QString& note) {
    const EhForm* f = selectedForm();
    if (!f)
        return Status::failure(tr("Choose a form first."));
    const Status s = EhFormRepository(m_db).approve(f->id, note);
    refresh();
    report(s, tr("Approved. It now counts in the chart, the distance travelled and payment by results."));
    if (s)
        emit changed();
    return s;
}

Status FamilyStarPage::returnSelected(const QString& note) {
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

void FamilyStarPage::signOffSelected() {
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

void FamilyStarPage::reviseSelected() {
    const EhForm* f = selectedForm();
    if (!f)
        return;
    auto next = EhFormRepository(m_db).revise(f->id);
    if (!next) {
        report(next.status(), QString());
        return;
    }
    const qint64 id = next->id;
    refresh();
    for (size_t i = 0; i < m_forms.size(); ++i)
        if (m_forms[i].id == id)
            selectForm(int(i));
    report(Status::ok(),
           tr("Version %1 started as a draft; the earlier versions stay as they were.").arg(next->version));
    emit changed();
}

void FamilyStarPage::removeSelectedDraft() {
    const EhForm* f = selectedForm();
    if (!f)
        return;
    const Status s = EhFormRepository(m_db).removeDraft(f->id);
    refresh();
    report(s, tr("Draft removed."));
}

Status FamilyStarPage::printTo(qint64 formId, const QString& path) {
    return printStarForm(m_db, formId, path);
}

void FamilyStarPage::printSelected() {
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
