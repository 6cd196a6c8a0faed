#include "earlyhelp/planpage.h"

#include "earlyhelp/ehformlist.h"
#include "earlyhelp/ehformrepository.h"
#include "earlyhelp/plan.h"
#include "earlyhelp/plandialog.h"
#include "print/planprint.h"
#include "storage/database.h"
#include "storage/workerrepository.h"
#include "validation/dateinput.h"

#include <QGroupBox>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace waymark {

PlanPage::PlanPage(Database& db, QWidget* parent)
    : EarlyHelpPage(parent)
    , m_db(db)
    , m_agencies(new QLabel) {
    m_list = new EhFormList(
        db, {QStringLiteral("plan")},
        [this](const EhForm& form) {
            PlanDialog dialog(m_db, form, m_approved, this);
            return dialog.exec() == QDialog::Accepted;
        },
        [](Database& d, qint64 formId, const QString& path) { return printPlan(d, formId, path); });
    m_list->addNewButton(QStringLiteral("plan"), tr("New &plan..."), QStringLiteral("newPlan"));

    m_agencies->setObjectName(QStringLiteral("otherAgencies"));
    m_agencies->setWordWrap(true);
    m_agencies->setTextFormat(Qt::RichText);
    m_agencies->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto* formsBox = new QGroupBox(tr("Plans under the 10 Family Star headings (every version is kept)"));
    auto* formsLayout = new QVBoxLayout(formsBox);
    formsLayout->addWidget(m_list);
    auto* agenciesBox = new QGroupBox(tr("Other agencies' work in the approved plan"));
    auto* agenciesLayout = new QVBoxLayout(agenciesBox);
    agenciesLayout->addWidget(m_agencies);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(formsBox, 1);
    layout->addWidget(agenciesBox, 0);

    connect(m_list, &EhFormList::changed, this, [this] {
        refresh();
        emit changed();
    });
}

void PlanPage::showInvolvement(qint64 familyId, const Involvement& involvement) {
    m_involvement = involvement;
    m_list->setInvolvement(familyId, involvement);
    refresh();
}

void PlanPage::refresh() {
    m_approved.clear();
    if (m_involvement.id != 0)
        m_approved = EhFormRepository(m_db).approved(m_involvement.id);
    m_list->refresh();
    const bool brief = m_involvement.service == QLatin1String("early_help_brief");
    m_list->setNewAllowed(QStringLiteral("plan"), !brief,
                          tr("A brief intervention plans its work in the Signs of Wellbeing \"Next "
                             "Steps\" (Appendix I)."));

    const EhForm* plan = nullptr;
    for (const EhForm& f : m_approved)
        if (f.kind == QLatin1String("plan"))
            plan = &f;
    if (!plan) {
        m_agencies->setText(tr("No approved plan yet."));
        return;
    }
    QString html = QStringLiteral("<p>%1</p><ul>")
                       .arg(tr("Plan of %1:").arg(formatUserDate(plan->completedOn)).toHtmlEscaped());
    int count = 0;
    for (const PlanItem& p : plan->planItems) {
        if (p.responsibleKind != QLatin1String("other_agency") || isNotPrioritisedMarker(p))
            continue;
        ++count;
        html += QStringLiteral("<li><b>%1</b> (%2): %3</li>")
                    .arg(planResponsibleText(p, QString()).toHtmlEscaped(),
                         vocab::starArea().label(p.area).toHtmlEscaped(), p.doing.toHtmlEscaped());
    }
    html += QStringLiteral("</ul>");
    m_agencies->setText(count ? html : tr("No other agency has work in the approved plan."));
}

QString PlanPage::otherAgenciesText() const {
    return m_agencies->text();
}

} // namespace waymark
