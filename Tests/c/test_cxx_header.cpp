// test_cxx_header.cpp — lmnet.h is usable from C++ (extern "C", no C-only
// constructs): compiled with g++ -std=c++11 -Wall -Wextra -Werror -pedantic,
// linked against liblmnet.so and run. Prints "PASS"/"FAIL" lines like the C tests.
#include "lmnet.h"

#include <cmath>
#include <cstdio>
#include <cstring>
#include <vector>

namespace {

int failures = 0;

void expect(bool ok, const char *what)
{
    std::printf("%s %s\n", ok ? "PASS" : "FAIL", what);
    if (!ok) {
        ++failures;
        std::printf("    last error: \"%s\"\n", lmnet_last_error_message());
    }
}

}  // namespace

int main()
{
    expect(std::strcmp(lmnet_version(), LMNET_VERSION_STRING) == 0, "cxx_version_string");
    expect(lmnet_abi_version() == LMNET_ABI_VERSION, "cxx_abi_version");
    expect(std::strcmp(lmnet_status_name(LMNET_ERR_DIMENSION), "LMNET_ERR_DIMENSION") == 0, "cxx_status_name");

    const int64_t hidden[] = {3};
    lmnet_network *net = nullptr;
    lmnet_options *opts = nullptr;
    std::vector<double> x(30), t(30), y(30);
    for (std::size_t i = 0; i < x.size(); ++i) {
        x[i] = static_cast<double>(i) / 30.0;
        t[i] = std::sin(6.0 * x[i]);
    }
    bool ok = lmnet_network_create(hidden, 1, &net) == LMNET_OK && lmnet_options_create(&opts) == LMNET_OK &&
              lmnet_options_set(opts, "epochs", 3) == LMNET_OK;
    expect(ok, "cxx_create");
    if (ok) {
        lmnet_progress_fn no_progress = nullptr;
        ok = lmnet_train(net, opts, x.data(), t.data(), 30, 1, 1, no_progress, nullptr, nullptr) == LMNET_OK &&
             lmnet_network_sim(net, x.data(), 30, 1, y.data(), 30) == LMNET_OK;
        expect(ok, "cxx_train_and_sim");
    }
    expect(lmnet_network_sim(net, nullptr, 30, 1, y.data(), 30) == LMNET_ERR_INVALID_ARGUMENT &&
               lmnet_last_error_message()[0] != '\0',
           "cxx_error_status");
    lmnet_options_free(opts);
    lmnet_network_free(net);
    std::printf("test_cxx_header: %d failed\n", failures);
    return failures == 0 ? 0 : 1;
}
