#include "widgets/savecancelbuttons.h"

#include <QDialog>
#include <QDialogButtonBox>

namespace waymark {

QDialogButtonBox* makeSaveCancelButtons(QDialog* dialog) {
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

} // namespace waymark
