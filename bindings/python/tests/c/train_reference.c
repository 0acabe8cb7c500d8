/* Independent path for the binding tests: trains through the C API directly.
 *
 * usage: train_reference DATA Q R S SEED HIDDEN[,HIDDEN...] [KEY=VALUE ...]
 * DATA holds Q*R doubles of x, then Q*S doubles of t (sample-major, native
 * endianness). KEY=VALUE sets a numeric option (string options for the
 * *Fcn keys). Prints the trained weights, the record's series and scalars,
 * and the network's outputs for x, one "name value..." line each (%.17g).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lmnet.h"

static void fail(const char *what, lmnet_status status) {
    fprintf(stderr, "%s failed: %s: %s\n", what, lmnet_status_name(status), lmnet_last_error_message());
    exit(2);
}
#define CHECK(call) do { lmnet_status s_ = (call); if (s_ != LMNET_OK) fail(#call, s_); } while (0)

static void print_vector(const char *name, const double *v, int64_t n) {
    printf("%s", name);
    for (int64_t i = 0; i < n; i++) printf(" %.17g", v[i]);
    printf("\n");
}

int main(int argc, char **argv) {
    if (argc < 7) {
        fprintf(stderr, "usage: %s DATA Q R S SEED HIDDEN[,HIDDEN...] [KEY=VALUE ...]\n", argv[0]);
        return 1;
    }
    int64_t q = atoll(argv[2]), r = atoll(argv[3]), s = atoll(argv[4]);
    double *x = malloc(sizeof(double) * q * r), *t = malloc(sizeof(double) * q * s);
    FILE *data = fopen(argv[1], "rb");
    if (!data || fread(x, sizeof(double), q * r, data) != (size_t)(q * r)
        || fread(t, sizeof(double), q * s, data) != (size_t)(q * s)) {
        fprintf(stderr, "cannot read %s\n", argv[1]);
        return 1;
    }
    fclose(data);

    int64_t hidden[64], num_hidden = 0;
    for (char *p = strtok(argv[6], ","); p && num_hidden < 64; p = strtok(NULL, ","))
        hidden[num_hidden++] = atoll(p);

    lmnet_network *net = NULL;
    lmnet_options *opts = NULL;
    lmnet_record *rec = NULL;
    CHECK(lmnet_network_create(hidden, num_hidden, &net));
    CHECK(lmnet_options_create(&opts));
    CHECK(lmnet_options_set(opts, "seed", (double)atoll(argv[5])));
    for (int i = 7; i < argc; i++) {
        char *eq = strchr(argv[i], '=');
        if (!eq) { fprintf(stderr, "bad option %s\n", argv[i]); return 1; }
        *eq = '\0';
        if (strstr(argv[i], "Fcn")) CHECK(lmnet_options_set_string(opts, argv[i], eq + 1));
        else CHECK(lmnet_options_set(opts, argv[i], atof(eq + 1)));
    }
    CHECK(lmnet_train(net, opts, x, t, q, r, s, NULL, NULL, &rec));

    int64_t nw = 0, epochs = 0, len = 0, outputs = 0;
    CHECK(lmnet_network_num_weights(net, &nw));
    double *w = malloc(sizeof(double) * (nw ? nw : 1));
    CHECK(lmnet_network_get_weights(net, w, nw));
    print_vector("weights", w, nw);

    CHECK(lmnet_record_num_epochs(rec, &epochs));
    double *series = malloc(sizeof(double) * (epochs + 1));
    /* gamk and ssX are trainbr's (empty, length 0, for trainlm) */
    const char *keys[] = {"epoch", "perf", "vperf", "tperf", "mu", "gradient", "val_fail",
                          "gamk", "ssX"};
    for (size_t k = 0; k < sizeof keys / sizeof *keys; k++) {
        CHECK(lmnet_record_get_series(rec, keys[k], series, epochs + 1, &len));
        print_vector(keys[k], series, len);
    }
    double best_epoch = 0, best_vperf = 0;
    CHECK(lmnet_record_get_scalar(rec, "best_epoch", &best_epoch));
    CHECK(lmnet_record_get_scalar(rec, "best_vperf", &best_vperf));
    print_vector("best_epoch", &best_epoch, 1);
    print_vector("best_vperf", &best_vperf, 1);
    char stop[128];
    CHECK(lmnet_record_get_string(rec, "stop", stop, sizeof stop, &len));
    printf("stop %s\n", stop);

    CHECK(lmnet_network_num_outputs(net, &outputs));
    double *y = malloc(sizeof(double) * q * outputs);
    CHECK(lmnet_network_sim(net, x, q, r, y, q * outputs));
    print_vector("y", y, q * outputs);

    lmnet_record_free(rec);
    lmnet_options_free(opts);
    lmnet_network_free(net);
    free(x); free(t); free(w); free(series); free(y);
    return 0;
}
