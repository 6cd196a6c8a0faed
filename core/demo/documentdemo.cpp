#include "demo/documentdemo.h"

#include "documents/plainpdf.h"
#include "storage/database.h"
#include "util/trcontext.h"
#include "validation/dateinput.h"

#include <QCryptographicHash>
#include <QSqlError>

namespace waymark::demo {

namespace {
const char* const kAddedBy = "Moved in from the shared drive (demo)";

// The first sentence of a note's text, for a diary line.
QString firstSentence(const QString& text) {
    const qsizetype end = text.indexOf(QLatin1Char('.'));
    QString s = (end > 0 ? text.left(end + 1) : text).simplified();
    return s.size() > 90 ? s.left(87) + QStringLiteral("...") : s;
}
} // namespace

DocumentDemoWriter::DocumentDemoWriter(Database& db)
    : m_now(db.nowText())
    , m_document(db.connection())
    , m_content(db.connection())
    , m_event(db.connection()) {}

Status DocumentDemoWriter::prepare() {
    const std::pair<QSqlQuery*, QString> statements[] = {
        {&m_document,
         QStringLiteral(
             "INSERT INTO documents (family_id, involvement_id, title, doc_type, doc_date, file_name, "
             "media_type, byte_size, sha256, source, content_text, added_at, added_by) "
             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'folder_import', ?, ?, ?)")},
        {&m_content, QStringLiteral("INSERT INTO document_contents (document_id, bytes) VALUES (?, ?)")},
        {&m_event,
         QStringLiteral("INSERT INTO document_events (document_id, family_id, action, at, by_name, note) "
                        "VALUES (?, ?, 'added', ?, ?, '')")},
    };
    for (const auto& [query, sql] : statements) {
        query->setForwardOnly(true);
        if (!query->prepare(sql))
            return Status::failure(Storage::tr("Database error while %1: %2")
                                       .arg(Storage::tr("writing demo data"), query->lastError().text()));
    }
    return Status::ok();
}

Status DocumentDemoWriter::insert(const Involvement& inv, const QString& title, const QString& type,
                                  const QDate& date, const QString& fileName, const QString& mediaType,
                                  const QByteArray& bytes, const QString& text) {
    const QVariant values[] = {
        inv.familyId,
        inv.id,
        title,
        type,
        dateToText(date),
        fileName,
        mediaType,
        qint64(bytes.size()),
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()),
        text,
        m_now,
        QString::fromLatin1(kAddedBy)};
    for (int i = 0; i < int(std::size(values)); ++i)
        m_document.bindValue(i, values[i]);
    auto fail = [](const QSqlQuery& q) {
        return Status::failure(Storage::tr("Database error while %1: %2")
                                   .arg(Storage::tr("writing demo data"), q.lastError().text()));
    };
    if (!m_document.exec())
        return fail(m_document);
    const qint64 id = m_document.lastInsertId().toLongLong();
    m_content.bindValue(0, id);
    m_content.bindValue(1, bytes);
    if (!m_content.exec())
        return fail(m_content);
    m_event.bindValue(0, id);
    m_event.bindValue(1, inv.familyId);
    m_event.bindValue(2, m_now);
    m_event.bindValue(3, QString::fromLatin1(kAddedBy));
    if (!m_event.exec())
        return fail(m_event);
    ++m_documents;
    return Status::ok();
}

Status DocumentDemoWriter::write(DemoRandom& rng, const Involvement& inv, const std::vector<CaseNote>& notes,
                                 const QString& familyName) {
    if (notes.empty())
        return Status::ok();
    if (rng.percent(40)) {
        // A diary sheet covering the case's first few contacts.
        QStringList lines{QStringLiteral("DIARY SHEET"), familyName, QString()};
        QString text;
        const size_t count = std::min<size_t>(notes.size(), 4);
        for (size_t i = 0; i < count; ++i) {
            const CaseNote& n = notes[i];
            lines << QStringLiteral("%1  %2").arg(formatUserDate(n.contactAt.date()), n.subject);
            const QString said = firstSentence(n.whatWorkedWell.isEmpty() ? n.worries : n.whatWorkedWell);
            if (!said.isEmpty())
                lines << QStringLiteral("    ") + said;
        }
        for (const QString& l : lines)
            text += l + QLatin1Char('\n');
        const QDate on = notes[count - 1].contactAt.date();
        const QString title = QStringLiteral("Diary sheet %1").arg(on.toString(QStringLiteral("MMMM yyyy")));
        if (Status s =
                insert(inv, title, QStringLiteral("diary_sheet"), on,
                       QStringLiteral("Diary sheet %1.pdf").arg(on.toString(QStringLiteral("yyyy-MM"))),
                       QStringLiteral("application/pdf"), plainTextPdf(title, {lines}), text);
            !s)
            return s;
    }
    if (rng.percent(20)) {
        const CaseNote& n = notes.front();
        const QString letter =
            QStringLiteral(
                "Dear %1,\n\nThank you for meeting with us on %2. As we discussed, we will keep in touch "
                "and visit again soon.\n\nYours sincerely,\nFamily Support\n")
                .arg(familyName, formatUserDate(n.contactAt.date()));
        if (Status s = insert(inv, QStringLiteral("Letter after first visit"), QStringLiteral("letter"),
                              n.contactAt.date(), QStringLiteral("letter after first visit.txt"),
                              QStringLiteral("text/plain"), letter.toUtf8(), letter);
            !s)
            return s;
    }
    return Status::ok();
}

} // namespace waymark::demo
