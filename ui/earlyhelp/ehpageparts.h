#pragma once

#include "util/result.h"
#include "widgets/recordtable.h" // makeRecordTable

#include <QString>
#include <QStringList>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace waymark {

class Database;

// Pieces the contact log and consent pages share.

QPushButton* makePageButton(const QString& objectName, const QString& text);

// "Remove the attempt of ...? [Remove] [Keep]" shown in the page instead of a modal question, so
// nothing is removed by one slip of the mouse and the tests can drive it.
class ConfirmBar : public QWidget {
    Q_OBJECT
public:
    explicit ConfirmBar(const QString& objectName, QWidget* parent = nullptr);
    void ask(const QString& question, const QString& confirmText, std::function<void()> onConfirm);
    void cancel();

private:
    QLabel* m_question;
    QPushButton* m_confirm;
    QPushButton* m_keep;
    std::function<void()> m_onConfirm;
};

// Writes an Early Help printout (print/ehprint.h) to `path`, audited.
Status writeEarlyHelpPdf(Database& db, const QString& form, qint64 id, const QString& path,
                         qint64 attemptId = 0);
// Asks where to save a PDF (the documents folder, `suggestedName`.pdf); empty when cancelled.
QString askPdfPath(QWidget* parent, const QString& suggestedName);
// What the page says after a print: where the file went and that it is not encrypted, or why not.
QString printedMessage(const Status& status, const QString& path);

} // namespace waymark
