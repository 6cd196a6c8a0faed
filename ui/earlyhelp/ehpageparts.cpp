#include "earlyhelp/ehpageparts.h"

#include "print/ehprint.h"
#include "print/pdfreport.h"
#include "storage/database.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>

namespace waymark {

QPushButton* makePageButton(const QString& objectName, const QString& text) {
    auto* button = new QPushButton(text);
    button->setObjectName(objectName);
    return button;
}

ConfirmBar::ConfirmBar(const QString& objectName, QWidget* parent)
    : QWidget(parent)
    , m_question(new QLabel)
    , m_confirm(new QPushButton)
    , m_keep(new QPushButton(tr("&Keep it"))) {
    setObjectName(objectName);
    m_question->setObjectName(QStringLiteral("confirmQuestion"));
    m_question->setWordWrap(true);
    m_confirm->setObjectName(QStringLiteral("confirmRemove"));
    m_keep->setObjectName(QStringLiteral("keep"));
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_question, 1);
    row->addWidget(m_confirm);
    row->addWidget(m_keep);
    connect(m_confirm, &QPushButton::clicked, this, [this] {
        hide();
        if (auto act = std::move(m_onConfirm))
            act();
    });
    connect(m_keep, &QPushButton::clicked, this, &ConfirmBar::cancel);
    hide();
}

void ConfirmBar::ask(const QString& question, const QString& confirmText, std::function<void()> onConfirm) {
    m_question->setText(question);
    m_confirm->setText(confirmText);
    m_onConfirm = std::move(onConfirm);
    show();
    m_keep->setFocus();
}

void ConfirmBar::cancel() {
    m_onConfirm = nullptr;
    hide();
}

Status writeEarlyHelpPdf(Database& db, const QString& form, qint64 id, const QString& path,
                         qint64 attemptId) {
    const Account* account = db.account();
    auto printout = earlyHelpPrintout(db, form, id, account ? account->displayName : QString(), attemptId);
    if (!printout)
        return printout.status();
    return writeFiledPdf(db, path, printout->html, printout->header, printout->filing);
}

QString askPdfPath(QWidget* parent, const QString& suggestedName) {
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileDialog::getSaveFileName(parent, QObject::tr("Save as PDF"),
                                        QDir(folder).filePath(suggestedName + QStringLiteral(".pdf")),
                                        QObject::tr("PDF files (*.pdf)"));
}

QString printedMessage(const Status& status, const QString& path) {
    return status ? QObject::tr("Saved %1 for the family's folder. It is not encrypted: keep it on encrypted "
                                "storage.")
                        .arg(QDir::toNativeSeparators(path))
                  : status.error();
}

} // namespace waymark
