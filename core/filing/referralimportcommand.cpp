#include "filing/referralimportcommand.h"

#include "cli/clisupport.h"
#include "cli/commandline.h"
#include "documents/documenttypes.h"
#include "filing/documentfile.h"
#include "referrals/referraldraftrepository.h"
#include "referrals/referralemail.h"
#include "storage/database.h"
#include "util/trcontext.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace waymark::filing {

namespace {

// Attachments as documents: title, type and searchable text from their names and bytes. A
// referral email's attachment that says nothing else is most likely the referral form itself.
std::vector<NewDocument> attachmentDocuments(const ReferralEmail& email) {
    std::vector<NewDocument> out;
    for (const ReferralAttachment& a : email.attachments) {
        NewDocument d = documentFromBytes(a.fileName, a.bytes);
        if (!a.mediaType.isEmpty() && d.mediaType == QLatin1String("application/octet-stream"))
            d.mediaType = a.mediaType;
        if (d.type == QLatin1String("other"))
            d.type = QStringLiteral("referral");
        d.date = email.sentAt.isValid() ? email.sentAt.toLocalTime().date() : QDate();
        out.push_back(d);
    }
    return out;
}

int commandImportReferral(const QString& path, const QStringList& positional,
                          const QCommandLineParser& parser) {
    using namespace cli;
    if (positional.size() != 2)
        return fail(CommandLine::tr("usage: import-referral FILE.eml [--dry-run]"), Usage);
    const QString file = positional.at(1);
    if (!QFileInfo(file).isFile())
        return fail(CommandLine::tr("%1 is not a file.").arg(file), Usage);
    auto email = readReferralEmailFile(file);
    if (!email)
        return fail(email.error());
    const std::vector<NewDocument> attachments = attachmentDocuments(*email);

    // What was found, so the person can see it before (or without) writing anything. This is the
    // user's own output, never a log: it names the sender.
    QTextStream& o = out();
    o << CommandLine::tr("Referral email %1").arg(QFileInfo(file).fileName()) << '\n';
    o << CommandLine::tr("  From:    %1 <%2>").arg(email->senderName, email->senderAddress) << '\n';
    o << CommandLine::tr("  Sent:    %1")
             .arg(email->sentAt.isValid()
                      ? email->sentAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"))
                      : CommandLine::tr("no readable date"))
      << '\n';
    o << CommandLine::tr("  Subject: %1").arg(email->subject) << '\n';
    o << CommandLine::tr("  Body:    %1 characters%2")
             .arg(email->body.size())
             .arg(email->bodyFromHtml ? CommandLine::tr(" (from the HTML part)") : QString())
      << '\n';
    for (const NewDocument& d : attachments)
        o << CommandLine::tr("  Attachment: %1 (%2, %3, %4)")
                 .arg(d.fileName, d.mediaType, documents::sizeText(d.bytes.size()),
                      documents::types().label(d.type))
          << '\n';
    for (const QString& empty : email->emptyAttachments)
        o << CommandLine::tr("  Left out: %1 (empty)").arg(empty) << '\n';
    if (parser.isSet(QStringLiteral("dry-run"))) {
        o << CommandLine::tr("Dry run: nothing was written.") << '\n';
        return Success;
    }
    auto session = signInFromCommandLine(parser, path);
    if (!session)
        return fail(session.error());
    auto id = ReferralDraftRepository(*session->db).create(*email, QFileInfo(file).fileName(), attachments);
    if (!id)
        return fail(id.error());
    o << CommandLine::tr("Saved as referral email %1, waiting to be completed (View > Referral emails).")
             .arg(*id)
      << '\n';
    return Success;
}

} // namespace

void registerReferralImportCommand() {
    registerCommand(
        {QStringLiteral("import-referral"),
         CommandLine::tr("  import-referral FILE.eml [--dry-run]\n"
                         "                            a referral email (MIME, read with GMime) as a draft\n"
                         "                            referral with its sender, date, body and attachments,\n"
                         "                            for a person to complete\n"),
         commandImportReferral});
}

} // namespace waymark::filing
