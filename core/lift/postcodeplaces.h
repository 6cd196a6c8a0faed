#pragma once

#include <QString>

#include <optional>

namespace waymark {

// Rough travel distances for matching, with no network: the centre of each postcode district the
// LIFT localities cover (Lancashire and its neighbours), taken as the centre of its main town.
// Straight-line miles between district centres, so "about N miles"; an unknown district gives
// no distance and the matching says so.
struct PlaceEstimate {
    QString district; // "PR1"
    QString town;
    double latitude = 0;
    double longitude = 0;
};

QString postcodeDistrict(const QString& postcode); // "pr1 2ab" -> "PR1"; empty if not a postcode
std::optional<PlaceEstimate> placeForPostcode(const QString& postcode);
// Straight-line miles between two postcodes' districts; nullopt when either is unknown.
std::optional<double> milesBetween(const QString& postcodeA, const QString& postcodeB);

} // namespace waymark
