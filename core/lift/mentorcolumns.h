#pragma once

#include <QString>

#include <optional>

namespace waymark {

// The columns of a mentor spreadsheet the import understands. Teams named their columns in their
// own words, so each has several accepted headings (mentorcolumns.cpp).
enum class MentorColumn {
    Name,
    Phone,
    Email,
    AddressLine1,
    AddressLine2,
    Town,
    Postcode,
    Locality,
    Ssw,
    SupportOffered,
    HoursPerWeek,
    FosterChildrenAtHome,
    SaferCareNotes,
    BuddyName,
    BuddyPhone,
    CodeWord,
    Active,
    Notes,
};

// The column a heading stands for: case, spaces and punctuation do not matter ("Post code",
// "POSTCODE"), and a leading "Mentor"/"Carer" is optional ("Mentor phone").
std::optional<MentorColumn> mentorColumnForHeading(const QString& heading);
// validateMentor()'s field key for the column ("address.postcode"); empty for the code word.
QString mentorColumnField(MentorColumn column);
// What the column holds, in words, for messages ("the mentor's name").
QString mentorColumnDescription(MentorColumn column);

} // namespace waymark
