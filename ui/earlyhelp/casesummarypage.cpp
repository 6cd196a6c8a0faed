#include "earlyhelp/casesummarypage.h"

#include "earlyhelp/casesummary.h"
#include "earlyhelp/casesummarydialog.h"
#include "earlyhelp/ehformlist.h"
#include "earlyhelp/ehformrepository.h"
#include "print/ehformprint.h"
#include "storage/caseeventrepository.h"
#include "storage/database.h"
#include "validation/dateinput.h"

#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

namespace waymark {

CaseSummaryPage::CaseSummaryPage(Database& db, QWidget* parent)
    : EarlyHelpPage(parent)
    , m_db(db)
    , m_due(new QLabel) {
    m_list = new EhFormList(
        db, {QStringLiteral("case_summary")},
        [this](const EhForm& form) {
            CaseSummaryDialog dialog(m_db, form, m_involvement, this);
            return dialog.exec() == QDialog::Accepted;
        },
        [](Database& d, qint64 formId, const QString& path) { return printCaseSummary(d, formId, path); });
    m_list->addNewButton(QStringLiteral("case_summary"), tr("New case &summary..."),
                         QStringLiteral("newCaseSummary"));
    m_due->setObjectName(QStringLiteral("caseSummaryDue"));
    m_due->setWordWrap(true);
    m_due->setTextFormat(Qt::RichText);

    auto* box = new QGroupBox(tr("Case summaries (every version is kept)"));
    auto* boxLayout = new QVBoxLayout(box);
    boxLayout->addWidget(m_due);
    boxLayout->addWidget(m_list, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(box, 1);

    connect(m_list, &EhFormList::changed, this, [this] {
        refresh();
        emit changed();
    });
}

void CaseSummaryPage::showInvolvement(qint64 familyId, const Involvement& involvement) {
    m_involvement = involvement;
    m_list->setInvolvement(familyId, involvement);
    refresh();
}

QString CaseSummaryPage::dueText() const {
    return m_due->text();
}

void CaseSummaryPage::refresh() {
    m_list->refresh();
    m_list->setNewAllowed(QStringLiteral("case_summary"), m_involvement.id != 0);
    m_nextDue = QDate();
    if (m_involvement.id == 0) {
        m_due->clear();
        return;
    }
    QDate engaged;
    for (const RecordedEvent& e : CaseEventRepository(m_db).forFamily(m_involvement.familyId))
        if (e.involvementId == m_involvement.id && e.kind == QLatin1String("engagement_started") &&
            (!engaged.isValid() || e.date < engaged))
            engaged = e.date;
    const std::vector<EhForm> approved =
        EhFormRepository(m_db).approved(m_involvement.id, QStringLiteral("case_summary"));
    m_nextDue = nextCaseSummaryDue(engaged, approved);
    QString why;
    if (!approved.empty())
        why = tr("3 months after the last approved summary");
    else if (engaged.isValid())
        why = tr("the first, 4 months after engagement started on %1").arg(formatUserDate(engaged));
    if (!m_nextDue.isValid()) {
        m_due->setText(tr("Engagement has not started: the first case summary is due 4 months after it does, "
                          "then every 3 months (section 14)."));
        return;
    }
    const bool overdue = m_nextDue < m_db.today();
    m_due->setText(
        tr("Next case summary due by <b>%1</b> (%2)%3. Also write one whenever you seek consultation "
           "from social care.")
            .arg(formatUserDate(m_nextDue), why.toHtmlEscaped(),
                 overdue ? tr(": <span style=\"color:#d0342c\"><b>overdue</b></span>") : QString()));
}

} // namespace waymark
