#pragma once

#include "domain/chronologyentry.h"

#include <QHash>
#include <QWidget>

#include <vector>

class QComboBox;
class QPushButton;
class QLineEdit;
class QTextBrowser;
class QTreeWidget;

namespace waymark {

class Database;
class DateField;
class DeadlineService;

// A family's timeline of notes and significant events, newest first, filterable by kind, words
// and dates; the selected entry is shown in full underneath.
class ChronologyWidget : public QWidget {
    Q_OBJECT
public:
    explicit ChronologyWidget(Database& db, QWidget* parent = nullptr);

    void setDeadlineService(DeadlineService* service) { m_service = service; }
    void showFamily(qint64 familyId); // reloads from storage
    void selectRow(int row);

public slots:
    // Removes the selected recorded event (after asking); its deadlines are worked out again.
    void removeSelectedEvent();

signals:
    void eventRemoved();

public:
    int visibleEntryCount() const;
    QString entryTitle(int row) const;

private:
    void applyFilter();
    void showDetail();

    Database& m_db;
    DeadlineService* m_service = nullptr;
    qint64 m_familyId = 0;
    std::vector<ChronologyEntry> m_all;
    std::vector<ChronologyEntry> m_shown;
    QHash<qint64, QString> m_workerNames;
    QComboBox* m_category;
    QLineEdit* m_text;
    DateField* m_from;
    DateField* m_to;
    QTreeWidget* m_list;
    QTextBrowser* m_detail;
    QPushButton* m_removeEvent;
};

} // namespace waymark
