#include "family/chronologywidget.h"

#include "deadlines/deadlineservice.h"
#include "deadlines/rulebook.h"
#include "documents/documentchronology.h"
#include "documents/documentrepository.h"
#include "domain/chronology.h"
#include "domain/vocabulary.h"
#include "storage/casenoterepository.h"
#include "storage/database.h"
#include "storage/involvementrepository.h"
#include "storage/personrepository.h"
#include "storage/workerrepository.h"
#include "validation/dateinput.h"
#include "widgets/datefield.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace waymark {

namespace {
QString categoryLabel(const QString& category) {
    if (category == QLatin1String("referral"))
        return QCoreApplication::translate("ChronologyWidget", "Referral");
    if (category == QLatin1String("opened"))
        return QCoreApplication::translate("ChronologyWidget", "Case opened");
    if (category == QLatin1String("closed"))
        return QCoreApplication::translate("ChronologyWidget", "Case closed");
    if (category == QLatin1String("event"))
        return QCoreApplication::translate("ChronologyWidget", "Recorded event");
    if (category == QLatin1String("document"))
        return QCoreApplication::translate("ChronologyWidget", "Family folder");
    return vocab::noteType().label(category);
}
} // namespace

ChronologyWidget::ChronologyWidget(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_category(new QComboBox)
    , m_text(new QLineEdit)
    , m_from(new DateField)
    , m_to(new DateField)
    , m_list(new QTreeWidget)
    , m_detail(new QTextBrowser)
    , m_removeEvent(new QPushButton(tr("Remove recorded &event..."))) {
    m_removeEvent->setObjectName(QStringLiteral("removeEvent"));
    m_removeEvent->setEnabled(false);
    m_category->setObjectName(QStringLiteral("chronologyCategory"));
    m_text->setObjectName(QStringLiteral("chronologyText"));
    m_list->setObjectName(QStringLiteral("chronologyList"));
    m_detail->setObjectName(QStringLiteral("chronologyDetail"));
    m_category->addItem(tr("Everything"), QString());
    m_category->addItem(tr("Significant events only"), QStringLiteral("@events"));
    for (const QString& code : {QStringLiteral("event"), QStringLiteral("referral"), QStringLiteral("opened"),
                                QStringLiteral("closed"), QStringLiteral("document")})
        m_category->addItem(categoryLabel(code), code);
    for (const QString& code : vocab::noteType().codes())
        m_category->addItem(vocab::noteType().label(code), code);
    m_text->setPlaceholderText(tr("Filter by words"));
    m_text->setClearButtonEnabled(true);
    m_from->setPlaceholderText(tr("from dd/mm/yyyy"));
    m_to->setPlaceholderText(tr("to dd/mm/yyyy"));

    auto* filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Show:")));
    filters->addWidget(m_category);
    filters->addWidget(m_text, 1);
    filters->addWidget(m_from);
    filters->addWidget(m_to);
    filters->addWidget(m_removeEvent);

    m_list->setColumnCount(4);
    m_list->setHeaderLabels({tr("When"), tr("Type"), tr("Subject or event"), tr("By")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    m_detail->setOpenLinks(false);

    auto* split = new QSplitter(Qt::Vertical);
    split->addWidget(m_list);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(split, 1);

    connect(m_category, &QComboBox::currentIndexChanged, this, &ChronologyWidget::applyFilter);
    connect(m_text, &QLineEdit::textChanged, this, &ChronologyWidget::applyFilter);
    connect(m_from, &QLineEdit::editingFinished, this, &ChronologyWidget::applyFilter);
    connect(m_to, &QLineEdit::editingFinished, this, &ChronologyWidget::applyFilter);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &ChronologyWidget::showDetail);
    connect(m_removeEvent, &QPushButton::clicked, this, &ChronologyWidget::removeSelectedEvent);
}

void ChronologyWidget::showFamily(qint64 familyId) {
    m_familyId = familyId;
    m_workerNames.clear();
    for (const Worker& w : WorkerRepository(m_db).all())
        m_workerNames.insert(w.id, w.name);
    m_all = buildChronology(CaseNoteRepository(m_db).forFamily(familyId),
                            InvolvementRepository(m_db).forFamily(familyId));
    if (m_service) {
        const RuleBook& book = m_service->ruleBook();
        addRecordedEvents(m_all, m_service->eventsForFamily(familyId),
                          [&book](const QString& kind) { return book.eventTitle(kind); });
    }
    addDocumentEvents(m_all, DocumentRepository(m_db).eventsForFamily(familyId));
    applyFilter();
}

void ChronologyWidget::applyFilter() {
    ChronologyFilter filter;
    const QString category = m_category->currentData().toString();
    if (category == QLatin1String("@events"))
        filter.categories = {QStringLiteral("referral"), QStringLiteral("opened"), QStringLiteral("closed"),
                             QStringLiteral("event")};
    else if (!category.isEmpty())
        filter.categories = {category};
    filter.text = m_text->text();
    filter.from = m_from->date();
    filter.to = m_to->date();
    m_shown = filterChronology(m_all, filter);

    m_list->clear();
    QList<QTreeWidgetItem*> items;
    for (const ChronologyEntry& e : m_shown) {
        const QString when =
            e.hasTime ? QStringLiteral("%1 %2").arg(formatUserDate(e.when.date()),
                                                    e.when.time().toString(QStringLiteral("HH:mm")))
                      : formatUserDate(e.when.date());
        items << new QTreeWidgetItem(
            {when, categoryLabel(e.category), e.title, m_workerNames.value(e.authorWorkerId, e.authorName)});
    }
    m_list->addTopLevelItems(items);
    for (int c = 0; c < 4; ++c)
        if (c != 2)
            m_list->resizeColumnToContents(c);
    if (!items.isEmpty())
        m_list->setCurrentItem(items.first());
    else
        m_detail->setHtml(m_all.empty() ? tr("<p>Nothing recorded yet.</p>")
                                        : tr("<p>Nothing matches the filter.</p>"));
}

void ChronologyWidget::showDetail() {
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    if (row < 0 || row >= int(m_shown.size()))
        return;
    const ChronologyEntry& e = m_shown[size_t(row)];
    m_removeEvent->setEnabled(e.kind == ChronologyEntry::Kind::Event);
    QString html = QStringLiteral("<h3>%1</h3>").arg(e.title.toHtmlEscaped());
    if (e.kind == ChronologyEntry::Kind::Event) {
        html += QStringLiteral("<p>%1 &middot; %2</p>")
                    .arg(tr("Recorded event").toHtmlEscaped(),
                         m_workerNames.value(e.authorWorkerId, tr("recorded by: not known")).toHtmlEscaped());
        if (!e.detail.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(e.detail.toHtmlEscaped());
        m_detail->setHtml(html);
        return;
    }
    if (e.kind == ChronologyEntry::Kind::Document) {
        html += QStringLiteral("<p>%1 &middot; %2</p>")
                    .arg(categoryLabel(e.category).toHtmlEscaped(), e.authorName.toHtmlEscaped());
        if (!e.detail.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(e.detail.toHtmlEscaped());
        m_detail->setHtml(html);
        return;
    }
    if (e.kind != ChronologyEntry::Kind::Note) {
        html += QStringLiteral("<p>%1</p>").arg(e.detail.toHtmlEscaped());
        m_detail->setHtml(html);
        return;
    }
    auto note = CaseNoteRepository(m_db).get(e.noteId);
    if (!note) {
        m_detail->setPlainText(note.error());
        return;
    }
    QStringList people;
    for (const Person& p : PersonRepository(m_db).getMany(note->personIds))
        people << p.displayName();
    auto row2 = [](const QString& label, const QString& value) {
        if (value.trimmed().isEmpty())
            return QString();
        return QStringLiteral("<p><b>%1</b><br>%2</p>")
            .arg(label.toHtmlEscaped(),
                 value.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    };
    html += QStringLiteral("<p>%1 &middot; %2 &middot; %3</p>")
                .arg(categoryLabel(note->noteType).toHtmlEscaped(),
                     QStringLiteral("%1 %2").arg(formatUserDate(note->contactAt.date()),
                                                 note->contactAt.toString(QStringLiteral("HH:mm"))),
                     m_workerNames.value(note->authorWorkerId, tr("author not recorded")).toHtmlEscaped());
    html += row2(tr("Concerns"), people.join(QStringLiteral(", ")));
    html += row2(tr("Location"), note->location);
    html += row2(tr("Present"), note->present);
    html += row2(tr("Outcomes addressed"), note->outcomesAddressed);
    html += row2(tr("Purpose"), note->purpose);
    html += row2(tr("What worked well"), note->whatWorkedWell);
    html += row2(tr("What are they worried about"), note->worries);
    html += row2(tr("Voice of the child and family"), note->voice);
    html += row2(tr("Next steps"), note->nextSteps);
    m_detail->setHtml(html);
}

void ChronologyWidget::selectRow(int row) {
    if (QTreeWidgetItem* item = m_list->topLevelItem(row))
        m_list->setCurrentItem(item);
}

void ChronologyWidget::removeSelectedEvent() {
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    if (!m_service || row < 0 || row >= int(m_shown.size()) ||
        m_shown[size_t(row)].kind != ChronologyEntry::Kind::Event)
        return;
    const ChronologyEntry entry = m_shown[size_t(row)];
    if (QMessageBox::question(
            this, tr("Remove recorded event"),
            tr("Remove \"%1\" recorded for %2? The deadlines that follow from it are worked out "
               "again.")
                .arg(entry.title, formatUserDate(entry.when.date()))) != QMessageBox::Yes)
        return;
    if (Status s = m_service->removeEvent(entry.eventId); !s) {
        QMessageBox::warning(this, tr("Not removed"), s.error());
        return;
    }
    showFamily(m_familyId);
    emit eventRemoved();
}

int ChronologyWidget::visibleEntryCount() const {
    return int(m_shown.size());
}

QString ChronologyWidget::entryTitle(int row) const {
    return row >= 0 && row < int(m_shown.size()) ? m_shown[size_t(row)].title : QString();
}

} // namespace waymark
