#pragma once

namespace waymark::filing {

// Registers waymark-cli import-folder PATH [--dry-run] (cli/commandline.h: registerCommand): a
// shared-drive project folder, one subfolder per family, into the family folders
// (filing/folderimport.h). Exit 0 when every folder with files matched one family and was filed,
// 1 when some were ambiguous, unmatched or failed (the matched ones are still imported), 2 for a
// wrong command line.
void registerFolderImportCommand();

} // namespace waymark::filing
