// libFuzzer entry point for fuzzMentorImport (tests/fuzz/fuzz_mentorimport.cpp); built with
// WAYMARK_BUILD_FUZZERS=ON.
#include "fuzz/fuzztargets.h"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    waymark::fuzz::ensureApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    return waymark::fuzz::fuzzMentorImport(data, size);
}
