#pragma once

#include "domain/chronologyentry.h"

#include <QHash>
#include <QWidget>

#include <vector>

class QComboBox;
class QLineEdit;
class QTextBrowser;
class QTreeWidget;

namespace waymark {

class Database;
class DateField;

// A family's timeline of notes and significant events, newest first, filterable by kind, words
// and dates; the selected entry is shown in full underneath.
class ChronologyWidget : public QWidget {
    Q_OBJECT
public:
    explicit ChronologyWidget(Database& db, QWidget* parent = nullptr);

    void showFamily(qint64 familyId); // reloads from storage
    int visibleEntryCount() const;
    QString entryTitle(int row) const;

private:
    void applyFilter();
    void showDetail();

    Database& m_db;
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
};

} // namespace waymark
