#pragma once

#include "lift/liftstatistics.h"
#include "util/result.h"

#include <QWidget>

#include <map>
#include <optional>

class QChartView;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace waymark {

class Database;
class DateField;
class VocabularyCombo;

// The LIFT statistics (section 8 of the procedure) for the coordinator and managers: a referral date
// range, an aim and a locality, the summary figures, families by aim as a bar chart, a table by
// locality, and export to CSV or XLSX. Definitions: docs/lift.md, "Statistics".
class LiftStatsWindow : public QWidget {
    Q_OBJECT
public:
    explicit LiftStatsWindow(Database& db, QWidget* parent = nullptr);

    void setRange(const QDate& from, const QDate& to);
    void setAim(const QString& aimCode);       // empty: all aims
    void setLocality(const QString& locality); // empty: all localities
    void refresh();                            // recompute with the current choices

    // What is shown; nothing when the choices were wrong (the reason is shown instead).
    const std::optional<LiftStatistics>& statistics() const { return m_stats; }
    Status exportCsv(const QString& path) const;
    Status exportXlsx(const QString& path) const;

    QChartView* chartView() const { return m_chart; }
    QTableWidget* localityTable() const { return m_localities; }

private:
    void reloadLocalities();
    void showStatistics();
    void exportWithDialog(bool xlsx);

    Database& m_db;
    std::optional<LiftStatistics> m_stats;
    DateField* m_from;
    DateField* m_to;
    VocabularyCombo* m_aim;
    QComboBox* m_locality;
    QLabel* m_problem;
    std::map<QString, QLabel*> m_figures; // value labels by key, named "stat_<key>"
    QLabel* m_assumption;
    QChartView* m_chart;
    QTableWidget* m_localities;
    QPushButton* m_exportCsv;
    QPushButton* m_exportXlsx;
    QLabel* m_exported;
};

} // namespace waymark
