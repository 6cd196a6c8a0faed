#include "dialogs/duplicatedialog.h"

#include "validation/dateinput.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace waymark {

DuplicateDialog::DuplicateDialog(const std::vector<PossibleDuplicate>& matches, QWidget* parent)
    : QDialog(parent)
    , m_matches(matches)
    , m_list(new QListWidget) {
    setWindowTitle(tr("Possible duplicate"));
    auto* intro = new QLabel(tr("This may be someone already recorded. Using the existing record keeps one "
                                "child as one record."));
    intro->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("matches"));
    for (const PossibleDuplicate& match : m_matches) {
        const Person& p = match.person;
        QString born =
            p.dateOfBirth.isValid() ? formatUserDate(p.dateOfBirth) : tr("date of birth not known");
        m_list->addItem(tr("%1, born %2 (%3)").arg(p.displayName(), born, match.reason));
    }
    m_list->setCurrentRow(0);

    auto* buttons = new QDialogButtonBox;
    auto* useExisting = buttons->addButton(tr("&Use this record"), QDialogButtonBox::AcceptRole);
    auto* createNew =
        buttons->addButton(tr("&Create a new person anyway"), QDialogButtonBox::DestructiveRole);
    auto* goBack = buttons->addButton(tr("&Go back"), QDialogButtonBox::RejectRole);
    useExisting->setObjectName(QStringLiteral("useExisting"));
    createNew->setObjectName(QStringLiteral("createNew"));
    goBack->setObjectName(QStringLiteral("goBack"));
    useExisting->setDefault(true);
    connect(useExisting, &QPushButton::clicked, this, [this] {
        m_choice = UseExisting;
        accept();
    });
    connect(createNew, &QPushButton::clicked, this, [this] {
        m_choice = CreateNew;
        accept();
    });
    connect(goBack, &QPushButton::clicked, this, [this] {
        m_choice = GoBack;
        reject();
    });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(520, 260);
}

qint64 DuplicateDialog::chosenPersonId() const {
    const int row = m_list->currentRow();
    return row >= 0 && row < int(m_matches.size()) ? m_matches[size_t(row)].person.id : 0;
}

} // namespace waymark
