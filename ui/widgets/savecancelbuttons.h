#pragma once

class QDialog;
class QDialogButtonBox;

namespace waymark {

// Save and Cancel for a form dialog, wired to the dialog's accept() (which validates) and reject().
QDialogButtonBox* makeSaveCancelButtons(QDialog* dialog);

} // namespace waymark
