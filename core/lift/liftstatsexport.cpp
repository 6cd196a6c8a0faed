#include "lift/liftstatsexport.h"

#include "audit/auditlog.h"
#include "lift/liftstatstables.h"
#include "storage/database.h"
#include "util/trcontext.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

#include <cstdio>
#include <xlsxwriter.h>

namespace waymark {

namespace {

QJsonObject groupToJson(const LiftGroupStats& g) {
    return {{QStringLiteral("key"), g.key},
            {QStringLiteral("label"), g.label},
            {QStringLiteral("referrals"), g.referrals},
            {QStringLiteral("families"), g.families},
            {QStringLiteral("appropriate"), g.appropriate},
            {QStringLiteral("notAppropriate"), g.notAppropriate},
            {QStringLiteral("pendingDecision"), g.pendingDecision},
            {QStringLiteral("closed"), g.closed},
            {QStringLiteral("familiesAchieved"), g.familiesAchieved},
            {QStringLiteral("familiesNotAchieved"), g.familiesNotAchieved},
            {QStringLiteral("familiesInProgress"), g.familiesInProgress},
            {QStringLiteral("enteredCare"), g.enteredCare},
            {QStringLiteral("returnedToCare"), g.returnedToCare},
            {QStringLiteral("notInCare"), g.notInCare},
            {QStringLiteral("followUpUnknown"), g.followUpUnknown},
            {QStringLiteral("involvementsMeasured"), g.involvementsMeasured},
            {QStringLiteral("averageWeeks"), g.averageWeeks()},
            {QStringLiteral("sessionMinutes"), g.sessionMinutes},
            {QStringLiteral("exemptPence"), g.exemptPence},
            {QStringLiteral("taxablePence"), g.taxablePence},
            {QStringLiteral("mileagePence"), g.mileagePence},
            {QStringLiteral("costPence"), g.costPence()},
            {QStringLiteral("weeksAvoided"), g.weeksAvoided},
            {QStringLiteral("savingsPence"), g.savingsPence}};
}

QString isoDate(const QDate& d) {
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

} // namespace

QJsonObject liftStatisticsToJson(const LiftStatistics& s) {
    QJsonArray aims, places, mentors, referrals, warnings;
    for (const LiftGroupStats& g : s.byAim)
        aims.append(groupToJson(g));
    for (const LiftGroupStats& g : s.byLocality)
        places.append(groupToJson(g));
    for (const LiftMentorSuccess& m : s.mentors)
        mentors.append(QJsonObject{{QStringLiteral("mentorId"), m.mentorId},
                                   {QStringLiteral("name"), m.name},
                                   {QStringLiteral("referralsAchieved"), m.referralsAchieved}});
    for (const LiftReferralStats& r : s.referrals)
        referrals.append(QJsonObject{
            {QStringLiteral("referralId"), r.referralId},
            {QStringLiteral("familyId"), r.familyId},
            {QStringLiteral("referralDate"), isoDate(r.referralDate)},
            {QStringLiteral("aim"), r.aim},
            {QStringLiteral("locality"), r.locality},
            {QStringLiteral("decision"), r.decision},
            {QStringLiteral("mentors"), QJsonArray::fromStringList(r.mentors)},
            {QStringLiteral("firstLinkedOn"), isoDate(r.firstLinkedOn)},
            {QStringLiteral("closedOn"), isoDate(r.closedOn)},
            {QStringLiteral("daysInvolved"), r.daysInvolved >= 0 ? QJsonValue(r.daysInvolved) : QJsonValue()},
            {QStringLiteral("outcome"), r.outcome},
            {QStringLiteral("careFollowUp"), r.careFollowUp},
            {QStringLiteral("sessionMinutes"), r.sessionMinutes},
            {QStringLiteral("exemptPence"), r.exemptPence},
            {QStringLiteral("taxablePence"), r.taxablePence},
            {QStringLiteral("mileagePence"), r.mileagePence},
            {QStringLiteral("costPence"), r.costPence()},
            {QStringLiteral("weeksAvoided"), r.weeksAvoided},
            {QStringLiteral("savingsPence"), r.savingsPence}});
    for (const QString& w : s.warnings)
        warnings.append(w);
    return {{QStringLiteral("report"), QStringLiteral("lift-statistics")},
            {QStringLiteral("from"), isoDate(s.filter.from)},
            {QStringLiteral("to"), isoDate(s.filter.to)},
            {QStringLiteral("aim"), s.filter.aim},
            {QStringLiteral("locality"), s.filter.locality},
            {QStringLiteral("producedOn"), isoDate(s.producedOn)},
            {QStringLiteral("summary"), groupToJson(s.total)},
            {QStringLiteral("byAim"), aims},
            {QStringLiteral("byLocality"), places},
            {QStringLiteral("mentors"), mentors},
            {QStringLiteral("referrals"), referrals},
            {QStringLiteral("weeksAvoidedPerReferral"), kLiftWeeksAvoidedPerReferral},
            {QStringLiteral("savingsAssumption"), liftSavingsAssumption()},
            {QStringLiteral("warnings"), warnings}};
}

QString csvField(const QString& text, bool isText) {
    QString value = text;
    if (isText && !value.isEmpty() && QStringLiteral("=+-@").contains(value.front()))
        value.prepend(QLatin1Char('\''));
    const bool quote = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) ||
                       value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'));
    if (!quote)
        return value;
    value.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return QLatin1Char('"') + value + QLatin1Char('"');
}

QByteArray liftStatisticsToCsv(const LiftStatistics& stats) {
    QString out;
    const QString crlf = QStringLiteral("\r\n");
    bool first = true;
    for (const StatsTable& t : liftStatisticsTables(stats)) {
        if (!first)
            out += crlf;
        first = false;
        out += csvField(t.name, true) + crlf;
        QStringList header;
        for (const QString& h : t.headers)
            header << csvField(h, true);
        out += header.join(QLatin1Char(',')) + crlf;
        for (const auto& row : t.rows) {
            QStringList fields;
            for (const StatsCell& c : row)
                fields << csvField(c.plain(), c.kind == StatsCell::Text);
            out += fields.join(QLatin1Char(',')) + crlf;
        }
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

Status writeLiftStatisticsXlsx(const LiftStatistics& stats, const QString& path) {
    const QString partial = path + QStringLiteral(".partial");
    QFile::remove(partial);
    const QByteArray partialName = QFile::encodeName(partial);
    lxw_workbook* book = workbook_new(partialName.constData());
    if (!book)
        return Status::failure(Lift::tr("Could not create %1.").arg(QFileInfo(path).fileName()));
    lxw_format* header = workbook_add_format(book);
    format_set_bold(header);
    format_set_text_wrap(header);
    format_set_align(header, LXW_ALIGN_VERTICAL_TOP);
    lxw_format* money = workbook_add_format(book);
    format_set_num_format(money, "\xC2\xA3#,##0.00"); // £, whatever the reader's locale
    lxw_format* decimal = workbook_add_format(book);
    format_set_num_format(decimal, "0.00");
    lxw_format* wrap = workbook_add_format(book);
    format_set_text_wrap(wrap);

    for (const StatsTable& t : liftStatisticsTables(stats)) {
        const QByteArray sheetName = t.name.toUtf8();
        lxw_worksheet* sheet = workbook_add_worksheet(book, sheetName.constData());
        if (!sheet)
            break;
        for (int c = 0; c < t.headers.size(); ++c)
            worksheet_write_string(sheet, 0, lxw_col_t(c), t.headers.at(c).toUtf8().constData(), header);
        worksheet_freeze_panes(sheet, 1, 0);
        const bool wide = t.headers.size() <= 2;
        worksheet_set_column(sheet, 0, 0, wide ? 40 : 30, nullptr);
        if (t.headers.size() > 1)
            worksheet_set_column(sheet, 1, lxw_col_t(t.headers.size() - 1), wide ? 22 : 14, nullptr);
        if (t.name == QLatin1String("Notes"))
            worksheet_set_column(sheet, 0, 0, 100, wrap);
        lxw_row_t r = 1;
        for (const auto& row : t.rows) {
            for (size_t c = 0; c < row.size(); ++c) {
                const StatsCell& cell = row[c];
                switch (cell.kind) {
                case StatsCell::Text:
                    if (!cell.text.isEmpty())
                        worksheet_write_string(sheet, r, lxw_col_t(c), cell.text.toUtf8().constData(),
                                               nullptr);
                    break;
                case StatsCell::Integer:
                    worksheet_write_number(sheet, r, lxw_col_t(c), double(cell.value), nullptr);
                    break;
                case StatsCell::Money:
                    worksheet_write_number(sheet, r, lxw_col_t(c), cell.value / 100.0, money);
                    break;
                case StatsCell::Decimal:
                    worksheet_write_number(sheet, r, lxw_col_t(c), cell.number, decimal);
                    break;
                }
            }
            ++r;
        }
    }
    const lxw_error error = workbook_close(book);
    if (error != LXW_NO_ERROR) {
        QFile::remove(partial);
        return Status::failure(Lift::tr("Could not write %1: %2")
                                   .arg(QFileInfo(path).fileName(), QString::fromUtf8(lxw_strerror(error))));
    }
    // rename() replaces an existing file in one step, so a reader never sees half a workbook.
    if (std::rename(partialName.constData(), QFile::encodeName(path).constData()) != 0) {
        QFile::remove(partial);
        return Status::failure(Lift::tr("Could not write %1.").arg(QFileInfo(path).fileName()));
    }
    return Status::ok();
}

Status recordStatisticsExport(const Database& db, const LiftStatistics& stats, const QString& format) {
    return audit::record(db, QLatin1String(audit::exportData), QStringLiteral("lift_statistics"), 0, 0,
                         QJsonObject{{QStringLiteral("format"), format},
                                     {QStringLiteral("referrals"), int(stats.referrals.size())}});
}

} // namespace waymark
