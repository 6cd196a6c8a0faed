#include "earlyhelp/monitoringdialog.h"

#include "earlyhelp/ehformrepository.h"
#include "earlyhelp/ehformvalidation.h"
#include "earlyhelp/monitoring.h"
#include "lift/liftui.h"
#include "storage/database.h"
#include "storage/familyrepository.h"
#include "storage/personrepository.h"
#include "widgets/datefield.h"
#include "widgets/formerrors.h"
#include "widgets/vocabularycombo.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace waymark {

MonitoringDialog::MonitoringDialog(Database& db, const EhForm& form, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_form(form)
    , m_readOnly(!form.isDraft())
    , m_completedOn(new DateField)
    , m_saveError(makeSaveErrorLabel()) {
    const bool individual = form.kind == QLatin1String("individual_monitoring");
    setWindowTitle(form.id == 0 ? tr("New %1").arg(vocab::ehFormKind().label(form.kind).toLower())
                                : tr("%1, version %2 (%3)")
                                      .arg(vocab::ehFormKind().label(form.kind))
                                      .arg(form.version)
                                      .arg(vocab::ehFormStatus().label(form.status).toLower()));
    m_completedOn->setObjectName(QStringLiteral("completedOn"));
    m_completedOn->setDate(form.completedOn.isValid() ? form.completedOn : db.today());

    auto* layout = new QFormLayout;
    m_errors = new FormErrors(layout, this);
    m_errors->addRow(QStringLiteral("completed_on"), tr("&Completed on"), m_completedOn);
    if (individual) {
        m_person = new QComboBox;
        m_person->setObjectName(QStringLiteral("person"));
        m_person->addItem(tr("(choose a member)"), 0);
        if (auto family = FamilyRepository(db).get(form.familyId)) {
            for (const FamilyMember& m : family->members)
                if (auto p = PersonRepository(db).get(m.personId))
                    m_person->addItem(QStringLiteral("%1 (%2)").arg(
                                          p->displayName(), vocab::relationship().label(m.relationship)),
                                      m.personId);
        }
        m_person->setCurrentIndex(std::max(0, m_person->findData(form.personId)));
        m_errors->addRow(QStringLiteral("person_id"), tr("About &whom"), m_person);
    }
    for (const MonitoringQuestion& q : monitoringQuestions(form.kind)) {
        const QString key = answerKey(q.key);
        auto* answer = new VocabularyCombo(q.answers(), tr("(choose)"));
        answer->setObjectName(QStringLiteral("answer_") + QLatin1String(q.key));
        answer->setCode(form.text(key));
        auto* note = new QLineEdit(form.text(noteKey(q.key)));
        note->setObjectName(QStringLiteral("note_") + QLatin1String(q.key));
        note->setPlaceholderText(tr("Note: what was said or seen"));
        auto* advice = makeHintLabel(unknownAdvice(), QStringLiteral("advice_") + QLatin1String(q.key));
        auto* cell = new QWidget;
        auto* cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->addWidget(answer);
        cellLayout->addWidget(note);
        cellLayout->addWidget(advice);
        m_answers.insert(QLatin1String(q.key), answer);
        m_notes.insert(QLatin1String(q.key), note);
        m_advice.insert(QLatin1String(q.key), advice);
        m_errors->addRow(key, QCoreApplication::translate("Vocabulary", q.label), cell);
        connect(answer, &QComboBox::currentIndexChanged, this, &MonitoringDialog::updateAdvice);
    }

    auto* buttons = new QDialogButtonBox;
    if (m_readOnly) {
        buttons->addButton(QDialogButtonBox::Close);
    } else {
        auto* save = buttons->addButton(tr("&Save draft"), QDialogButtonBox::AcceptRole);
        save->setObjectName(QStringLiteral("saveDraft"));
        buttons->addButton(QDialogButtonBox::Cancel);
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* outer = new QVBoxLayout(this);
    outer->addWidget(makeHintLabel(
        individual
            ? tr("The payment-by-results questions about one member (section 23). Answer every one.")
            : tr("The payment-by-results questions about the household (section 23). Answer every one."),
        QStringLiteral("monitoringHint")));
    if (!form.decisionNote.isEmpty())
        outer->addWidget(
            makeHintLabel(tr("Manager's note: %1").arg(form.decisionNote), QStringLiteral("decisionNote")));
    outer->addLayout(layout);
    outer->addStretch(1);
    outer->addWidget(m_saveError);
    outer->addWidget(buttons);
    resize(640, individual ? 620 : 520);
    updateAdvice();

    if (m_readOnly) {
        m_completedOn->setReadOnly(true);
        if (m_person)
            m_person->setEnabled(false);
        for (VocabularyCombo* c : std::as_const(m_answers))
            c->setEnabled(false);
        for (QLineEdit* e : std::as_const(m_notes))
            e->setReadOnly(true);
    }
}

void MonitoringDialog::updateAdvice() {
    for (auto it = m_answers.begin(); it != m_answers.end(); ++it)
        m_advice.value(it.key())->setVisible(it.value()->code() == QLatin1String("unknown"));
}

EhForm MonitoringDialog::value() const {
    EhForm f = m_form;
    f.completedOn = m_completedOn->date();
    if (m_person)
        f.personId = m_person->currentData().toLongLong();
    for (const MonitoringQuestion& q : monitoringQuestions(f.kind)) {
        f.texts[answerKey(q.key)] = m_answers.value(QLatin1String(q.key))->code();
        f.texts[noteKey(q.key)] = m_notes.value(QLatin1String(q.key))->text().trimmed();
    }
    return f;
}

void MonitoringDialog::accept() {
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
