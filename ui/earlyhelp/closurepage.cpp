#include "earlyhelp/closurepage.h"

#include "earlyhelp/closure.h"
#include "earlyhelp/closuredialog.h"
#include "earlyhelp/ehformlist.h"
#include "print/closureprint.h"
#include "storage/database.h"
#include "validation/dateinput.h"
#include "widgets/vocabularycombo.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace waymark {

ClosurePage::ClosurePage(Database& db, QWidget* parent)
    : EarlyHelpPage(parent)
    , m_db(db)
    , m_saveMinimum(new QPushButton(tr("Save the chec&klist")))
    , m_minimumStatus(new QLabel)
    , m_state(new QLabel) {
    m_list = new EhFormList(
        db, {QStringLiteral("closure"), QStringLiteral("brief_closure")},
        [this](const EhForm& form) {
            ClosureDialog dialog(m_db, form, m_involvement, this);
            return dialog.exec() == QDialog::Accepted;
        },
        [](Database& d, qint64 formId, const QString& path) { return printClosureForm(d, formId, path); });
    m_list->addNewButton(QStringLiteral("closure"), tr("New &closure form..."), QStringLiteral("newClosure"));
    m_list->addNewButton(QStringLiteral("brief_closure"), tr("New closure &summary (brief)..."),
                         QStringLiteral("newBriefClosure"));

    // Section 9's checklist: one row per requirement.
    auto* minimumBox = new QGroupBox(tr("Minimum requirements (section 9): carried into the closure"));
    auto* grid = new QGridLayout(minimumBox);
    grid->addWidget(new QLabel(tr("<b>Requirement</b>")), 0, 0);
    grid->addWidget(new QLabel(tr("<b>Status</b>")), 0, 1);
    grid->addWidget(new QLabel(tr("<b>Note</b> (e.g. which GP; why it does not apply)")), 0, 2);
    grid->addWidget(new QLabel(tr("<b>Checked</b>")), 0, 3);
    int row = 1;
    for (const QString& item : vocab::minimumRequirement().codes()) {
        auto* status = new VocabularyCombo(vocab::minimumRequirementStatus(), tr("(not checked yet)"));
        status->setObjectName(QStringLiteral("minreqStatus_") + item);
        auto* note = new QLineEdit;
        note->setObjectName(QStringLiteral("minreqNote_") + item);
        auto* checked = new QLabel;
        checked->setObjectName(QStringLiteral("minreqChecked_") + item);
        m_status.insert(item, status);
        m_notes.insert(item, note);
        m_checked.insert(item, checked);
        grid->addWidget(new QLabel(vocab::minimumRequirement().label(item)), row, 0);
        grid->addWidget(status, row, 1);
        grid->addWidget(note, row, 2);
        grid->addWidget(checked, row, 3);
        ++row;
    }
    grid->setColumnStretch(2, 1);
    m_saveMinimum->setObjectName(QStringLiteral("saveMinimumRequirements"));
    m_minimumStatus->setObjectName(QStringLiteral("minimumRequirementsStatus"));
    m_minimumStatus->setWordWrap(true);
    auto* saveRow = new QHBoxLayout;
    saveRow->addWidget(m_saveMinimum);
    saveRow->addWidget(m_minimumStatus, 1);
    grid->addLayout(saveRow, row, 0, 1, 4);

    m_state->setObjectName(QStringLiteral("closureState"));
    m_state->setWordWrap(true);
    auto* closureBox = new QGroupBox(tr("Closure (section 20): the manager's approval closes the work"));
    auto* closureLayout = new QVBoxLayout(closureBox);
    closureLayout->addWidget(m_state);
    closureLayout->addWidget(m_list, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(minimumBox, 0);
    layout->addWidget(closureBox, 1);

    connect(m_saveMinimum, &QPushButton::clicked, this, [this] { saveMinimumRequirements(); });
    connect(m_list, &EhFormList::changed, this, [this] {
        refresh();
        emit changed();
    });
}

void ClosurePage::showInvolvement(qint64 familyId, const Involvement& involvement) {
    m_involvement = involvement;
    m_list->setInvolvement(familyId, involvement);
    m_minimumStatus->clear();
    refresh();
}

void ClosurePage::refresh() {
    loadMinimumRequirements();
    m_list->refresh();
    const QString kind = closureFormKind(m_involvement.service);
    bool exists = false;
    for (const EhForm& f : m_list->forms())
        exists |= f.kind == kind;
    for (const QString& k : {QStringLiteral("closure"), QStringLiteral("brief_closure")})
        m_list->setNewAllowed(k, k == kind && !exists,
                              k != kind
                                  ? (kind == QLatin1String("brief_closure")
                                         ? tr("A brief intervention closes with the closure summary.")
                                         : tr("Targeted and intensive work closes with the closure form."))
                                  : tr("The closure form exists: open, revise or submit it."));
    if (m_involvement.id == 0)
        m_state->clear();
    else if (!m_involvement.isOpen())
        m_state->setText(tr("The work closed on %1: %2.")
                             .arg(formatUserDate(m_involvement.closedOn),
                                  vocab::closureOutcome().label(m_involvement.closureOutcome)));
    else
        m_state->setText(
            kind == QLatin1String("brief_closure")
                ? tr("Open. Complete the Brief Intervention Closure Summary (Appendix IV) and submit "
                     "it: the manager's approval closes the work.")
                : tr("Open. Complete a Family Star review in the two weeks before closure, then the "
                     "closure form: the manager's approval closes the work."));
}

void ClosurePage::loadMinimumRequirements() {
    m_minimum.clear();
    if (m_involvement.id != 0)
        if (auto items = MinimumRequirementRepository(m_db).forInvolvement(m_involvement.id))
            m_minimum = *items;
    const bool editable = m_involvement.id != 0 && m_involvement.isOpen();
    for (const QString& item : vocab::minimumRequirement().codes()) {
        MinimumRequirement r{item, QString(), QString(), QDate()};
        for (const MinimumRequirement& m : m_minimum)
            if (m.item == item)
                r = m;
        m_status.value(item)->setCode(r.status);
        m_notes.value(item)->setText(r.note);
        m_checked.value(item)->setText(formatUserDate(r.updatedOn));
        m_status.value(item)->setEnabled(editable);
        m_notes.value(item)->setReadOnly(!editable);
    }
    m_saveMinimum->setEnabled(editable);
}

bool ClosurePage::saveMinimumRequirements() {
    MinimumRequirementRepository repo(m_db);
    int saved = 0;
    for (const MinimumRequirement& stored : m_minimum) {
        MinimumRequirement r = stored;
        r.status = m_status.value(r.item)->code();
        r.note = m_notes.value(r.item)->text().trimmed();
        if (r.status == stored.status && r.note == stored.note)
            continue;
        if (r.status.isEmpty() && stored.status.isEmpty())
            continue;
        r.updatedOn = QDate();
        if (Status s = repo.save(m_involvement.id, r); !s) {
            m_minimumStatus->setStyleSheet(QStringLiteral("color: #d0342c;"));
            m_minimumStatus->setText(s.error());
            return false;
        }
        ++saved;
    }
    loadMinimumRequirements();
    m_minimumStatus->setStyleSheet(QString());
    m_minimumStatus->setText(saved ? tr("Checklist saved.") : tr("Nothing changed."));
    if (saved)
        emit changed();
    return true;
}

QString ClosurePage::minimumRequirementsStatus() const {
    return m_minimumStatus->text();
}

QString ClosurePage::closureStateText() const {
    return m_state->text();
}

} // namespace waymark
