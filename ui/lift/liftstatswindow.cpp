#include "lift/liftstatswindow.h"

#include "lift/liftstatsexport.h"
#include "lift/liftvocabulary.h"
#include "lift/payments.h"
#include "storage/database.h"
#include "widgets/datefield.h"
#include "widgets/vocabularycombo.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFileDialog>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

namespace waymark {

namespace {

struct Figure {
    const char* key;
    const char* label;
};

// The summary, in the order of section 8 of the procedure.
const Figure kFigures[] = {
    {"referrals", QT_TRANSLATE_NOOP("waymark::LiftStatsWindow", "Referrals")},
    {"families", QT_TRANSLATE_NOOP("waymark::LiftStatsWindow", "Families referred")},
    {"appropriate", QT_TRANSLATE_NOOP("waymark::LiftStatsWindow", "Appropriate")},
    {"notAppropriate", QT_TRANSLATE_NOOP("waymark::LiftStatsWindow", "Not appropriate (NFA)")},
    {"achieved", QT_TRANSLATE_NOOP("waymark::LiftStatsWindow", "Families achieving an aim")},
    {"notAchieved", QT_TRANSLATE_NOOP("waymark::LiftStatsWindow", "Families not achieving")},
    {"inProgress", QT_TRANSLATE_NOOP("waymark::LiftStatsWindow", "Families still in progress")},
    {"averageWeeks", QT_TRANSLATE_NOOP("waymark::LiftStatsWindow", "Average involvement")},
    {"care", QT_TRANSLATE_NOOP("waymark::LiftStatsWindow", "Entered / returned to care within a year")},
    {"followUpUnknown", QT_TRANSLATE_NOOP("waymark::LiftStatsWindow", "Follow-ups not yet recorded")},
    {"hours", QT_TRANSLATE_NOOP("waymark::LiftStatsWindow", "Session hours")},
    {"cost", QT_TRANSLATE_NOOP("waymark::LiftStatsWindow", "Financial cost")},
    {"costSplit", QT_TRANSLATE_NOOP("waymark::LiftStatsWindow", "of which exempt / taxable / mileage")},
    {"savings", QT_TRANSLATE_NOOP("waymark::LiftStatsWindow", "Possible savings")},
};

QTableWidgetItem* numberItem(const QString& text) {
    auto* item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

LiftStatsWindow::LiftStatsWindow(Database& db, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_db(db)
    , m_from(new DateField)
    , m_to(new DateField)
    , m_aim(new VocabularyCombo(vocab::liftAim(), tr("All aims")))
    , m_locality(new QComboBox)
    , m_problem(new QLabel)
    , m_assumption(new QLabel)
    , m_chart(new QChartView)
    , m_localities(new QTableWidget)
    , m_exportCsv(new QPushButton(tr("Export CSV...")))
    , m_exportXlsx(new QPushButton(tr("Export XLSX...")))
    , m_exported(new QLabel) {
    setObjectName(QStringLiteral("liftStats"));
    setWindowTitle(tr("LIFT statistics - Waymark"));
    m_from->setObjectName(QStringLiteral("statsFrom"));
    m_to->setObjectName(QStringLiteral("statsTo"));
    m_aim->setObjectName(QStringLiteral("statsAim"));
    m_locality->setObjectName(QStringLiteral("statsLocality"));
    m_problem->setObjectName(QStringLiteral("statsProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #a00000;"));
    m_problem->setWordWrap(true);
    m_exported->setObjectName(QStringLiteral("statsExported"));
    m_exportCsv->setObjectName(QStringLiteral("exportCsv"));
    m_exportXlsx->setObjectName(QStringLiteral("exportXlsx"));
    m_chart->setObjectName(QStringLiteral("statsChart"));
    m_localities->setObjectName(QStringLiteral("statsLocalities"));

    // Default: the last twelve months of referrals.
    const QDate today = m_db.today();
    m_from->setDate(today.addYears(-1).addDays(1));
    m_to->setDate(today);
    auto* show = new QPushButton(tr("Show"));
    show->setObjectName(QStringLiteral("statsShow"));
    show->setDefault(true);

    auto* choices = new QHBoxLayout;
    choices->addWidget(new QLabel(tr("Referred from")));
    choices->addWidget(m_from);
    choices->addWidget(new QLabel(tr("to")));
    choices->addWidget(m_to);
    choices->addWidget(new QLabel(tr("Aim")));
    choices->addWidget(m_aim, 1);
    choices->addWidget(new QLabel(tr("Locality")));
    choices->addWidget(m_locality);
    choices->addWidget(show);

    auto* summaryBox = new QGroupBox(tr("Summary"));
    auto* grid = new QGridLayout(summaryBox);
    int row = 0;
    for (const Figure& f : kFigures) {
        auto* value = new QLabel;
        value->setObjectName(QStringLiteral("stat_") + QLatin1String(f.key));
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        const int column = row >= 7 ? 2 : 0; // two columns of seven
        grid->addWidget(new QLabel(tr(f.label)), row % 7, column);
        grid->addWidget(value, row % 7, column + 1);
        m_figures[QLatin1String(f.key)] = value;
        ++row;
    }
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    m_assumption->setWordWrap(true);
    m_assumption->setObjectName(QStringLiteral("statsAssumption"));
    m_assumption->setStyleSheet(QStringLiteral("color: palette(mid);"));
    grid->addWidget(m_assumption, 7, 0, 1, 4);

    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(260);
    m_localities->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_localities->verticalHeader()->hide();
    m_localities->setColumnCount(8);
    m_localities->setHorizontalHeaderLabels({tr("Locality"), tr("Referrals"), tr("Families"), tr("Achieved"),
                                             tr("Not achieved"), tr("In progress"), tr("Cost"),
                                             tr("Savings")});
    m_localities->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);

    // The chart takes the full width: the aims' labels are long.
    auto* charts = new QVBoxLayout;
    charts->addWidget(m_chart, 3);
    charts->addWidget(new QLabel(tr("By locality")));
    charts->addWidget(m_localities, 2);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_exported, 1);
    buttons->addWidget(m_exportCsv);
    buttons->addWidget(m_exportXlsx);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(choices);
    layout->addWidget(m_problem);
    layout->addWidget(summaryBox);
    layout->addLayout(charts, 1);
    layout->addLayout(buttons);

    connect(show, &QPushButton::clicked, this, &LiftStatsWindow::refresh);
    connect(m_exportCsv, &QPushButton::clicked, this, [this] { exportWithDialog(false); });
    connect(m_exportXlsx, &QPushButton::clicked, this, [this] { exportWithDialog(true); });
    reloadLocalities();
    resize(1100, 900);
    refresh();
}

void LiftStatsWindow::setRange(const QDate& from, const QDate& to) {
    m_from->setDate(from);
    m_to->setDate(to);
}

void LiftStatsWindow::setAim(const QString& aimCode) {
    m_aim->setCode(aimCode);
}

void LiftStatsWindow::setLocality(const QString& locality) {
    const int i = m_locality->findData(locality);
    m_locality->setCurrentIndex(i < 0 ? 0 : i);
}

void LiftStatsWindow::reloadLocalities() {
    const QString current = m_locality->currentData().toString();
    m_locality->clear();
    m_locality->addItem(tr("All localities"), QString());
    for (const QString& l : liftLocalities(m_db))
        m_locality->addItem(l, l);
    setLocality(current);
}

void LiftStatsWindow::refresh() {
    m_stats.reset();
    m_exported->clear();
    if (!m_from->isValidInput() || !m_to->isValidInput() || !m_from->date().isValid() ||
        !m_to->date().isValid()) {
        m_problem->setText(tr("Enter both dates of the range as dd/mm/yyyy."));
    } else {
        auto stats = liftStatistics(
            m_db, {m_from->date(), m_to->date(), m_aim->code(), m_locality->currentData().toString()});
        if (stats) {
            m_stats = *stats;
            m_problem->setText(m_stats->warnings.join(QLatin1Char('\n')));
        } else {
            m_problem->setText(stats.error());
        }
    }
    showStatistics();
}

void LiftStatsWindow::showStatistics() {
    const bool shown = m_stats.has_value();
    m_exportCsv->setEnabled(shown);
    m_exportXlsx->setEnabled(shown);
    for (auto& [key, label] : m_figures)
        label->clear();
    m_localities->setRowCount(0);
    auto* chart = new QChart;
    chart->setTitle(tr("Families by aim"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    // setChart() releases the previous chart without deleting it.
    QChart* previous = m_chart->chart();
    m_chart->setChart(chart);
    delete previous;
    if (!shown) {
        m_assumption->clear();
        return;
    }
    const LiftStatistics& s = *m_stats;
    const LiftGroupStats& t = s.total;
    const QLocale locale;
    auto set = [this](const char* key, const QString& text) {
        m_figures[QLatin1String(key)]->setText(text);
    };
    set("referrals", QString::number(t.referrals));
    set("families", QString::number(t.families));
    set("appropriate", QString::number(t.appropriate));
    set("notAppropriate", QString::number(t.notAppropriate));
    set("achieved", QString::number(t.familiesAchieved));
    set("notAchieved", QString::number(t.familiesNotAchieved));
    set("inProgress", QString::number(t.familiesInProgress));
    set("averageWeeks", t.involvementsMeasured
                            ? tr("%1 weeks (%n closed involvement(s))", nullptr, t.involvementsMeasured)
                                  .arg(locale.toString(t.averageWeeks(), 'f', 1))
                            : tr("none closed yet"));
    set("care", tr("%1 / %2").arg(t.enteredCare).arg(t.returnedToCare));
    set("followUpUnknown", QString::number(t.followUpUnknown));
    set("hours", locale.toString(t.sessionMinutes / 60.0, 'f', 2));
    set("cost", formatPounds(t.costPence()));
    set("costSplit",
        tr("%1 / %2 / %3")
            .arg(formatPounds(t.exemptPence), formatPounds(t.taxablePence), formatPounds(t.mileagePence)));
    set("savings", tr("%1 (%2 weeks of care avoided)").arg(formatPounds(t.savingsPence)).arg(t.weeksAvoided));
    m_assumption->setText(liftSavingsAssumption());

    // Families by aim, every aim listed even at zero; horizontal bars leave room for the labels.
    auto* referred = new QBarSet(tr("Families referred"));
    auto* achieved = new QBarSet(tr("Achieved the aim"));
    auto* notAchieved = new QBarSet(tr("Did not achieve"));
    QStringList aims;
    int most = 1;
    // A horizontal bar chart draws its first category at the bottom: going through the aims in
    // reverse puts aim 1 at the top, in the procedure's order.
    for (auto it = s.byAim.rbegin(); it != s.byAim.rend(); ++it) {
        const LiftGroupStats& g = *it;
        aims << g.label;
        *referred << g.families;
        *achieved << g.familiesAchieved;
        *notAchieved << g.familiesNotAchieved;
        most = std::max(most, g.families);
    }
    auto* series = new QHorizontalBarSeries;
    series->append({referred, achieved, notAchieved});
    chart->addSeries(series);
    auto* categories = new QBarCategoryAxis;
    categories->append(aims);
    chart->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);
    auto* counts = new QValueAxis;
    counts->setRange(0, most);
    counts->setTickCount(std::min(most, 10) + 1);
    counts->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(counts, Qt::AlignBottom);
    series->attachAxis(counts);

    m_localities->setRowCount(int(s.byLocality.size()));
    for (int r = 0; r < int(s.byLocality.size()); ++r) {
        const LiftGroupStats& g = s.byLocality[size_t(r)];
        m_localities->setItem(r, 0, new QTableWidgetItem(g.label));
        m_localities->setItem(r, 1, numberItem(QString::number(g.referrals)));
        m_localities->setItem(r, 2, numberItem(QString::number(g.families)));
        m_localities->setItem(r, 3, numberItem(QString::number(g.familiesAchieved)));
        m_localities->setItem(r, 4, numberItem(QString::number(g.familiesNotAchieved)));
        m_localities->setItem(r, 5, numberItem(QString::number(g.familiesInProgress)));
        m_localities->setItem(r, 6, numberItem(formatPounds(g.costPence())));
        m_localities->setItem(r, 7, numberItem(formatPounds(g.savingsPence)));
    }
    m_localities->resizeColumnsToContents();
}

Status LiftStatsWindow::exportCsv(const QString& path) const {
    if (!m_stats)
        return Status::failure(tr("There are no statistics to export."));
    const QByteArray bytes = liftStatisticsToCsv(*m_stats);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Status::failure(tr("Could not write the file: %1").arg(file.errorString()));
    return recordStatisticsExport(m_db, *m_stats, QStringLiteral("csv"));
}

Status LiftStatsWindow::exportXlsx(const QString& path) const {
    if (!m_stats)
        return Status::failure(tr("There are no statistics to export."));
    if (Status s = writeLiftStatisticsXlsx(*m_stats, path); !s)
        return s;
    return recordStatisticsExport(m_db, *m_stats, QStringLiteral("xlsx"));
}

void LiftStatsWindow::exportWithDialog(bool xlsx) {
    const QString suggested = QStringLiteral("lift-statistics-%1-to-%2.%3")
                                  .arg(dateToText(m_stats ? m_stats->filter.from : QDate()),
                                       dateToText(m_stats ? m_stats->filter.to : QDate()),
                                       xlsx ? QStringLiteral("xlsx") : QStringLiteral("csv"));
    const QString path =
        QFileDialog::getSaveFileName(this, xlsx ? tr("Export to XLSX") : tr("Export to CSV"), suggested,
                                     xlsx ? tr("Excel workbook (*.xlsx)") : tr("CSV file (*.csv)"));
    if (path.isEmpty())
        return;
    const Status written = xlsx ? exportXlsx(path) : exportCsv(path);
    m_exported->setText(written ? tr("Exported. The file is not encrypted: keep it on encrypted storage.")
                                : written.error());
}

} // namespace waymark
