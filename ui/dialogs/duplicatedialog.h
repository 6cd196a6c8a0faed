#pragma once

#include "storage/personrepository.h"

#include <QDialog>

#include <vector>

class QListWidget;

namespace waymark {

// "This may be someone already recorded": lists the possible matches with the reason for each and
// lets the worker use an existing record, create a new one anyway, or go back and check.
class DuplicateDialog : public QDialog {
    Q_OBJECT
public:
    enum Choice { GoBack, UseExisting, CreateNew };

    DuplicateDialog(const std::vector<PossibleDuplicate>& matches, QWidget* parent = nullptr);
    Choice choice() const { return m_choice; }
    qint64 chosenPersonId() const;

private:
    std::vector<PossibleDuplicate> m_matches;
    QListWidget* m_list;
    Choice m_choice = GoBack;
};

} // namespace waymark
