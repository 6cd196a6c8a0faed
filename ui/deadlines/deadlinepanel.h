#pragma once

#include "domain/family.h"
#include "domain/involvement.h"
#include "domain/person.h"

#include <QWidget>

#include <vector>

class QCheckBox;
class QLabel;
class QPushButton;

namespace waymark {

class Database;
class DeadlineService;
class DeadlineTable;

// A family's deadlines with their explanations; record what happened, and (managers) extend.
class DeadlinePanel : public QWidget {
    Q_OBJECT
public:
    DeadlinePanel(Database& db, QWidget* parent = nullptr);

    void setService(DeadlineService* service) { m_service = service; }
    void setCurrentWorker(qint64 workerId);
    void showFamily(const Family& family, const std::vector<Person>& members,
                    const std::vector<Involvement>& involvements);
    void refresh();
    DeadlineTable* table() const { return m_table; }

public slots:
    void recordEvent();
    void grantExtension();

signals:
    void changed();

private:
    void updateDetail();

    Database& m_db;
    DeadlineService* m_service = nullptr;
    qint64 m_workerId = 0;
    bool m_workerIsManager = false;
    Family m_family;
    std::vector<Person> m_members;
    std::vector<Involvement> m_involvements;
    QCheckBox* m_showDone;
    DeadlineTable* m_table;
    QLabel* m_detail;
    QPushButton* m_record;
    QPushButton* m_extend;
};

} // namespace waymark
