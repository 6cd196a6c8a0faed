#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace waymark {

// Small pieces the LIFT forms share.

// A red line above the buttons for a refusal from the repository (access, a rule checked only on
// saving). Inline rather than a message box: the form stays as it was, ready to correct.
QLabel* makeSaveErrorLabel();
void showSaveError(QLabel* label, const QString& error);

// A grey explanatory line under a field ("travel time is not claimable").
QLabel* makeHintLabel(const QString& text, const QString& objectName = QString());

} // namespace waymark
