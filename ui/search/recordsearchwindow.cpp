#include "search/recordsearchwindow.h"

#include "documents/documenttypes.h"
#include "domain/vocabulary.h"
#include "validation/dateinput.h"

#include <QLabel>
#include <QLineEdit>
#include <QTextBrowser>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace waymark {

namespace {
// Long enough that a fast typist's word runs one search, short enough to feel immediate.
constexpr int kTypingPauseMs = 150;
} // namespace

RecordSearchWindow::RecordSearchWindow(Database& db, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_db(db)
    , m_query(new QLineEdit)
    , m_summary(new QLabel)
    , m_view(new QTextBrowser)
    , m_pause(new QTimer(this)) {
    setObjectName(QStringLiteral("recordSearchWindow"));
    setWindowTitle(tr("Search the record"));
    m_query->setObjectName(QStringLiteral("recordSearchQuery"));
    m_view->setObjectName(QStringLiteral("recordSearchResults"));
    m_summary->setObjectName(QStringLiteral("recordSearchSummary"));
    m_query->setPlaceholderText(tr("Names, identifiers, or words in notes and documents"));
    m_query->setClearButtonEnabled(true);
    m_view->setOpenLinks(false);
    m_pause->setSingleShot(true);
    m_pause->setInterval(kTypingPauseMs);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_query);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    resize(820, 640);

    connect(m_query, &QLineEdit::textChanged, m_pause, qOverload<>(&QTimer::start));
    connect(m_pause, &QTimer::timeout, this, &RecordSearchWindow::searchNow);
    connect(m_query, &QLineEdit::returnPressed, this, &RecordSearchWindow::searchNow);
    connect(m_view, &QTextBrowser::anchorClicked, this, &RecordSearchWindow::followLink);
    render();
}

void RecordSearchWindow::setQuery(const QString& text) {
    m_query->setText(text);
}

void RecordSearchWindow::searchNow() {
    m_pause->stop();
    m_results = searchRecords(m_db, m_query->text());
    render();
}

void RecordSearchWindow::render() {
    if (m_results.words.isEmpty()) {
        m_summary->setText(m_query->text().trimmed().isEmpty() ? tr("Type at least two letters.")
                                                               : tr("Type at least two letters of a word."));
        m_html.clear();
        m_view->clear();
        return;
    }
    if (m_results.families.empty()) {
        m_summary->setText(tr("Nothing found for %1 in the families you can see.")
                               .arg(m_results.words.join(QStringLiteral(" "))));
        m_html.clear();
        m_view->clear();
        return;
    }
    const int families = int(m_results.families.size());
    QString summary = (families == 1 ? tr("1 family") : tr("%1 families").arg(families)) +
                      QStringLiteral(", ") +
                      (m_results.hitCount == 1 ? tr("1 match") : tr("%1 matches").arg(m_results.hitCount));
    if (m_results.truncated)
        summary += QLatin1Char(' ') + tr("(showing the first; type more words to narrow it down)");
    m_summary->setText(summary);

    QString html;
    for (const FamilySearchGroup& g : m_results.families) {
        html += QStringLiteral("<h3><a href=\"family:%1\">%2</a></h3>")
                    .arg(g.familyId)
                    .arg(g.familyName.toHtmlEscaped());
        html += QStringLiteral("<table cellspacing=\"2\" cellpadding=\"2\">");
        for (const SearchHit& h : g.hits) {
            QString kind, link;
            switch (h.kind) {
            case SearchHit::Kind::Family:
                kind = tr("People");
                link = QStringLiteral("family:%1").arg(g.familyId);
                break;
            case SearchHit::Kind::Note:
                kind = tr("Note, %1").arg(vocab::noteType().label(h.category));
                link = QStringLiteral("note:%1:%2").arg(g.familyId).arg(h.refId);
                break;
            case SearchHit::Kind::Document:
                kind = tr("Document, %1").arg(documents::types().label(h.category));
                link = QStringLiteral("document:%1:%2").arg(g.familyId).arg(h.refId);
                break;
            }
            const QString when = h.when.isValid() ? formatUserDate(h.when.date()) : QString();
            html +=
                QStringLiteral("<tr><td valign=\"top\" style=\"color:#555\">%1<br>%2</td>"
                               "<td valign=\"top\"><a href=\"%3\">%4</a><br>%5</td></tr>")
                    .arg(kind.toHtmlEscaped(), when, link,
                         highlightedHtml(markWords(h.title, m_results.words)), highlightedHtml(h.snippet));
        }
        html += QStringLiteral("</table>");
    }
    m_html = html;
    m_view->setHtml(html);
}

void RecordSearchWindow::followLink(const QUrl& link) {
    const QStringList parts = link.toString().split(QLatin1Char(':'));
    if (parts.size() < 2)
        return;
    const qint64 familyId = parts.at(1).toLongLong();
    if (parts.first() == QLatin1String("note") && parts.size() == 3)
        emit noteRequested(familyId, parts.at(2).toLongLong());
    else if (parts.first() == QLatin1String("document") && parts.size() == 3)
        emit documentRequested(familyId, parts.at(2).toLongLong());
    else
        emit familyRequested(familyId);
}

} // namespace waymark
