#include "earlyhelp/casesummarydialog.h"

#include "earlyhelp/casesummary.h"
#include "earlyhelp/ehformrepository.h"
#include "earlyhelp/ehformvalidation.h"
#include "lift/liftui.h"
#include "storage/database.h"
#include "storage/familyrepository.h"
#include "storage/involvementrepository.h"
#include "storage/personrepository.h"
#include "storage/workerrepository.h"
#include "util/trcontext.h"
#include "validation/dateinput.h"
#include "widgets/datefield.h"
#include "widgets/formerrors.h"
#include "widgets/vocabularycombo.h"

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
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace waymark {

namespace {

using namespace casesummary;

QString rowKey(const FormErrors* errors, QString key) {
    while (!errors->hasRow(key) && key.contains(QLatin1Char('.')))
        key = key.section(QLatin1Char('.'), 0, -2);
    return errors->hasRow(key) ? key : QString();
}

const FormSection* sectionOf(const char* key) {
    for (const FormSection& s : caseSummarySections())
        if (QLatin1String(s.key) == QLatin1String(key))
            return &s;
    return nullptr;
}

QPlainTextEdit* makeEdit(const FormSection& s, int height) {
    auto* edit = new QPlainTextEdit;
    edit->setObjectName(QStringLiteral("section_") + QLatin1String(s.key));
    edit->setPlaceholderText(EarlyHelp::tr(s.hint));
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(height);
    return edit;
}

QLabel* columnHeading(const QString& text) {
    auto* label = new QLabel(QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped()));
    label->setContentsMargins(0, 8, 0, 0);
    return label;
}

} // namespace

CaseSummaryDialog::CaseSummaryDialog(Database& db, const EhForm& form, const Involvement& involvement,
                                     QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_form(form)
    , m_involvement(involvement)
    , m_readOnly(!form.isDraft())
    , m_completedOn(new DateField)
    , m_reason(new VocabularyCombo(vocab::caseSummaryReason(), tr("(choose)")))
    , m_reasonDetail(new QLineEdit)
    , m_distance(new QTableWidget(0, 4))
    , m_distanceNote(new QLabel)
    , m_saveError(makeSaveErrorLabel()) {
    const QString title = vocab::ehFormKind().label(form.kind);
    setWindowTitle(form.id == 0 ? tr("New %1").arg(title.toLower())
                                : tr("%1, version %2 (%3)")
                                      .arg(title)
                                      .arg(form.version)
                                      .arg(vocab::ehFormStatus().label(form.status).toLower()));
    if (involvement.id != 0)
        for (EhForm& f : EhFormRepository(db).approved(involvement.id))
            if (isStarKind(f.kind))
                m_approved.push_back(std::move(f));

    // Who and why: the top of the template.
    auto* top = new QFormLayout;
    m_topErrors = new FormErrors(top, this);
    m_completedOn->setObjectName(QStringLiteral("completedOn"));
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reasonDetail->setObjectName(QStringLiteral("reasonDetail"));
    m_reasonDetail->setPlaceholderText(tr("e.g. consultation sought from the social work manager"));
    m_topErrors->addRow(QStringLiteral("completed_on"), tr("Date &completed"), m_completedOn);
    m_topErrors->addRow(QLatin1String(reason), tr("&Reason for summary"), m_reason);
    m_topErrors->addRow(QLatin1String(reasonDetail), tr("Reason in &words"), m_reasonDetail);
    for (const char* key : {composition, otherWorkers}) {
        const FormSection* s = sectionOf(key);
        QPlainTextEdit* edit = makeEdit(*s, 56);
        edit->setMaximumHeight(80);
        m_sections.insert(QLatin1String(key), edit);
        m_topErrors->addRow(QLatin1String(key), EarlyHelp::tr(s->label), edit);
    }
    // The two scales, each with the worker's words for its ends.
    for (const SummaryScale& s : caseSummaryScales()) {
        auto* spin = new QSpinBox;
        spin->setObjectName(QLatin1String(s.valueKey));
        spin->setRange(-1, 10);
        spin->setSpecialValueText(tr("not scored"));
        spin->setMinimumWidth(110);
        spin->setMaximumWidth(140);
        m_scales.insert(QLatin1String(s.valueKey), spin);
        auto* low = new QLineEdit;
        low->setObjectName(QLatin1String(s.lowKey));
        low->setPlaceholderText(EarlyHelp::tr(s.lowExample));
        auto* high = new QLineEdit;
        high->setObjectName(QLatin1String(s.highKey));
        high->setPlaceholderText(EarlyHelp::tr(s.highExample));
        m_scaleEnds.insert(QLatin1String(s.lowKey), low);
        m_scaleEnds.insert(QLatin1String(s.highKey), high);
        m_topErrors->addRow(QLatin1String(s.valueKey), tr("%1 (0-10)").arg(EarlyHelp::tr(s.label)), spin);
        m_topErrors->addRow(QLatin1String(s.lowKey), tr("    0 stands for"), low);
        m_topErrors->addRow(QLatin1String(s.highKey), tr("    10 stands for"), high);
    }
    auto* topBox = makeFormGroup(tr("The family and this summary"), top);

    m_distance->setObjectName(QStringLiteral("distanceTravelled"));
    m_distance->setHorizontalHeaderLabels({tr("Area"), tr("Assessment"), tr("Latest review"), tr("Change")});
    m_distance->verticalHeader()->hide();
    m_distance->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_distance->setSelectionMode(QAbstractItemView::NoSelection);
    m_distance->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_distance->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_distance->verticalHeader()->setDefaultSectionSize(m_distance->fontMetrics().height() + 8);
    m_distance->setMinimumHeight(m_distance->horizontalHeader()->sizeHint().height() +
                                 11 * m_distance->verticalHeader()->defaultSectionSize() + 12);
    m_distanceNote->setObjectName(QStringLiteral("distanceNote"));
    m_distanceNote->setWordWrap(true);
    auto* distanceBox = new QGroupBox(tr("Distance travelled (approved Family Star forms)"));
    auto* distanceLayout = new QVBoxLayout(distanceBox);
    distanceLayout->addWidget(m_distanceNote);
    distanceLayout->addWidget(m_distance);

    auto* leftHolder = new QWidget;
    auto* leftLayout = new QVBoxLayout(leftHolder);
    leftLayout->setContentsMargins(0, 0, 4, 0);
    leftLayout->addWidget(topBox);
    leftLayout->addWidget(distanceBox);
    leftLayout->addStretch(1);
    auto* leftScroll = new QScrollArea;
    leftScroll->setObjectName(QStringLiteral("summaryTop"));
    leftScroll->setWidgetResizable(true);
    leftScroll->setFrameShape(QFrame::NoFrame);
    leftScroll->setWidget(leftHolder);
    leftScroll->setMinimumWidth(500);

    // Why, the Signs of Safety mapping, danger statements and achievements.
    auto* sections = new QFormLayout;
    sections->setRowWrapPolicy(QFormLayout::WrapAllRows);
    m_errors = new FormErrors(sections, this);
    auto addSection = [&](const char* key, int height) {
        const FormSection* s = sectionOf(key);
        QPlainTextEdit* edit = makeEdit(*s, height);
        edit->setMaximumHeight(height + 50);
        m_sections.insert(QLatin1String(key), edit);
        m_errors->addRow(QLatin1String(key), EarlyHelp::tr(s->label), edit);
    };
    addSection(whyWorking, 90);
    sections->addRow(columnHeading(tr("Signs of Safety mapping: what are we worried about?")));
    addSection(harm, 90);
    addSection(complicating, 70);
    sections->addRow(columnHeading(tr("What's working well?")));
    addSection(strengths, 70);
    addSection(safetyFactors, 70);
    sections->addRow(columnHeading(tr("What needs to happen?")));
    addSection(safetyGoals, 70);
    addSection(nextSteps, 70);
    sections->addRow(columnHeading(tr("If nothing changes")));
    addSection(danger, 80);
    addSection(achievements, 80);
    auto* sectionsHolder = new QWidget;
    sectionsHolder->setLayout(sections);
    auto* sectionsScroll = new QScrollArea;
    sectionsScroll->setObjectName(QStringLiteral("summarySections"));
    sectionsScroll->setWidgetResizable(true);
    sectionsScroll->setWidget(sectionsHolder);
    sectionsScroll->setMinimumWidth(480);

    auto* splitter = new QSplitter;
    splitter->addWidget(leftScroll);
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
    resize(1240, 860);

    load(form);
    connect(m_completedOn, &QLineEdit::textChanged, this, [this] { fillDistance(); });
    fillDistance();

    if (m_readOnly) {
        for (QPlainTextEdit* e : std::as_const(m_sections))
            e->setReadOnly(true);
        for (QLineEdit* e : std::as_const(m_scaleEnds))
            e->setReadOnly(true);
        for (QSpinBox* s : std::as_const(m_scales))
            s->setReadOnly(true);
        m_completedOn->setReadOnly(true);
        m_reasonDetail->setReadOnly(true);
        m_reason->setEnabled(false);
    }
}

void CaseSummaryDialog::load(const EhForm& form) {
    const bool fresh = form.id == 0;
    m_completedOn->setDate(form.completedOn.isValid() ? form.completedOn : m_db.today());
    m_reason->setCode(form.text(QLatin1String(reason)));
    m_reasonDetail->setText(form.text(QLatin1String(reasonDetail)));
    for (auto it = m_sections.cbegin(); it != m_sections.cend(); ++it)
        it.value()->setPlainText(form.text(it.key()));
    for (auto it = m_scaleEnds.cbegin(); it != m_scaleEnds.cend(); ++it)
        it.value()->setText(form.text(it.key()));
    for (const SummaryScale& s : caseSummaryScales()) {
        const auto v = summaryScaleValue(form, s.valueKey);
        m_scales.value(QLatin1String(s.valueKey))->setValue(v && *v >= 0 && *v <= 10 ? *v : -1);
    }
    if (!fresh)
        return;

    // A new summary: the family's members with their ages, the family's other allocated workers,
    // and the reason the deadlines suggest (the first summary, or the next three-monthly one).
    const bool earlier = !EhFormRepository(m_db).forInvolvement(m_involvement.id, form.kind).empty();
    m_reason->setCode(earlier ? QStringLiteral("three_monthly") : QStringLiteral("initial"));
    if (auto family = FamilyRepository(m_db).get(form.familyId)) {
        std::vector<qint64> ids;
        for (const FamilyMember& m : family->members)
            ids.push_back(m.personId);
        QStringList people;
        for (const Person& p : PersonRepository(m_db).getMany(ids)) {
            const auto age = p.ageInYears(m_db.today());
            people << (p.isUnborn() ? tr("%1 (unborn)").arg(p.fullName())
                       : age        ? tr("%1, %2").arg(p.fullName()).arg(*age)
                                    : p.fullName());
        }
        m_sections.value(QLatin1String(composition))->setPlainText(people.join(QStringLiteral("; ")));
    }
    QStringList others;
    for (const Involvement& inv : InvolvementRepository(m_db).forFamily(form.familyId)) {
        if (inv.id == m_involvement.id || inv.allocatedWorkerId == 0 ||
            inv.status == QLatin1String("closed") || inv.allocatedWorkerId == m_involvement.allocatedWorkerId)
            continue;
        if (auto w = WorkerRepository(m_db).get(inv.allocatedWorkerId))
            others << tr("%1 (%2)").arg(w->name, vocab::service().label(inv.service));
    }
    others.removeDuplicates();
    m_sections.value(QLatin1String(otherWorkers))->setPlainText(others.join(QLatin1Char('\n')));
}

EhForm CaseSummaryDialog::value() const {
    EhForm f = m_form;
    f.completedOn = m_completedOn->date();
    f.texts[QLatin1String(reason)] = m_reason->code();
    f.texts[QLatin1String(reasonDetail)] = m_reasonDetail->text().trimmed();
    for (auto it = m_sections.cbegin(); it != m_sections.cend(); ++it)
        f.texts[it.key()] = it.value()->toPlainText().trimmed();
    for (auto it = m_scaleEnds.cbegin(); it != m_scaleEnds.cend(); ++it)
        f.texts[it.key()] = it.value()->text().trimmed();
    for (auto it = m_scales.cbegin(); it != m_scales.cend(); ++it)
        f.texts[it.key()] = it.value()->value() >= 0 ? QString::number(it.value()->value()) : QString();
    return f;
}

void CaseSummaryDialog::fillDistance() {
    const auto d = summaryDistanceTravelled(m_approved, m_completedOn->date());
    m_distance->setRowCount(d ? int(d->rows.size()) : 0);
    m_distance->setVisible(bool(d));
    if (!d) {
        m_distanceNote->setText(tr("No approved Family Star assessment yet: the distance travelled appears "
                                   "here once one is approved."));
        return;
    }
    m_distanceNote->setText(
        d->reviewedOn.isValid()
            ? tr("Assessment of %1 and the latest review, of %2, approved by the summary's date.")
                  .arg(formatUserDate(d->assessedOn), formatUserDate(d->reviewedOn))
            : tr("Assessment of %1; no approved review by the summary's date yet.")
                  .arg(formatUserDate(d->assessedOn)));
    for (int row = 0; row < int(d->rows.size()); ++row) {
        const DistanceRow& r = d->rows[size_t(row)];
        const int change = r.change();
        const QStringList cells = {
            vocab::starArea().label(r.area), r.atAssessment ? QString::number(r.atAssessment) : QString(),
            r.atLatestReview ? QString::number(r.atLatestReview) : QString(),
            r.atLatestReview ? (change > 0 ? QStringLiteral("+%1").arg(change) : QString::number(change))
                             : QString()};
        for (int col = 0; col < 4; ++col) {
            auto* item = new QTableWidgetItem(cells[col]);
            if (col > 0)
                item->setTextAlignment(Qt::AlignCenter);
            m_distance->setItem(row, col, item);
        }
    }
}

void CaseSummaryDialog::showIssues(const ValidationIssues& issues) {
    ValidationIssues top, sections;
    for (const ValidationIssue& issue : issues)
        (rowKey(m_errors, issue.field).isEmpty() ? top : sections) << issue;
    m_topErrors->show(top, QStringLiteral("completed_on"));
    m_errors->show(sections);
}

void CaseSummaryDialog::accept() {
    m_saveError->hide();
    ValidationIssues issues;
    if (!m_completedOn->isValidInput())
        issues << ValidationIssue{QStringLiteral("completed_on"), m_completedOn->inputProblem()};
    EhForm f = value();
    if (issues.isEmpty())
        issues << validateEhForm(f, m_db.today(), FormCheck::Draft);
    showIssues(issues);
    if (!issues.isEmpty()) {
        for (FormErrors* e : {m_topErrors, m_errors})
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
