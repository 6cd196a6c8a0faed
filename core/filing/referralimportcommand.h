#pragma once

namespace waymark::filing {

// waymark-cli import-referral FILE.eml [--dry-run]: a referral email becomes a draft referral
// (sender, date, subject, body, attachments) for a person to complete in Waymark.
void registerReferralImportCommand();

} // namespace waymark::filing
