#pragma once

#include <QDialog>

class QTableWidget;

namespace waymark {

class Database;

// For a team manager: who viewed or changed one family's record, and when, newest first, read
// from the audit trail.
class AccessHistoryDialog : public QDialog {
    Q_OBJECT
public:
    AccessHistoryDialog(const Database& db, qint64 familyId, const QString& familyName,
                        QWidget* parent = nullptr);
    QTableWidget* table() const { return m_table; }

private:
    QTableWidget* m_table;
};

} // namespace waymark
