#pragma once

#include "domain/family.h"
#include "domain/involvement.h"
#include "domain/person.h"

#include <QWidget>

#include <vector>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace waymark {

class ChronologyWidget;
class FamilyFolderWidget;
class DeadlinePanel;
class DeadlineService;
class Database;
class EarlyHelpPanel;
class LiftPanel;
class NoteEditor;

// Everything about one family: who is in it, which services are involved, the chronology and
// the note editor.
class FamilyView : public QWidget {
    Q_OBJECT
public:
    enum Tab {
        OverviewTab,
        DeadlinesTab,
        ChronologyTab,
        NoteTab,
        LiftTab,
        EarlyHelpTab,
        FamiliesFirstTab,
        DocumentsTab
    };

    explicit FamilyView(Database& db, QWidget* parent = nullptr);

    void showFamily(qint64 familyId);
    qint64 familyId() const { return m_family.id; }
    QString familyName() const { return m_family.name; }
    void setCurrentWorker(qint64 workerId);
    void showTab(Tab tab);
    NoteEditor* noteEditor() const { return m_noteEditor; }
    ChronologyWidget* chronology() const { return m_chronology; }
    DeadlinePanel* deadlines() const { return m_deadlines; }
    LiftPanel* lift() const { return m_lift; }
    EarlyHelpPanel* earlyHelp() const { return m_earlyHelp; }
    EarlyHelpPanel* familiesFirst() const { return m_familiesFirst; }
    FamilyFolderWidget* folder() const { return m_folder; }
    void setDeadlineService(DeadlineService* service);

public slots:
    void editFamily();
    void addMember();
    void editSelectedMember();
    void addInvolvement();
    void editSelectedInvolvement();
    void writeNote();

signals:
    void familyChanged(qint64 familyId); // details, members or involvements changed

private:
    void reload();
    void fillMembers();
    std::vector<Person> children() const; // members whose relationship is "child"
    void fillInvolvements();
    void reportFailure(const QString& action, const QString& error);
    QString suggestedSurname() const;

    Database& m_db;
    qint64 m_currentWorkerId = 0;
    Family m_family;
    std::vector<Person> m_members; // same order as m_family.members
    std::vector<Involvement> m_involvements;
    QLabel* m_title;
    QLabel* m_subtitle;
    QTabWidget* m_tabs;
    QTableWidget* m_memberTable;
    QTableWidget* m_involvementTable;
    ChronologyWidget* m_chronology;
    FamilyFolderWidget* m_folder;
    DeadlinePanel* m_deadlines;
    NoteEditor* m_noteEditor;
    LiftPanel* m_lift;
    EarlyHelpPanel* m_earlyHelp;
    EarlyHelpPanel* m_familiesFirst;
};

} // namespace waymark
