#pragma once

#include <QString>

class QFormLayout;
class QGroupBox;
class QLabel;
class QWidget;

namespace waymark {

// Small pieces the LIFT forms share.

// A red line above the buttons for a refusal from the repository (access, a rule checked only on
// saving). Inline rather than a message box: the form stays as it was, ready to correct.
QLabel* makeSaveErrorLabel();
void showSaveError(QLabel* label, const QString& error);

// A titled box around a form, its rows kept at the top when the box is taller than they need
// (otherwise the layout spreads the spare height between a field and its message).
QGroupBox* makeFormGroup(const QString& title, QFormLayout* form);

// A grey explanatory line under a field ("travel time is not claimable").
QLabel* makeHintLabel(const QString& text, const QString& objectName = QString());

} // namespace waymark
