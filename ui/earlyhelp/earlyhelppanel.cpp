#include "earlyhelp/earlyhelppanel.h"

#include "domain/vocabulary.h"
#include "earlyhelp/casesummarypage.h"
#include "earlyhelp/closurepage.h"
#include "earlyhelp/consentpage.h"
#include "earlyhelp/contactlogpage.h"
#include "earlyhelp/earlyhelppage.h"
#include "earlyhelp/familiesfirstpage.h"
#include "earlyhelp/familystarpage.h"
#include "earlyhelp/intakepage.h"
#include "earlyhelp/monitoringpage.h"
#include "earlyhelp/planpage.h"
#include "earlyhelp/signsofwellbeingpage.h"
#include "storage/database.h"
#include "storage/involvementrepository.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QTabWidget>
#include <QVBoxLayout>

namespace waymark {

bool isEarlyHelpService(const QString& service) {
    return service.startsWith(QLatin1String("early_help_"));
}

EarlyHelpPanel::EarlyHelpPanel(Database& db, Pathway pathway, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_pathway(pathway)
    , m_involvementBox(new QComboBox)
    , m_summary(new QLabel)
    , m_pages(new QTabWidget) {
    m_involvementBox->setObjectName(QStringLiteral("ehInvolvement"));
    m_summary->setObjectName(QStringLiteral("ehSummary"));
    m_summary->setWordWrap(true);
    m_pages->setObjectName(QStringLiteral("ehPages"));
    m_pages->setTabBarAutoHide(true); // Families First has a single page: no tab bar for it

    auto* top = new QHBoxLayout;
    auto* label =
        new QLabel(pathway == Pathway::FamiliesFirst ? tr("Families First &work:") : tr("Early Help &work:"));
    label->setBuddy(m_involvementBox);
    top->addWidget(label);
    top->addWidget(m_involvementBox, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_pages, 1);
    connect(m_involvementBox, &QComboBox::currentIndexChanged, this, [this] { showCurrent(); });

    // Stockport's pathway has one page of its own (seed 004).
    if (pathway == Pathway::FamiliesFirst) {
        addPage(new FamiliesFirstPage(m_db), tr("&Families First"));
        return;
    }
    // Pages, in the order the guidance works: add new ones here.
    addPage(new IntakePage(m_db), tr("&Intake"));
    addPage(new ContactLogPage(m_db), tr("&Contact attempts"));
    addPage(new ConsentPage(m_db), tr("Parental co&nsent"));
    addPage(new FamilyStarPage(m_db), tr("Family &Star"));
    addPage(new SignsOfWellbeingPage(m_db), tr("Signs of &Wellbeing"));
    addPage(new MonitoringPage(m_db), tr("&Monitoring"));
    addPage(new PlanPage(m_db), tr("&Plan"));
    addPage(new CaseSummaryPage(m_db), tr("Case s&ummary"));
    addPage(new ClosurePage(m_db), tr("C&losure"));
}

void EarlyHelpPanel::addPage(EarlyHelpPage* page, const QString& title) {
    m_pageList.push_back(page);
    m_pages->addTab(page, title);
    connect(page, &EarlyHelpPage::changed, this, [this] {
        refresh();
        emit changed();
    });
}

void EarlyHelpPanel::showFamily(qint64 familyId) {
    m_familyId = familyId;
    refresh();
}

void EarlyHelpPanel::refresh() {
    const qint64 keep = currentInvolvement().id;
    m_involvements.clear();
    if (m_familyId != 0)
        for (const Involvement& inv : InvolvementRepository(m_db).forFamily(m_familyId))
            if (m_pathway == Pathway::FamiliesFirst ? inv.service == QLatin1String("families_first")
                                                    : isEarlyHelpService(inv.service))
                m_involvements.push_back(inv);
    const QSignalBlocker block(m_involvementBox);
    m_involvementBox->clear();
    int select = 0;
    const QLocale locale;
    for (size_t i = 0; i < m_involvements.size(); ++i) {
        const Involvement& inv = m_involvements[i];
        m_involvementBox->addItem(tr("%1, referred %2 (%3)")
                                      .arg(vocab::service().label(inv.service),
                                           locale.toString(inv.referralDate, QLocale::ShortFormat),
                                           vocab::involvementStatus().label(inv.status)));
        if (inv.id == keep)
            select = int(i);
    }
    m_involvementBox->setEnabled(m_involvements.size() > 1);
    m_involvementBox->setCurrentIndex(m_involvements.empty() ? -1 : select);
    showCurrent();
}

void EarlyHelpPanel::selectInvolvement(int index) {
    m_involvementBox->setCurrentIndex(index);
}

Involvement EarlyHelpPanel::currentInvolvement() const {
    const int i = m_involvementBox->currentIndex();
    return i >= 0 && i < int(m_involvements.size()) ? m_involvements[size_t(i)] : Involvement{};
}

void EarlyHelpPanel::showCurrent() {
    const Involvement inv = currentInvolvement();
    const QString none = m_pathway == Pathway::FamiliesFirst
                             ? tr("This family has no Families First work. Add the service \"Families First "
                                  "intensive support\" on the Overview tab to begin.")
                             : tr("This family has no Early Help work. Add an Early Help service (brief, "
                                  "targeted or intensive) on the Overview tab to begin.");
    m_summary->setText(inv.id == 0 ? none : QString());
    m_summary->setVisible(inv.id == 0);
    m_pages->setEnabled(inv.id != 0);
    for (EarlyHelpPage* page : m_pageList)
        page->showInvolvement(m_familyId, inv);
}

} // namespace waymark
