#include "earlyhelp/familystarpage.h"

#include "earlyhelp/ehformlist.h"
#include "earlyhelp/ehformrepository.h"
#include "earlyhelp/familystar.h"
#include "earlyhelp/familystardialog.h"
#include "earlyhelp/starchartwidget.h"
#include "print/starprint.h"
#include "storage/database.h"
#include "validation/dateinput.h"
#include "widgets/recordtable.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace waymark {

namespace {

QTableWidgetItem* cell(const QString& text) {
    return new QTableWidgetItem(text);
}

} // namespace

FamilyStarPage::FamilyStarPage(Database& db, QWidget* parent)
    : EarlyHelpPage(parent)
    , m_db(db)
    , m_everyReading(new QCheckBox(tr("Every reading over time")))
    , m_chart(new StarChartWidget)
    , m_distance(makeRecordTable(QStringLiteral("distanceTravelled"),
                                 {tr("Area"), tr("Assessment"), tr("Latest review"), tr("Change")}))
    , m_pbr(new QLabel) {
    m_list = new EhFormList(
        db, {QStringLiteral("star_assessment"), QStringLiteral("star_review")},
        [this](const EhForm& form) {
            FamilyStarDialog dialog(m_db, form, m_approved, this);
            return dialog.exec() == QDialog::Accepted;
        },
        [](Database& d, qint64 formId, const QString& path) { return printStarForm(d, formId, path); });
    m_list->addNewButton(QStringLiteral("star_assessment"), tr("New &assessment..."),
                         QStringLiteral("newAssessment"));
    m_list->addNewButton(QStringLiteral("star_review"), tr("New re&view..."), QStringLiteral("newReview"));
    m_list->table()->setMaximumHeight(140);

    m_everyReading->setObjectName(QStringLiteral("everyReading"));
    m_pbr->setObjectName(QStringLiteral("pbrIndicator"));
    m_pbr->setWordWrap(true);
    m_pbr->setTextFormat(Qt::RichText);
    m_pbr->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_distance->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto* formsBox = new QGroupBox(tr("Assessment and reviews (every version is kept)"));
    auto* formsLayout = new QVBoxLayout(formsBox);
    formsLayout->addWidget(m_list);

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
                                 11 * m_distance->verticalHeader()->defaultSectionSize() +
                                 12); // + a two-line header
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
    layout->addWidget(formsBox, 0);
    layout->addWidget(lower, 1);

    connect(m_list, &EhFormList::changed, this, [this] {
        refresh();
        emit changed();
    });
    connect(m_everyReading, &QCheckBox::toggled, this, &FamilyStarPage::fillChartAndIndicators);
}

void FamilyStarPage::showInvolvement(qint64 familyId, const Involvement& involvement) {
    m_involvement = involvement;
    m_list->setInvolvement(familyId, involvement);
    refresh();
}

void FamilyStarPage::refresh() {
    m_approved.clear();
    if (m_involvement.id != 0)
        for (EhForm& f : EhFormRepository(m_db).approved(m_involvement.id))
            if (isStarKind(f.kind))
                m_approved.push_back(std::move(f));
    m_list->refresh();
    updateNewButtons();
    fillChartAndIndicators();
}

void FamilyStarPage::updateNewButtons() {
    const bool brief = m_involvement.service == QLatin1String("early_help_brief");
    bool hasAssessment = false;
    for (const EhForm& f : m_list->forms())
        hasAssessment |= f.kind == QLatin1String("star_assessment");
    // Brief interventions use Signs of Wellbeing alone (section 11): no Family Star.
    m_list->setNewAllowed(QStringLiteral("star_assessment"), !brief && !hasAssessment,
                          brief ? tr("A brief intervention needs no Family Star (section 11).")
                                : tr("The assessment exists: revise it, or add a review."));
    m_list->setNewAllowed(QStringLiteral("star_review"), !brief && hasAssessment,
                          brief ? tr("A brief intervention needs no Family Star (section 11).")
                                : tr("A review follows the assessment."));
}

void FamilyStarPage::fillChartAndIndicators() {
    m_chart->setLines(starChartLines(m_approved, m_everyReading->isChecked()));

    const auto distance = distanceTravelled(m_approved);
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

} // namespace waymark
