#pragma once

#include "domain/involvement.h"

#include <QWidget>

namespace waymark {

// One page of the family's Early Help tab (intake, contact attempts, consent, Family Star, ...).
// The panel owns the choice of involvement; each page shows that involvement's records and emits
// changed() after a save so the deadlines and chronology can follow.
class EarlyHelpPage : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;

    // involvement.id == 0: the family has no Early Help work yet (the page shows why it is empty).
    virtual void showInvolvement(qint64 familyId, const Involvement& involvement) = 0;

signals:
    void changed();
};

} // namespace waymark
