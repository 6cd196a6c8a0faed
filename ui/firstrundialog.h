#pragma once

#include <QDialog>

namespace waymark {

// The first start on a machine: try Waymark on fictional demo families (a separate file, marked
// DEMO in the window title), or start the real records empty.
class FirstRunDialog : public QDialog {
    Q_OBJECT
public:
    enum Choice { Cancelled, TryDemo, StartReal };

    explicit FirstRunDialog(QWidget* parent = nullptr);
    Choice choice() const { return m_choice; }

private:
    Choice m_choice = Cancelled;
};

} // namespace waymark
