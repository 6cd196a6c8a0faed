#pragma once

#include "domain/involvement.h"

#include <QWidget>

#include <vector>

class QComboBox;
class QLabel;
class QTabWidget;

namespace waymark {

class Database;
class EarlyHelpPage;

// The family's Early Help work (seed 003): choose one of its Early Help involvements (brief,
// targeted or intensive), then work through the pages from intake to closure. With
// Pathway::FamiliesFirst the same panel holds Stockport's Families First work (seed 004). Each page is its
// own widget (ui/earlyhelp/*page.*), added in the constructor.
class EarlyHelpPanel : public QWidget {
    Q_OBJECT
public:
    enum class Pathway { EarlyHelp, FamiliesFirst };
    explicit EarlyHelpPanel(Database& db, Pathway pathway = Pathway::EarlyHelp, QWidget* parent = nullptr);

    void showFamily(qint64 familyId);
    void refresh();
    int involvementCount() const { return int(m_involvements.size()); }
    void selectInvolvement(int index);
    Involvement currentInvolvement() const;
    QTabWidget* pages() const { return m_pages; }
    // The page of the given type, for tests and for the panel's own wiring.
    template <typename Page> Page* page() const {
        for (EarlyHelpPage* p : m_pageList)
            if (auto* typed = qobject_cast<Page*>(p))
                return typed;
        return nullptr;
    }

signals:
    void changed(); // an Early Help record was saved: the deadlines and chronology follow

private:
    void addPage(EarlyHelpPage* page, const QString& title);
    void showCurrent();

    Database& m_db;
    Pathway m_pathway;
    qint64 m_familyId = 0;
    std::vector<Involvement> m_involvements;
    QComboBox* m_involvementBox;
    QLabel* m_summary;
    QTabWidget* m_pages;
    std::vector<EarlyHelpPage*> m_pageList;
};

// Early Help services, in the order the guidance escalates them.
bool isEarlyHelpService(const QString& service);

} // namespace waymark
