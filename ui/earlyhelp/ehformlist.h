#pragma once

#include "domain/involvement.h"
#include "earlyhelp/ehforms.h"
#include "util/result.h"

#include <QHash>
#include <QStringList>
#include <QWidget>

#include <functional>
#include <vector>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QTableWidget;

namespace waymark {

class Database;

// Every version of the Early Help forms of some kinds for one involvement, with their life: new,
// open, submit to the manager, sign off (approve or return with a note), revise, remove a draft,
// print. Each page (Family Star, Signs of Wellbeing, plans, ...) embeds one and supplies what is
// particular to its forms: the dialog that opens one and the printout.
class EhFormList : public QWidget {
    Q_OBJECT
public:
    // Opens the form in its dialog (read-only unless a draft); true when a draft was saved.
    using Opener = std::function<bool(const EhForm& form)>;
    using Printer = std::function<Status(Database& db, qint64 formId, const QString& path)>;

    EhFormList(Database& db, QStringList kinds, Opener opener, Printer printer, QWidget* parent = nullptr);

    void setInvolvement(qint64 familyId, const Involvement& involvement);
    void refresh();
    // A "New ..." button for one kind; the page decides when each is allowed.
    QPushButton* addNewButton(const QString& kind, const QString& text, const QString& objectName);
    void setNewAllowed(const QString& kind, bool allowed, const QString& whyNot = QString());

    const std::vector<EhForm>& forms() const { return m_forms; } // every version, in order
    int formCount() const { return int(m_forms.size()); }
    void selectForm(int row);
    const EhForm* selectedForm() const;
    QString statusText() const;
    QTableWidget* table() const { return m_table; }

    void newForm(const QString& kind);
    void openSelected();
    void submitSelected();
    void signOffSelected(); // asks approve or return, with a note
    void reviseSelected();
    void removeSelectedDraft();
    void printSelected();
    // The decisions without their dialog, for tests and for signOffSelected().
    Status approveSelected(const QString& note);
    Status returnSelected(const QString& note);
    Status printTo(qint64 formId, const QString& path);

signals:
    void changed(); // a form was saved, submitted, signed off, revised or removed

private:
    void fill();
    void updateButtons();
    void report(const Status& s, const QString& done);
    void reselect(qint64 formId);

    Database& m_db;
    QStringList m_kinds;
    Opener m_opener;
    Printer m_printer;
    qint64 m_familyId = 0;
    Involvement m_involvement;
    std::vector<EhForm> m_forms;
    QHash<QString, QPushButton*> m_newButtons;
    QHash<QString, bool> m_newAllowed;
    QTableWidget* m_table;
    QHBoxLayout* m_buttons;
    QPushButton* m_open;
    QPushButton* m_submit;
    QPushButton* m_signOff;
    QPushButton* m_revise;
    QPushButton* m_remove;
    QPushButton* m_print;
    QLabel* m_status;
};

} // namespace waymark
