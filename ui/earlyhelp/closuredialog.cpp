#include "earlyhelp/closuredialog.h"

#include "earlyhelp/ehformrepository.h"
#include "earlyhelp/ehformvalidation.h"
#include "earlyhelp/minimumrequirements.h"
#include "lift/liftui.h"
#include "storage/caseeventrepository.h"
#include "storage/database.h"
#include "widgets/datefield.h"
#include "widgets/formerrors.h"
#include "widgets/vocabularycombo.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace waymark {

namespace {

// Section 20's six closure reasons, as the closure outcomes name them.
const Vocabulary& reasons() {
    static const Vocabulary v = [] {
        std::vector<VocabularyItem> items;
        for (const VocabularyItem& i : vocab::closureOutcome().items())
            if (closureReasons().contains(QLatin1String(i.code)))
                items.push_back(i);
        return Vocabulary("closureReason", items);
    }();
    return v;
}

QPlainTextEdit* makeText(const QString& name, const QString& placeholder, int height = 76) {
    auto* edit = new QPlainTextEdit;
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(height);
    return edit;
}

} // namespace

ClosureDialog::ClosureDialog(Database& db, const EhForm& form, const Involvement& involvement,
                             QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_form(form)
    , m_involvement(involvement)
    , m_readOnly(!form.isDraft())
    , m_brief(form.kind == QLatin1String("brief_closure"))
    , m_completedOn(new DateField)
    , m_reason(new VocabularyCombo(reasons(), ClosureDialog::tr("(choose the reason)")))
    , m_sowReasons(
          makeText(QStringLiteral("sowReasons"),
                   ClosureDialog::tr("Copied from the Signs of Wellbeing assessment when there is one")))
    , m_summary(makeText(QStringLiteral("summary"),
                         ClosureDialog::tr("The situation at closure and what has been tried")))
    , m_workCompleted(makeText(QStringLiteral("workCompleted"), ClosureDialog::tr("One point a line")))
    , m_changes(
          makeText(QStringLiteral("changes"), ClosureDialog::tr("A brief statement on outcomes achieved")))
    , m_nextSteps(
          makeText(QStringLiteral("nextSteps"), ClosureDialog::tr("Any next steps, e.g. school told"), 58))
    , m_minimum(new QLabel)
    , m_checkLabel(new QLabel)
    , m_saveError(makeSaveErrorLabel()) {
    const QString title = vocab::ehFormKind().label(form.kind);
    setWindowTitle(form.id == 0 ? tr("New %1").arg(title.toLower())
                                : tr("%1, version %2 (%3)")
                                      .arg(title)
                                      .arg(form.version)
                                      .arg(vocab::ehFormStatus().label(form.status).toLower()));
    // What the form copies (minimum requirements; a brief summary's Signs of Wellbeing reasons),
    // as it will be when saved.
    if (!m_readOnly)
        copyIntoClosureForm(db, m_form);
    m_approved = EhFormRepository(db).approved(involvement.id);
    m_events = CaseEventRepository(db).forFamily(involvement.familyId);

    m_completedOn->setObjectName(QStringLiteral("completedOn"));
    m_reason->setObjectName(QStringLiteral("closureReason"));
    m_minimum->setObjectName(QStringLiteral("minimumRequirements"));
    m_minimum->setWordWrap(true);
    m_minimum->setTextFormat(Qt::RichText);
    m_checkLabel->setObjectName(QStringLiteral("closureCheck"));
    m_checkLabel->setWordWrap(true);
    m_checkLabel->setTextFormat(Qt::RichText);
    m_checkLabel->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto* which = makeHintLabel(
        m_brief
            ? tr("Brief intervention: the Brief Intervention Closure Summary (Appendix IV), uploaded under "
                 "the youngest child. No Family Star review is needed.")
            : tr("%1: the closure form, against the youngest child (section 20). A Family Star review "
                 "must be completed in the two weeks before closure.")
                  .arg(vocab::service().label(involvement.service)),
        QStringLiteral("whichForm"));
    which->setWordWrap(true);

    auto* fields = new QFormLayout;
    m_errors = new FormErrors(fields, this);
    m_errors->addRow(QStringLiteral("completed_on"), tr("&Closing date"), m_completedOn);
    m_errors->addRow(QStringLiteral("reason"), tr("&Reason for closing"), m_reason);
    if (m_brief) {
        m_errors->addRow(QStringLiteral("reasons"), tr("Reasons for the work"), m_sowReasons);
        m_summary->hide();
        m_nextSteps->hide();
    } else {
        m_errors->addRow(QStringLiteral("summary"), tr("&Summary"), m_summary);
        m_sowReasons->hide();
    }
    m_errors->addRow(QStringLiteral("work_completed"), tr("&What work was completed?"), m_workCompleted);
    m_errors->addRow(QStringLiteral("changes"), tr("What c&hanges happened?"), m_changes);
    if (!m_brief)
        m_errors->addRow(QStringLiteral("next_steps"), tr("&Next steps"), m_nextSteps);
    auto* fieldsBox = makeFormGroup(tr("Closure"), fields);

    auto* minimumBox = new QGroupBox(tr("Minimum requirements (from the checklist on the Closure page)"));
    auto* minimumLayout = new QVBoxLayout(minimumBox);
    minimumLayout->addWidget(m_minimum);
    auto* checkBox = new QGroupBox(tr("Can the work close?"));
    auto* checkLayout = new QVBoxLayout(checkBox);
    checkLayout->addWidget(m_checkLabel);
    checkLayout->addStretch(1);

    auto* right = new QWidget;
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(checkBox, 1);
    rightLayout->addWidget(minimumBox, 0);

    auto* columns = new QHBoxLayout;
    columns->addWidget(fieldsBox, 3);
    columns->addWidget(right, 2);

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
    layout->addWidget(which);
    layout->addLayout(columns, 1);
    layout->addWidget(m_saveError);
    layout->addWidget(buttons);
    resize(1100, 700);

    m_completedOn->setDate(m_form.completedOn.isValid() ? m_form.completedOn : db.today());
    m_reason->setCode(m_form.text(QLatin1String(closure_text::reason)));
    m_sowReasons->setPlainText(m_form.text(QLatin1String(closure_text::sowReasons)));
    m_summary->setPlainText(m_form.text(QLatin1String(closure_text::summary)));
    m_workCompleted->setPlainText(m_form.text(QLatin1String(closure_text::workCompleted)));
    m_changes->setPlainText(m_form.text(QLatin1String(closure_text::changes)));
    m_nextSteps->setPlainText(m_form.text(QLatin1String(closure_text::nextSteps)));

    QString minimum = QStringLiteral("<ul style=\"margin-left: -20px;\">");
    for (const MinimumRequirement& r : minimumRequirementsFromTexts(m_form.texts)) {
        const QString label = vocab::minimumRequirement().label(r.item).toHtmlEscaped();
        const QString state = r.status.isEmpty() ? tr("not checked") : minimumRequirementText(r);
        minimum += r.isMet() ? QStringLiteral("<li><b>%1</b>: %2</li>").arg(label, state.toHtmlEscaped())
                             : QStringLiteral("<li>%1: <i>%2</i></li>").arg(label, state.toHtmlEscaped());
    }
    m_minimum->setText(minimum + QStringLiteral("</ul>"));

    connect(m_completedOn, &QLineEdit::textChanged, this, [this] { updateCheck(); });
    connect(m_reason, &QComboBox::currentIndexChanged, this, [this] { updateCheck(); });
    connect(m_sowReasons, &QPlainTextEdit::textChanged, this, [this] { updateCheck(); });
    updateCheck();

    if (m_readOnly) {
        for (QPlainTextEdit* t : {m_sowReasons, m_summary, m_workCompleted, m_changes, m_nextSteps})
            t->setReadOnly(true);
        m_completedOn->setReadOnly(true);
        m_reason->setEnabled(false);
    }
}

EhForm ClosureDialog::value() const {
    EhForm f = m_form;
    f.completedOn = m_completedOn->date();
    auto set = [&f](const char* key, const QString& text) {
        f.texts[QLatin1String(key)] = text.trimmed();
    };
    set(closure_text::reason, m_reason->code());
    set(closure_text::workCompleted, m_workCompleted->toPlainText());
    set(closure_text::changes, m_changes->toPlainText());
    if (m_brief) {
        set(closure_text::sowReasons, m_sowReasons->toPlainText());
    } else {
        set(closure_text::summary, m_summary->toPlainText());
        set(closure_text::nextSteps, m_nextSteps->toPlainText());
    }
    return f;
}

void ClosureDialog::updateCheck() {
    if (m_readOnly && !m_involvement.isOpen()) {
        m_checkLabel->setText(tr("The work closed on %1.")
                                  .arg(m_involvement.closedOn.toString(QStringLiteral("dd/MM/yyyy")))
                                  .toHtmlEscaped());
        return;
    }
    m_check = checkClosure(m_involvement, value(), m_approved, m_events);
    QString html;
    if (m_check.canClose())
        html += QStringLiteral("<p style=\"color: #2e7d32;\"><b>%1</b></p>")
                    .arg(tr("Yes: once the manager approves this form, the work closes.").toHtmlEscaped());
    else
        html += QStringLiteral("<p style=\"color: #d0342c;\"><b>%1</b></p><ul>")
                    .arg(tr("Not yet:").toHtmlEscaped());
    for (const QString& b : std::as_const(m_check.blockers))
        html += QStringLiteral("<li style=\"color: #d0342c;\">%1</li>").arg(b.toHtmlEscaped());
    if (!m_check.canClose())
        html += QStringLiteral("</ul>");
    for (const QString& n : std::as_const(m_check.notes))
        html += QStringLiteral("<p>%1</p>").arg(n.toHtmlEscaped());
    m_checkLabel->setText(html);
}

QString ClosureDialog::checkText() const {
    return m_checkLabel->text();
}

void ClosureDialog::accept() {
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
