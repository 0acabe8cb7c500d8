/*
 * fit_reference.c — fit the reference problem with liblmnet from C.
 *
 *   data     x = 0.001 i for i = 1..1000, t = -x sin(10 x)
 *   network  1-20-20-10-1, tansig/tansig/tansig/purelin (MATLAB fitnet defaults)
 *   training trainlm with MATLAB's defaults (dividerand 70/15/15, mu 0.001, ...)
 *
 * Build from the repository root after `swift build -c release -Xswiftc -static-stdlib`:
 *   cc -std=c99 examples/c/fit_reference.c -Iinclude -L.build/release -llmnet \
 *      -Wl,-rpath,$PWD/.build/release -lm -o fit_reference
 * or, after `bindings/c/install.sh PREFIX`:
 *   cc -std=c99 examples/c/fit_reference.c \
 *      $(PKG_CONFIG_PATH=PREFIX/lib/pkgconfig pkg-config --cflags --libs lmnet) -lm -o fit_reference
 * (-lm for sin(); the library itself needs nothing else.)
 *
 * Run:  ./fit_reference [seed [max_epochs]]     (defaults: seed 0, 1000 epochs)
 */
#include <stdio.h>
#include <stdlib.h>
#include <math.h>

#include "lmnet.h"

enum { NUM_SAMPLES = 1000, SHOW = 25 };

/* Stops the program with the library's message when a call fails. */
static void check(lmnet_status status, const char *what)
{
    if (status != LMNET_OK) {
        fprintf(stderr, "fit_reference: %s failed: %s: %s\n", what, lmnet_status_name(status),
                lmnet_last_error_message());
        exit(EXIT_FAILURE);
    }
}

static double record_scalar(const lmnet_record *rec, const char *key)
{
    double value = NAN;
    check(lmnet_record_get_scalar(rec, key, &value), key);
    return value;
}

/* Prints a progress line every SHOW epochs and at the last epoch, as MATLAB's
 * command-line display does. */
static int print_progress(const lmnet_record *rec, void *user)
{
    int64_t epoch = 0;
    double perf, vperf, mu, gradient, stop_reason;
    (void)user;
    if (lmnet_record_num_epochs(rec, &epoch) != LMNET_OK) return 0;
    stop_reason = record_scalar(rec, "stop_reason");
    if (epoch % SHOW != 0 && stop_reason == LMNET_STOP_NONE) return 0;
    check(lmnet_record_get_value(rec, "perf", -1, &perf), "perf");
    check(lmnet_record_get_value(rec, "vperf", -1, &vperf), "vperf");
    check(lmnet_record_get_value(rec, "mu", -1, &mu), "mu");
    check(lmnet_record_get_value(rec, "gradient", -1, &gradient), "gradient");
    printf("epoch %4lld  perf %.4e  vperf %.4e  mu %.1e  gradient %.3e\n", (long long)epoch, perf, vperf,
           mu, gradient);
    return 0; /* never ask for a stop */
}

int main(int argc, char **argv)
{
    static double x[NUM_SAMPLES], t[NUM_SAMPLES];
    const int64_t hidden[3] = {20, 20, 10};
    lmnet_network *net = NULL;
    lmnet_options *opts = NULL;
    lmnet_record *rec = NULL;
    char stop[128];
    int64_t i, num_epochs = 0, num_weights = 0;
    double seed = argc > 1 ? atof(argv[1]) : 0.0;

    if (lmnet_abi_version() != LMNET_ABI_VERSION) {
        fprintf(stderr, "fit_reference: liblmnet ABI %d, this program needs %d\n", (int)lmnet_abi_version(),
                LMNET_ABI_VERSION);
        return EXIT_FAILURE;
    }
    for (i = 0; i < NUM_SAMPLES; i++) {
        x[i] = 0.001 * (double)(i + 1);
        t[i] = -x[i] * sin(10.0 * x[i]);
    }

    check(lmnet_network_create(hidden, 3, &net), "lmnet_network_create");
    check(lmnet_options_create(&opts), "lmnet_options_create");
    check(lmnet_options_set(opts, "seed", seed), "seed");
    if (argc > 2) check(lmnet_options_set(opts, "epochs", atof(argv[2])), "epochs");

    printf("liblmnet %s: fitting t = -x sin(10x), %d samples, network 1-20-20-10-1, seed %.0f\n",
           lmnet_version(), NUM_SAMPLES, seed);
    check(lmnet_train(net, opts, x, t, NUM_SAMPLES, 1, 1, print_progress, NULL, &rec), "lmnet_train");

    check(lmnet_network_num_weights(net, &num_weights), "lmnet_network_num_weights");
    check(lmnet_record_num_epochs(rec, &num_epochs), "lmnet_record_num_epochs");
    check(lmnet_record_get_string(rec, "stop", stop, sizeof stop, NULL), "stop");
    printf("\n");
    printf("weights          %lld\n", (long long)num_weights);
    printf("stop reason      %s\n", stop);
    printf("best epoch       %.0f\n", record_scalar(rec, "best_epoch"));
    printf("train MSE        %.6e   (at the best epoch)\n", record_scalar(rec, "best_perf"));
    printf("validation MSE   %.6e\n", record_scalar(rec, "best_vperf"));
    printf("test MSE         %.6e\n", record_scalar(rec, "best_tperf"));
    printf("epochs           %lld\n", (long long)num_epochs);
    printf("time per epoch   %.3f ms   (%d threads)\n",
           1e3 * record_scalar(rec, "time_total") / (double)(num_epochs > 0 ? num_epochs : 1),
           (int)record_scalar(rec, "num_threads"));

    lmnet_record_free(rec);
    lmnet_options_free(opts);
    lmnet_network_free(net);
    return EXIT_SUCCESS;
}
