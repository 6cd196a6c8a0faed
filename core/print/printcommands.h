#pragma once

namespace waymark {

// Registers the waymark-cli commands that print to PDF (cli/commandline.h: registerCommand):
//   sar PERSON_ID [--output-dir DIR]   subject access request: JSON and PDF (administrator)
void registerPrintCommands();

} // namespace waymark
