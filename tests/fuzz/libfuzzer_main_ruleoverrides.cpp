// libFuzzer entry point for fuzzRuleOverrides (tests/fuzz/fuzz_ruleoverrides.cpp); built with
// WAYMARK_BUILD_FUZZERS=ON.
#include "fuzz/fuzztargets.h"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    waymark::fuzz::ensureApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    return waymark::fuzz::fuzzRuleOverrides(data, size);
}
