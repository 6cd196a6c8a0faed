#include "earlyhelp/signsofwellbeingdialog.h"

#include "earlyhelp/ehformrepository.h"
#include "earlyhelp/ehformvalidation.h"
#include "earlyhelp/signsofwellbeing.h"
#include "lift/liftui.h"
#include "storage/database.h"
#include "storage/familyrepository.h"
#include "storage/personrepository.h"
#include "storage/workerrepository.h"
#include "util/trcontext.h"
#include "widgets/datefield.h"
#include "widgets/formerrors.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSlider>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace waymark {

namespace {

enum Column { NameCol, AgeCol, ExplainedCol, CommentsCol, PrCol };

QPlainTextEdit* makeSectionEdit(const FormSection& s) {
    auto* edit = new QPlainTextEdit;
    edit->setObjectName(QStringLiteral("section_") + QLatin1String(s.key));
    edit->setPlaceholderText(EarlyHelp::tr(s.hint));
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(84);
    edit->setMaximumHeight(130);
    return edit;
}

// The issue's key, or its nearest parent key, that `errors` has a row for; empty if none.
QString rowKey(const FormErrors* errors, QString key) {
    while (!errors->hasRow(key) && key.contains(QLatin1Char('.')))
        key = key.section(QLatin1Char('.'), 0, -2);
    return errors->hasRow(key) ? key : QString();
}

} // namespace

SignsOfWellbeingDialog::SignsOfWellbeingDialog(Database& db, const EhForm& form,
                                               const Involvement& involvement, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_form(form)
    , m_involvement(involvement)
    , m_readOnly(!form.isDraft())
    , m_startedOn(new DateField)
    , m_completedOn(new DateField)
    , m_infoSharing(new QTableWidget(0, 5))
    , m_addRow(new QPushButton(tr("&Add person")))
    , m_removeRow(new QPushButton(tr("&Remove person")))
    , m_scale(new QSpinBox)
    , m_slider(new QSlider(Qt::Horizontal))
    , m_scaleLabel(new QLabel)
    , m_saveError(makeSaveErrorLabel()) {
    const QString title = vocab::ehFormKind().label(form.kind);
    setWindowTitle(form.id == 0 ? tr("New %1").arg(title)
                                : tr("%1, version %2 (%3)")
                                      .arg(title)
                                      .arg(form.version)
                                      .arg(vocab::ehFormStatus().label(form.status).toLower()));

    // Section One: summary of information.
    auto* summary = new QFormLayout;
    m_summaryErrors = new FormErrors(summary, this);
    m_startedOn->setObjectName(QStringLiteral("startedOn"));
    m_completedOn->setObjectName(QStringLiteral("completedOn"));
    for (const FormSection& s : sowSummaryFields()) {
        const QString key = QLatin1String(s.key);
        if (key == QLatin1String(sow::startedOn)) {
            m_summaryErrors->addRow(key, EarlyHelp::tr(s.label), m_startedOn);
            m_summaryErrors->addRow(QStringLiteral("completed_on"), tr("Assessment completion date"),
                                    m_completedOn);
            continue;
        }
        auto* line = new QLineEdit;
        line->setObjectName(QStringLiteral("summary_") + key);
        m_summary.insert(key, line);
        m_summaryErrors->addRow(key, EarlyHelp::tr(s.label), line);
    }
    auto* summaryBox = makeFormGroup(tr("Section One: summary of information"), summary);

    // The information-sharing table.
    m_infoSharing->setObjectName(QStringLiteral("infoSharing"));
    m_infoSharing->setHorizontalHeaderLabels({tr("Name"), tr("Child age /\nadult role"),
                                              tr("Sharing\nexplained"), tr("Comments"),
                                              tr("Has PR?\n(who for)")});
    m_infoSharing->verticalHeader()->hide();
    m_infoSharing->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_infoSharing->setWordWrap(true);
    QHeaderView* header = m_infoSharing->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(CommentsCol, QHeaderView::Stretch);
    m_infoSharing->setColumnWidth(NameCol, 150);
    m_infoSharing->setColumnWidth(AgeCol, 110);
    m_infoSharing->setColumnWidth(ExplainedCol, 80);
    m_infoSharing->setColumnWidth(PrCol, 140);
    m_infoSharing->setMinimumHeight(200);
    m_infoSharing->verticalHeader()->setDefaultSectionSize(m_infoSharing->fontMetrics().height() + 10);
    m_addRow->setObjectName(QStringLiteral("addInfoRow"));
    m_removeRow->setObjectName(QStringLiteral("removeInfoRow"));
    auto* tableHolder = new QWidget;
    auto* tableLayout = new QVBoxLayout(tableHolder);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_infoSharing, 1);
    auto* rowButtons = new QHBoxLayout;
    rowButtons->addWidget(m_addRow);
    rowButtons->addWidget(m_removeRow);
    rowButtons->addStretch(1);
    tableLayout->addLayout(rowButtons);
    auto* sharing = new QFormLayout;
    sharing->setRowWrapPolicy(QFormLayout::WrapAllRows);
    auto* sharingErrors = new FormErrors(sharing, this);
    sharingErrors->addRow(QStringLiteral("info_sharing"),
                          tr("Each family member: was information sharing explained (tick), and who holds "
                             "parental responsibility for whom."),
                          tableHolder);
    auto* sharingBox = new QGroupBox(tr("Explanation of information sharing / identification of PR"));
    auto* sharingBoxLayout = new QVBoxLayout(sharingBox);
    sharingBoxLayout->addLayout(sharing);
    m_tableErrors = sharingErrors;

    // The numbered sections and the scaling tool.
    auto* sections = new QFormLayout;
    sections->setRowWrapPolicy(QFormLayout::WrapAllRows);
    m_errors = new FormErrors(sections, this);
    m_scale->setObjectName(QStringLiteral("scale"));
    m_scale->setRange(-1, 10);
    m_scale->setSpecialValueText(tr("not scaled"));
    m_scale->setMinimumWidth(110);
    m_slider->setObjectName(QStringLiteral("scaleSlider"));
    m_slider->setRange(0, 10);
    m_slider->setTickPosition(QSlider::TicksBelow);
    m_slider->setTickInterval(1);
    m_slider->setPageStep(2);
    m_scaleLabel->setObjectName(QStringLiteral("scaleAnchor"));
    m_scaleLabel->setWordWrap(true);
    m_scaleLabel->setMinimumHeight(m_scaleLabel->fontMetrics().height() * 2 + 4);
    auto* scaleHolder = new QWidget;
    auto* scaleLayout = new QVBoxLayout(scaleHolder);
    scaleLayout->setContentsMargins(0, 0, 0, 0);
    auto* scaleTop = new QHBoxLayout;
    scaleTop->addWidget(m_scale);
    scaleTop->addWidget(m_slider, 1);
    scaleLayout->addLayout(scaleTop);
    auto* ends = new QHBoxLayout;
    auto* low = new QLabel(tr("0: %1").arg(sowScaleAnchor(0)));
    auto* high = new QLabel(tr("10: %1").arg(sowScaleAnchor(10)));
    for (QLabel* l : {low, high}) {
        l->setWordWrap(true);
        l->setStyleSheet(QStringLiteral("color: palette(mid);"));
    }
    high->setAlignment(Qt::AlignRight | Qt::AlignTop);
    ends->addWidget(low, 1);
    ends->addWidget(high, 1);
    scaleLayout->addLayout(ends);
    scaleLayout->addWidget(m_scaleLabel);
    auto* scaleForm = new QFormLayout;
    scaleForm->setRowWrapPolicy(QFormLayout::WrapAllRows);
    m_scaleErrors = new FormErrors(scaleForm, this);
    m_scaleErrors->addRow(QLatin1String(sow::scale), tr("Where is the family now? (0-10)"), scaleHolder);
    auto* scaleBox = makeFormGroup(tr("5. Scaling tool"), scaleForm);
    for (const FormSection& s : sowSections()) {
        QPlainTextEdit* edit = makeSectionEdit(s);
        m_sections.insert(QLatin1String(s.key), edit);
        m_errors->addRow(QLatin1String(s.key), EarlyHelp::tr(s.label), edit);
    }
    if (involvement.service == QLatin1String("early_help_brief"))
        sections->addRow(
            makeHintLabel(tr("A brief intervention needs only this assessment: write the brief plan "
                             "of work in next steps (section 11)."),
                          QStringLiteral("briefHint")));
    auto* sectionsHolder = new QWidget;
    sectionsHolder->setLayout(sections);
    auto* sectionsScroll = new QScrollArea;
    sectionsScroll->setObjectName(QStringLiteral("sowSections"));
    sectionsScroll->setWidgetResizable(true);
    sectionsScroll->setWidget(sectionsHolder);
    sectionsScroll->setMinimumWidth(480);

    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(summaryBox);
    leftLayout->addWidget(sharingBox, 1);
    leftLayout->addWidget(scaleBox);

    auto* splitter = new QSplitter;
    splitter->addWidget(left);
    splitter->addWidget(sectionsScroll);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    auto* buttons = new QDialogButtonBox;
    if (m_readOnly) {
        buttons->addButton(QDialogButtonBox::Close);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    } else {
        auto* save = buttons->addButton(tr("&Save draft"), QDialogButtonBox::AcceptRole);
        save->setObjectName(QStringLiteral("saveDraft"));
        buttons->addButton(QDialogButtonBox::Cancel);
        connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    }

    auto* layout = new QVBoxLayout(this);
    if (!form.decisionNote.isEmpty() || form.status == QLatin1String("returned"))
        layout->addWidget(
            makeHintLabel(tr("Manager's note: %1").arg(form.decisionNote), QStringLiteral("decisionNote")));
    layout->addWidget(splitter, 1);
    layout->addWidget(m_saveError);
    layout->addWidget(buttons);
    resize(1240, 820);

    connect(m_scale, &QSpinBox::valueChanged, this, [this](int v) {
        if (v >= 0) {
            const QSignalBlocker block(m_slider);
            m_slider->setValue(v);
        }
        updateScaleLabel();
    });
    connect(m_slider, &QSlider::valueChanged, this, [this](int v) { m_scale->setValue(v); });
    // "Yes"/"No" beside the tick follows it, for a screen reader and at a glance.
    connect(m_infoSharing, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (item->column() != ExplainedCol)
            return;
        const QString text = item->checkState() == Qt::Checked ? tr("Yes") : tr("No");
        if (item->text() != text) {
            const QSignalBlocker block(m_infoSharing);
            item->setText(text);
        }
    });
    connect(m_addRow, &QPushButton::clicked, this, [this] {
        addInfoSharingRow({});
        // Typing starts editing the new row's name.
        m_infoSharing->setCurrentCell(m_infoSharing->rowCount() - 1, NameCol);
        m_infoSharing->setFocus();
    });
    connect(m_removeRow, &QPushButton::clicked, this, [this] {
        const int row = m_infoSharing->currentRow();
        if (row >= 0)
            m_infoSharing->removeRow(row);
    });

    load(form);

    if (m_readOnly) {
        for (QPlainTextEdit* e : std::as_const(m_sections))
            e->setReadOnly(true);
        for (QLineEdit* e : std::as_const(m_summary))
            e->setReadOnly(true);
        m_startedOn->setReadOnly(true);
        m_completedOn->setReadOnly(true);
        m_scale->setReadOnly(true);
        m_slider->setEnabled(false);
        m_infoSharing->setEditTriggers(QAbstractItemView::NoEditTriggers);
        for (int r = 0; r < m_infoSharing->rowCount(); ++r)
            if (QTableWidgetItem* item = m_infoSharing->item(r, ExplainedCol))
                item->setFlags(item->flags() & ~Qt::ItemIsUserCheckable);
        m_addRow->hide();
        m_removeRow->hide();
    }
}

void SignsOfWellbeingDialog::addInfoSharingRow(const InfoSharingRow& r) {
    const int row = m_infoSharing->rowCount();
    m_infoSharing->insertRow(row);
    auto* name = new QTableWidgetItem(r.name);
    name->setData(Qt::UserRole, r.personId);
    m_infoSharing->setItem(row, NameCol, name);
    m_infoSharing->setItem(row, AgeCol, new QTableWidgetItem(r.ageOrRole));
    auto* explained = new QTableWidgetItem(r.explained ? tr("Yes") : tr("No"));
    explained->setFlags((explained->flags() | Qt::ItemIsUserCheckable) & ~Qt::ItemIsEditable);
    explained->setCheckState(r.explained ? Qt::Checked : Qt::Unchecked);
    m_infoSharing->setItem(row, ExplainedCol, explained);
    m_infoSharing->setItem(row, CommentsCol, new QTableWidgetItem(r.comments));
    m_infoSharing->setItem(row, PrCol, new QTableWidgetItem(r.holdsPr));
}

void SignsOfWellbeingDialog::load(const EhForm& form) {
    const bool fresh = form.id == 0;
    m_completedOn->setDate(form.completedOn.isValid() ? form.completedOn : m_db.today());
    const QDate started = QDate::fromString(form.text(QLatin1String(sow::startedOn)), Qt::ISODate);
    m_startedOn->setDate(started.isValid() || !fresh ? started : m_db.today());
    for (auto it = m_summary.cbegin(); it != m_summary.cend(); ++it)
        it.value()->setText(form.text(it.key()));
    for (auto it = m_sections.cbegin(); it != m_sections.cend(); ++it)
        it.value()->setPlainText(form.text(it.key()));
    const auto scale = sowScaleValue(form);
    m_scale->setValue(scale && *scale >= 0 && *scale <= 10 ? *scale : -1);
    updateScaleLabel();

    std::vector<InfoSharingRow> rows = form.infoSharing;
    if (fresh) {
        // Who is completing it, and their team, from the signed-in account's worker record.
        const Account* account = m_db.account();
        const qint64 me = account && account->workerId ? account->workerId : m_involvement.allocatedWorkerId;
        if (me != 0)
            if (auto w = WorkerRepository(m_db).get(me)) {
                m_summary.value(QLatin1String(sow::completedBy))->setText(w->name);
                m_summary.value(QLatin1String(sow::team))->setText(w->team);
            }
        if (rows.empty())
            if (auto family = FamilyRepository(m_db).get(form.familyId)) {
                std::vector<qint64> ids;
                for (const FamilyMember& m : family->members)
                    ids.push_back(m.personId);
                rows = infoSharingFromFamily(*family, PersonRepository(m_db).getMany(ids), m_db.today());
            }
    }
    m_infoSharing->setRowCount(0);
    for (const InfoSharingRow& r : rows)
        addInfoSharingRow(r);
}

EhForm SignsOfWellbeingDialog::value() const {
    EhForm f = m_form;
    f.completedOn = m_completedOn->date();
    f.texts[QLatin1String(sow::startedOn)] =
        m_startedOn->date().isValid() ? m_startedOn->date().toString(Qt::ISODate) : QString();
    for (auto it = m_summary.cbegin(); it != m_summary.cend(); ++it)
        f.texts[it.key()] = it.value()->text().trimmed();
    for (auto it = m_sections.cbegin(); it != m_sections.cend(); ++it)
        f.texts[it.key()] = it.value()->toPlainText().trimmed();
    f.texts[QLatin1String(sow::scale)] =
        m_scale->value() >= 0 ? QString::number(m_scale->value()) : QString();
    if (!m_involvement.service.isEmpty())
        f.texts[QLatin1String(sow::intervention)] = m_involvement.service;
    f.infoSharing.clear();
    auto text = [this](int row, int col) {
        const QTableWidgetItem* item = m_infoSharing->item(row, col);
        return item ? item->text().trimmed() : QString();
    };
    for (int row = 0; row < m_infoSharing->rowCount(); ++row) {
        InfoSharingRow r;
        const QTableWidgetItem* name = m_infoSharing->item(row, NameCol);
        r.personId = name ? name->data(Qt::UserRole).toLongLong() : 0;
        r.name = text(row, NameCol);
        r.ageOrRole = text(row, AgeCol);
        const QTableWidgetItem* explained = m_infoSharing->item(row, ExplainedCol);
        r.explained = explained && explained->checkState() == Qt::Checked;
        r.comments = text(row, CommentsCol);
        r.holdsPr = text(row, PrCol);
        // A row left wholly empty (added, then not used) is not a person.
        if (r.name.isEmpty() && r.ageOrRole.isEmpty() && r.comments.isEmpty() && r.holdsPr.isEmpty())
            continue;
        f.infoSharing.push_back(r);
    }
    return f;
}

void SignsOfWellbeingDialog::updateScaleLabel() {
    const int v = m_scale->value();
    m_scaleLabel->setText(v < 0 ? tr("Not scaled yet: move the slider or choose a value.")
                                : tr("<b>%1</b>: %2").arg(v).arg(sowScaleDescription(v).toHtmlEscaped()));
}

void SignsOfWellbeingDialog::showIssues(const ValidationIssues& issues) {
    ValidationIssues summary, table, scale, sections;
    for (const ValidationIssue& issue : issues) {
        if (!rowKey(m_tableErrors, issue.field).isEmpty())
            table << issue;
        else if (!rowKey(m_scaleErrors, issue.field).isEmpty())
            scale << issue;
        else if (!rowKey(m_errors, issue.field).isEmpty())
            sections << issue;
        else
            summary << issue; // and anything unknown, under the completion date
    }
    m_summaryErrors->show(summary, QStringLiteral("completed_on"));
    m_tableErrors->show(table);
    m_scaleErrors->show(scale);
    m_errors->show(sections);
}

void SignsOfWellbeingDialog::accept() {
    m_saveError->hide();
    ValidationIssues issues;
    if (!m_completedOn->isValidInput())
        issues << ValidationIssue{QStringLiteral("completed_on"), m_completedOn->inputProblem()};
    if (!m_startedOn->isValidInput())
        issues << ValidationIssue{QLatin1String(sow::startedOn), m_startedOn->inputProblem()};
    EhForm f = value();
    if (issues.isEmpty())
        issues << validateEhForm(f, m_db.today(), FormCheck::Draft);
    showIssues(issues);
    if (!issues.isEmpty()) {
        for (FormErrors* e : {m_summaryErrors, m_tableErrors, m_scaleErrors, m_errors})
            if (QWidget* w = e->firstFieldWithIssue()) {
                w->setFocus();
                break;
            }
        return;
    }
    if (Status s = EhFormRepository(m_db).saveDraft(f); !s)
        return showSaveError(m_saveError, s.error());
    m_form = f;
    QDialog::accept();
}

} // namespace waymark
