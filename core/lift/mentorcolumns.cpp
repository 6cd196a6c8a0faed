#include "lift/mentorcolumns.h"

#include "util/trcontext.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace waymark {

namespace {

struct ColumnInfo {
    MentorColumn column;
    const char* field;
    std::vector<const char*> headings; // already normalised: lower case, single spaces
};

// Headings seen in LIFT mentor and vacancy spreadsheets, and the obvious variants.
const std::vector<ColumnInfo>& columns() {
    static const std::vector<ColumnInfo> all = {
        {MentorColumn::Name,
         "name",
         {"name", "mentor", "mentor name", "foster carer", "foster carers", "foster carer name",
          "foster carer s name", "carer", "carer name", "carers", "lift carer", "lift mentor", "full name"}},
        {MentorColumn::Phone,
         "phone",
         {"phone", "phone number", "telephone", "telephone number", "tel", "tel no", "mobile",
          "mobile number", "contact number", "contact phone"}},
        {MentorColumn::Email, "email", {"email", "e mail", "email address", "e mail address"}},
        {MentorColumn::AddressLine1,
         "address.line1",
         {"address", "address line 1", "address 1", "address1", "street", "house and street"}},
        {MentorColumn::AddressLine2, "address.line2", {"address line 2", "address 2", "address2"}},
        {MentorColumn::Town, "address.town", {"town", "city", "town city", "town or city"}},
        {MentorColumn::Postcode, "address.postcode", {"postcode", "post code", "postal code"}},
        {MentorColumn::Locality, "locality", {"locality", "area", "district", "team area"}},
        {MentorColumn::Ssw,
         "sswWorkerId",
         {"ssw", "ssw name", "supervising social worker", "supervising worker", "supervising sw"}},
        {MentorColumn::SupportOffered,
         "supportOffered",
         {"support offered", "support", "support types", "type of support", "types of support", "can offer",
          "offers", "areas of support", "support areas"}},
        {MentorColumn::HoursPerWeek,
         "hoursPerWeek",
         {"hours per week", "hours a week", "hours", "hours available", "weekly hours", "hrs per week",
          "hours available per week"}},
        {MentorColumn::FosterChildrenAtHome,
         "fosterChildrenAtHome",
         {"foster children at home", "foster children", "children in placement", "children placed",
          "placed children", "foster child ren at home", "number of foster children"}},
        {MentorColumn::SaferCareNotes,
         "saferCareNotes",
         {"safer care", "safer care notes", "safer care issues", "safer caring"}},
        {MentorColumn::BuddyName, "buddyName", {"buddy name", "buddy", "buddy s name"}},
        {MentorColumn::BuddyPhone,
         "buddyPhone",
         {"buddy phone", "buddy number", "buddy mobile", "buddy telephone", "buddy phone number",
          "buddy s phone", "buddy s number"}},
        {MentorColumn::CodeWord, "", {"code word", "codeword", "buddy code word", "buddy codeword"}},
        {MentorColumn::Active, "active", {"active", "available", "is active", "current", "active mentor"}},
        {MentorColumn::Notes, "notes", {"notes", "note", "comments", "other notes", "other information"}},
    };
    return all;
}

QString normalise(const QString& heading) {
    static const QRegularExpression punctuation(QStringLiteral("[^\\p{L}\\p{N}]+"));
    QString h = heading.toLower();
    h.replace(QLatin1Char('&'), QStringLiteral(" and "));
    h.replace(punctuation, QStringLiteral(" "));
    return h.simplified();
}

const ColumnInfo& info(MentorColumn column) {
    for (const ColumnInfo& c : columns())
        if (c.column == column)
            return c;
    return columns().front();
}

} // namespace

std::optional<MentorColumn> mentorColumnForHeading(const QString& heading) {
    static const QHash<QString, MentorColumn> byHeading = [] {
        QHash<QString, MentorColumn> h;
        for (const ColumnInfo& c : columns())
            for (const char* name : c.headings)
                h.insert(QString::fromLatin1(name), c.column);
        return h;
    }();
    const QString h = normalise(heading);
    if (auto it = byHeading.constFind(h); it != byHeading.constEnd())
        return *it;
    for (const char* prefix : {"mentor ", "mentors ", "mentor s ", "carer ", "carers ", "carer s ",
                               "foster carer ", "foster carer s ", "lift "}) {
        const QString p = QString::fromLatin1(prefix);
        if (h.startsWith(p) && h.size() > p.size())
            if (auto it = byHeading.constFind(h.mid(p.size())); it != byHeading.constEnd())
                return *it;
    }
    return std::nullopt;
}

QString mentorColumnField(MentorColumn column) {
    return QString::fromLatin1(info(column).field);
}

QString mentorColumnDescription(MentorColumn column) {
    switch (column) {
    case MentorColumn::Name:
        return Lift::tr("the mentor's name");
    case MentorColumn::Phone:
        return Lift::tr("the mentor's phone");
    case MentorColumn::Email:
        return Lift::tr("the mentor's email");
    case MentorColumn::AddressLine1:
        return Lift::tr("the first address line");
    case MentorColumn::AddressLine2:
        return Lift::tr("the second address line");
    case MentorColumn::Town:
        return Lift::tr("the town");
    case MentorColumn::Postcode:
        return Lift::tr("the postcode");
    case MentorColumn::Locality:
        return Lift::tr("the locality");
    case MentorColumn::Ssw:
        return Lift::tr("the supervising social worker");
    case MentorColumn::SupportOffered:
        return Lift::tr("the support offered");
    case MentorColumn::HoursPerWeek:
        return Lift::tr("the hours per week");
    case MentorColumn::FosterChildrenAtHome:
        return Lift::tr("the foster children at home");
    case MentorColumn::SaferCareNotes:
        return Lift::tr("the safer care notes");
    case MentorColumn::BuddyName:
        return Lift::tr("the buddy's name");
    case MentorColumn::BuddyPhone:
        return Lift::tr("the buddy's phone");
    case MentorColumn::CodeWord:
        return Lift::tr("the buddy code word");
    case MentorColumn::Active:
        return Lift::tr("whether the mentor is active");
    case MentorColumn::Notes:
        return Lift::tr("the notes");
    }
    return QString();
}

} // namespace waymark
