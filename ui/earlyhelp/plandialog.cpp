#include "earlyhelp/plandialog.h"

#include "earlyhelp/ehformrepository.h"
#include "earlyhelp/ehformvalidation.h"
#include "earlyhelp/plan.h"
#include "lift/liftui.h"
#include "storage/database.h"
#include "storage/workerrepository.h"
#include "validation/dateinput.h"
#include "widgets/datefield.h"
#include "widgets/formerrors.h"
#include "widgets/vocabularycombo.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace waymark {

namespace {

QPlainTextEdit* makeText(const QString& name, const QString& placeholder) {
    auto* edit = new QPlainTextEdit;
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(64);
    return edit;
}

} // namespace

PlanDialog::PlanDialog(Database& db, const EhForm& form, const std::vector<EhForm>& approvedForms,
                       QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_form(form)
    , m_readOnly(!form.isDraft())
    , m_completedOn(new DateField)
    , m_readiness(new QLabel)
    , m_saveError(makeSaveErrorLabel()) {
    const QString title = vocab::ehFormKind().label(form.kind);
    setWindowTitle(form.id == 0 ? tr("New %1").arg(title.toLower())
                                : tr("%1, version %2 (%3)")
                                      .arg(title)
                                      .arg(form.version)
                                      .arg(vocab::ehFormStatus().label(form.status).toLower()));
    QDate scoredOn;
    QString scoredKind;
    m_scores = starScoresForPlan(approvedForms, QDate(), &scoredOn, &scoredKind);
    for (const Worker& w : WorkerRepository(db).all())
        m_workers.push_back({w.id, w.name});
    m_defaultWorker = db.account() ? db.account()->workerId : 0;
    if (m_defaultWorker == 0 && form.workerId != 0)
        m_defaultWorker = form.workerId;

    m_completedOn->setObjectName(QStringLiteral("completedOn"));
    m_readiness->setObjectName(QStringLiteral("planReadiness"));
    m_readiness->setWordWrap(true);
    m_readiness->setTextFormat(Qt::PlainText);

    auto* top = new QFormLayout;
    m_errors = new FormErrors(top, this);
    m_errors->addRow(QStringLiteral("completed_on"), tr("&Completed on"), m_completedOn);
    auto* topBox = makeFormGroup(tr("Plan"), top);
    auto* hint = makeHintLabel(
        tr("The plan is reviewed in 6 weeks (targeted) or 12 weeks (intensive): the first steps may be "
           "enough. Think of quick wins that matter to the family. Scores: %1.")
            .arg(m_scores.empty()
                     ? tr("no approved Family Star yet")
                     : tr("%1 of %2").arg(vocab::ehFormKind().label(scoredKind), formatUserDate(scoredOn))),
        QStringLiteral("planHint"));
    hint->setWordWrap(true);

    auto* headings = new QScrollArea;
    headings->setObjectName(QStringLiteral("planHeadings"));
    headings->setWidgetResizable(true);
    headings->setWidget(buildHeadings());

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
    layout->addWidget(topBox);
    layout->addWidget(hint);
    layout->addWidget(headings, 1);
    layout->addWidget(m_readiness);
    layout->addWidget(m_saveError);
    layout->addWidget(buttons);
    resize(1180, 820);

    load(form);
    if (m_readOnly) {
        m_completedOn->setReadOnly(true);
        for (auto& [area, h] : m_headings) {
            h.notPrioritised->setEnabled(false);
            h.add->hide();
            for (const Action& a : h.list) {
                for (QPlainTextEdit* t : {a.doing, a.why, a.impact})
                    t->setReadOnly(true);
                a.name->setReadOnly(true);
                a.agency->setReadOnly(true);
                a.kind->setEnabled(false);
                a.worker->setEnabled(false);
                a.priority->setEnabled(false);
                a.remove->hide();
            }
        }
    }
    updateReadiness();
}

QWidget* PlanDialog::buildHeadings() {
    auto* holder = new QWidget;
    auto* column = new QVBoxLayout(holder);
    for (const QString& area : vocab::starArea().codes()) {
        const auto score = m_scores.find(area);
        const QString name = vocab::starArea().label(area);
        auto* box = new QGroupBox(score == m_scores.end()
                                      ? name
                                      : tr("%1  \u2013  Family Star score %2").arg(name).arg(score->second));
        box->setObjectName(QStringLiteral("heading_") + area);
        auto* boxLayout = new QVBoxLayout(box);
        Heading& h = m_headings[area];
        h.notPrioritised = new QCheckBox(tr("Not prioritised currently (left for a later period of work)"));
        h.notPrioritised->setObjectName(QStringLiteral("notPrioritised_") + area);
        h.actions = new QVBoxLayout;
        h.actions->setContentsMargins(0, 0, 0, 0);
        h.add = new QPushButton(tr("Add action"));
        h.add->setObjectName(QStringLiteral("addAction_") + area);
        auto* row = new QHBoxLayout;
        row->addWidget(h.notPrioritised);
        row->addStretch(1);
        row->addWidget(h.add);
        boxLayout->addLayout(row);
        boxLayout->addLayout(h.actions);
        connect(h.notPrioritised, &QCheckBox::toggled, this, [this, area] {
            updateHeading(area);
            updateReadiness();
        });
        connect(h.add, &QPushButton::clicked, this, [this, area] { addAction(area); });
        column->addWidget(box);
    }
    column->addStretch(1);
    return holder;
}

int PlanDialog::addAction(const QString& area) {
    Heading& h = m_headings[area];
    const int index = h.next++;
    const QString suffix = QStringLiteral("_%1_%2").arg(area).arg(index);
    Action a;
    a.box = new QWidget;
    a.box->setObjectName(QStringLiteral("action") + suffix);
    a.kind = new VocabularyCombo(vocab::planResponsible(), QString());
    a.kind->setObjectName(QStringLiteral("responsibleKind") + suffix);
    a.worker = new QComboBox;
    a.worker->setObjectName(QStringLiteral("responsibleWorker") + suffix);
    a.worker->addItem(tr("(not on Waymark: type the name)"), qint64(0));
    for (const auto& [id, name] : m_workers)
        a.worker->addItem(name, id);
    a.name = new QLineEdit;
    a.name->setObjectName(QStringLiteral("responsibleName") + suffix);
    a.agency = new QLineEdit;
    a.agency->setObjectName(QStringLiteral("agency") + suffix);
    a.agency->setPlaceholderText(tr("Agency, e.g. Youth Offending Service"));
    a.priority = new VocabularyCombo(vocab::planPriority(), QString());
    a.priority->setObjectName(QStringLiteral("priority") + suffix);
    a.doing = makeText(QStringLiteral("doing") + suffix, tr("What are we doing?"));
    a.why = makeText(QStringLiteral("why") + suffix, tr("Why are we doing it?"));
    a.impact = makeText(QStringLiteral("impact") + suffix, tr("What impact will it have?"));
    a.remove = new QPushButton(tr("Remove"));
    a.remove->setObjectName(QStringLiteral("removeAction") + suffix);

    auto* grid = new QGridLayout(a.box);
    grid->setContentsMargins(0, 4, 0, 4);
    auto* who = new QHBoxLayout;
    who->addWidget(new QLabel(tr("Responsible:")));
    who->addWidget(a.kind);
    who->addWidget(a.worker, 1);
    who->addWidget(a.agency, 1);
    who->addWidget(a.name, 1);
    who->addWidget(a.priority);
    who->addWidget(a.remove);
    grid->addLayout(who, 0, 0, 1, 3);
    grid->addWidget(new QLabel(tr("What are we doing?")), 1, 0);
    grid->addWidget(new QLabel(tr("Why are we doing it?")), 1, 1);
    grid->addWidget(new QLabel(tr("What impact will it have?")), 1, 2);
    grid->addWidget(a.doing, 2, 0);
    grid->addWidget(a.why, 2, 1);
    grid->addWidget(a.impact, 2, 2);
    h.actions->addWidget(a.box);

    PlanItem blank;
    blank.area = area;
    blank.responsibleWorkerId = m_defaultWorker;
    fillAction(a, blank);
    h.list.push_back(a);

    QWidget* box = a.box;
    connect(a.kind, &QComboBox::currentIndexChanged, this, [this, box, area] {
        for (const Action& x : m_headings[area].list)
            if (x.box == box)
                updateAction(x);
        updateReadiness();
    });
    connect(a.worker, &QComboBox::currentIndexChanged, this, [this, box, area] {
        for (const Action& x : m_headings[area].list)
            if (x.box == box)
                updateAction(x);
        updateReadiness();
    });
    connect(a.priority, &QComboBox::currentIndexChanged, this, [this] { updateReadiness(); });
    for (QLineEdit* e : {a.name, a.agency})
        connect(e, &QLineEdit::textChanged, this, [this] { updateReadiness(); });
    for (QPlainTextEdit* t : {a.doing, a.why, a.impact})
        connect(t, &QPlainTextEdit::textChanged, this, [this] { updateReadiness(); });
    connect(a.remove, &QPushButton::clicked, this, [this, box, area] {
        auto& list = m_headings[area].list;
        for (auto it = list.begin(); it != list.end(); ++it)
            if (it->box == box) {
                list.erase(it);
                break;
            }
        box->hide();
        box->deleteLater();
        updateReadiness();
    });
    updateAction(a);
    updateHeading(area);
    return index;
}

int PlanDialog::actionCount(const QString& area) const {
    const auto it = m_headings.find(area);
    return it == m_headings.end() ? 0 : int(it->second.list.size());
}

void PlanDialog::fillAction(const Action& a, const PlanItem& p) {
    a.kind->setCode(p.responsibleKind);
    const int worker = a.worker->findData(p.responsibleWorkerId);
    a.worker->setCurrentIndex(p.responsibleWorkerId != 0 && worker >= 0 ? worker : 0);
    a.name->setText(p.responsibleName);
    a.agency->setText(p.agency);
    a.doing->setPlainText(p.doing);
    a.why->setPlainText(p.why);
    a.impact->setPlainText(p.impact);
    a.priority->setCode(p.priority);
}

// Who is responsible decides which fields show: a worker from the list (or a typed name when
// they are not on Waymark), a person's name, or an agency and its worker.
void PlanDialog::updateAction(const Action& a) {
    const QString kind = a.kind->code();
    const bool worker = kind == QLatin1String("worker");
    const bool agency = kind == QLatin1String("other_agency");
    a.worker->setVisible(worker);
    a.agency->setVisible(agency);
    a.name->setVisible(!worker || a.worker->currentIndex() <= 0);
    a.name->setPlaceholderText(worker                                  ? tr("The worker's name")
                               : agency                                ? tr("Their worker, if known")
                               : kind == QLatin1String("young_person") ? tr("The young person's name")
                                                                       : tr("Name (optional)"));
}

void PlanDialog::updateHeading(const QString& area) {
    Heading& h = m_headings[area];
    const bool off = h.notPrioritised->isChecked();
    for (const Action& a : h.list)
        a.box->setVisible(!off);
    h.add->setEnabled(!off && !m_readOnly);
}

void PlanDialog::load(const EhForm& form) {
    m_completedOn->setDate(form.completedOn.isValid() ? form.completedOn : m_db.today());
    for (const QString& area : vocab::starArea().codes()) {
        Heading& h = m_headings[area];
        h.notPrioritised->setChecked(headingNotPrioritised(form, area));
        const std::vector<PlanItem> actions = planActions(form, area);
        for (const PlanItem& p : actions) {
            addAction(area);
            fillAction(h.list.back(), p);
            updateAction(h.list.back());
        }
        // A new plan offers one empty action under each heading to fill or leave.
        if (actions.empty() && !h.notPrioritised->isChecked() && !m_readOnly)
            addAction(area);
        updateHeading(area);
    }
}

EhForm PlanDialog::value() const {
    EhForm f = m_form;
    f.completedOn = m_completedOn->date();
    f.planItems.clear();
    for (const QString& area : vocab::starArea().codes()) {
        const Heading& h = m_headings.at(area);
        if (h.notPrioritised->isChecked()) {
            PlanItem marker;
            marker.area = area;
            marker.priority = QStringLiteral("not_prioritised");
            f.planItems.push_back(marker);
            continue;
        }
        for (const Action& a : h.list) {
            PlanItem p;
            p.area = area;
            p.responsibleKind = a.kind->code();
            const bool worker = p.responsibleKind == QLatin1String("worker");
            p.responsibleWorkerId = worker ? a.worker->currentData().toLongLong() : 0;
            p.responsibleName = worker && p.responsibleWorkerId != 0 ? QString() : a.name->text().trimmed();
            p.agency =
                p.responsibleKind == QLatin1String("other_agency") ? a.agency->text().trimmed() : QString();
            p.doing = a.doing->toPlainText().trimmed();
            p.why = a.why->toPlainText().trimmed();
            p.impact = a.impact->toPlainText().trimmed();
            p.priority = a.priority->code();
            // An action left empty is not part of the plan.
            if (p.doing.isEmpty() && p.why.isEmpty() && p.impact.isEmpty() && p.agency.isEmpty() &&
                (worker || p.responsibleName.isEmpty()))
                continue;
            f.planItems.push_back(p);
        }
    }
    return f;
}

QString PlanDialog::readinessText() const {
    return m_readiness->text();
}

void PlanDialog::updateReadiness() {
    const ValidationIssues issues = validateEhForm(value(), m_db.today(), FormCheck::Submit);
    if (issues.isEmpty()) {
        m_readiness->setStyleSheet(QStringLiteral("color: #2e7d32;"));
        m_readiness->setText(tr("Ready to submit to the manager."));
        return;
    }
    QStringList lines;
    for (const ValidationIssue& i : issues)
        lines << i.message;
    const int shown = 4;
    QString text = tr("Before submitting: %1").arg(lines.mid(0, shown).join(QLatin1Char(' ')));
    if (lines.size() > shown)
        text += tr(" (and %n more)", nullptr, int(lines.size()) - shown);
    m_readiness->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    m_readiness->setText(text);
}

void PlanDialog::accept() {
    m_saveError->hide();
    ValidationIssues issues;
    if (!m_completedOn->isValidInput())
        issues << ValidationIssue{QStringLiteral("completed_on"), m_completedOn->inputProblem()};
    EhForm f = value();
    if (issues.isEmpty())
        issues << validateEhForm(f, m_db.today(), FormCheck::Draft);
    if (!m_errors->show(issues, QStringLiteral("completed_on"))) {
        if (QWidget* w = m_errors->firstFieldWithIssue())
            w->setFocus();
        return;
    }
    if (Status s = EhFormRepository(m_db).saveDraft(f); !s)
        return showSaveError(m_saveError, s.error());
    m_form = f;
    QDialog::accept();
}

} // namespace waymark
