/*
 * c_reference.c — the independent path the Octave tests compare against: the
 * same work done through the C API directly, with no MEX and no .m code.
 *
 *   c_reference train DATA.bin HIDDEN SEED_INIT SEED_DIVISION EPOCHS DIVIDE OUT.txt
 *       HIDDEN is "8,6"; DIVIDE is "dividerand" or "divideind" (then, 0-based,
 *       train = even samples, val = q % 4 == 1, test = q % 4 == 3).
 *       Writes the trained weights, the record's perf series and division
 *       indices (0-based), and y = sim(x).
 *   c_reference sim MODEL.h5 DATA.bin OUT.txt
 *       Loads a model file (written by Octave or Python) and writes y = sim(x)
 *       and its weights.
 *   c_reference multistart DATA.bin HIDDEN SEEDS SEED_DIVISION EPOCHS THREADS OUT.txt
 *       SEEDS is "s1,s2,..."; lmnet_train_multistart on an unconfigured network
 *       (dividerand). Writes the winner's weights and perf series, y = sim(x),
 *       winner (0-based), best_vperf and best_perf.
 *   c_reference record RECORD_FILE OUT.txt
 *       Loads a record file (lmnet_record_load) and writes its perf series and
 *       division indices.
 *
 * DATA.bin: int64 R, S, Q, then x (Q*R doubles, sample-major: the bytes of a
 * MATLAB R-by-Q matrix), then t (Q*S doubles). OUT.txt: one line per array,
 * "name count v1 v2 ..." with 17 significant digits.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lmnet.h"

static void die(const char *what, lmnet_status st)
{
    fprintf(stderr, "c_reference: %s failed: %s (%s)\n", what, lmnet_status_name(st), lmnet_last_error_message());
    exit(2);
}

#define CHECK(call, what)                      \
    do {                                       \
        lmnet_status st_ = (call);             \
        if (st_ != LMNET_OK) die((what), st_); \
    } while (0)

typedef struct { int64_t r, s, q; double *x, *t; } data;

static data read_data(const char *path)
{
    data d = {0, 0, 0, NULL, NULL};
    FILE *f = fopen(path, "rb");
    int64_t header[3];
    if (f == NULL || fread(header, sizeof(int64_t), 3, f) != 3) { fprintf(stderr, "cannot read %s\n", path); exit(2); }
    d.r = header[0]; d.s = header[1]; d.q = header[2];
    d.x = malloc((size_t)(d.q * d.r) * sizeof(double));
    d.t = malloc((size_t)(d.q * d.s > 0 ? d.q * d.s : 1) * sizeof(double));
    if (fread(d.x, sizeof(double), (size_t)(d.q * d.r), f) != (size_t)(d.q * d.r) ||
        fread(d.t, sizeof(double), (size_t)(d.q * d.s), f) != (size_t)(d.q * d.s)) {
        fprintf(stderr, "short data file %s\n", path);
        exit(2);
    }
    fclose(f);
    return d;
}

static void write_doubles(FILE *f, const char *name, const double *v, int64_t n)
{
    fprintf(f, "%s %lld", name, (long long)n);
    for (int64_t i = 0; i < n; i++) fprintf(f, " %.17g", v[i]);
    fprintf(f, "\n");
}

static void write_perf_and_division(FILE *out, const lmnet_record *rec)
{
    int64_t epochs_run = 0, length = 0;
    CHECK(lmnet_record_num_epochs(rec, &epochs_run), "num_epochs");
    double *perf = malloc((size_t)(epochs_run + 1) * sizeof(double));
    CHECK(lmnet_record_get_series(rec, "perf", perf, epochs_run + 1, &length), "perf");
    write_doubles(out, "perf", perf, length);
    free(perf);
    const char *keys[3] = {"trainInd", "valInd", "testInd"};
    for (int k = 0; k < 3; k++) {
        CHECK(lmnet_record_get_indices(rec, keys[k], NULL, 0, &length), "indices");
        int64_t *idx = malloc((size_t)(length > 0 ? length : 1) * sizeof(int64_t));
        double *as_double = malloc((size_t)(length > 0 ? length : 1) * sizeof(double));
        if (length > 0) CHECK(lmnet_record_get_indices(rec, keys[k], idx, length, &length), "indices");
        for (int64_t i = 0; i < length; i++) as_double[i] = (double)idx[i];
        write_doubles(out, keys[k], as_double, length);
        free(idx);
        free(as_double);
    }
}

static void write_weights_and_outputs(FILE *out, const lmnet_network *net, const data *d)
{
    int64_t nw = 0, ny = 0;
    CHECK(lmnet_network_num_weights(net, &nw), "num_weights");
    double *w = malloc((size_t)nw * sizeof(double));
    CHECK(lmnet_network_get_weights(net, w, nw), "get_weights");
    write_doubles(out, "weights", w, nw);
    CHECK(lmnet_network_num_outputs(net, &ny), "num_outputs");
    double *y = malloc((size_t)(ny * d->q) * sizeof(double));
    CHECK(lmnet_network_sim(net, d->x, d->q, d->r, y, ny * d->q), "sim");
    write_doubles(out, "y", y, ny * d->q);
    free(w);
    free(y);
}

static int64_t parse_hidden(const char *text, int64_t *sizes)
{
    int64_t n = 0;
    const char *p = text;
    while (*p != '\0' && n < 16) {
        char *end = NULL;
        sizes[n++] = strtoll(p, &end, 10);
        p = (*end == ',') ? end + 1 : end;
        if (end == p && *p != '\0') break;
    }
    return n;
}

static void set_division_indices(lmnet_options *opts, int64_t q)
{
    int64_t *buf = malloc((size_t)q * sizeof(int64_t));
    const char *keys[3] = {"trainInd", "valInd", "testInd"};
    for (int k = 0; k < 3; k++) {
        int64_t n = 0;
        for (int64_t i = 0; i < q; i++) {
            int belongs = k == 0 ? i % 2 == 0 : (k == 1 ? i % 4 == 1 : i % 4 == 3);
            if (belongs) buf[n++] = i;
        }
        CHECK(lmnet_options_set_indices(opts, keys[k], buf, n), "set_indices");
    }
    free(buf);
}

static int train(int argc, char **argv)
{
    if (argc != 9) { fprintf(stderr, "usage: c_reference train DATA HIDDEN SEED_INIT SEED_DIV EPOCHS DIVIDE OUT\n"); return 2; }
    data d = read_data(argv[2]);
    int64_t hidden[16];
    int64_t nh = parse_hidden(argv[3], hidden);
    uint64_t seed_init = strtoull(argv[4], NULL, 10), seed_div = strtoull(argv[5], NULL, 10);
    double epochs = atof(argv[6]);

    lmnet_network *net = NULL;
    lmnet_options *opts = NULL;
    lmnet_record *rec = NULL;
    CHECK(lmnet_network_create(hidden, nh, &net), "create");
    CHECK(lmnet_network_configure(net, d.x, d.t, d.q, d.r, d.s, seed_init), "configure");
    CHECK(lmnet_options_create(&opts), "options_create");
    CHECK(lmnet_options_set(opts, "epochs", epochs), "epochs");
    CHECK(lmnet_options_set(opts, "seed", (double)seed_div), "seed");
    CHECK(lmnet_options_set_string(opts, "divideFcn", argv[7]), "divideFcn");
    if (strcmp(argv[7], "divideind") == 0) set_division_indices(opts, d.q);
    CHECK(lmnet_train(net, opts, d.x, d.t, d.q, d.r, d.s, NULL, NULL, &rec), "train");

    FILE *out = fopen(argv[8], "w");
    if (out == NULL) { fprintf(stderr, "cannot write %s\n", argv[8]); return 2; }
    write_weights_and_outputs(out, net, &d);
    write_perf_and_division(out, rec);
    fclose(out);
    lmnet_record_free(rec);
    lmnet_options_free(opts);
    lmnet_network_free(net);
    free(d.x);
    free(d.t);
    return 0;
}

static int sim(int argc, char **argv)
{
    if (argc != 5) { fprintf(stderr, "usage: c_reference sim MODEL DATA OUT\n"); return 2; }
    lmnet_network *net = NULL;
    CHECK(lmnet_network_load(argv[2], &net, NULL, NULL), "load");
    data d = read_data(argv[3]);
    FILE *out = fopen(argv[4], "w");
    if (out == NULL) { fprintf(stderr, "cannot write %s\n", argv[4]); return 2; }
    write_weights_and_outputs(out, net, &d);
    fclose(out);
    lmnet_network_free(net);
    free(d.x);
    free(d.t);
    return 0;
}

static int multistart(int argc, char **argv)
{
    if (argc != 9) {
        fprintf(stderr, "usage: c_reference multistart DATA HIDDEN SEEDS SEED_DIV EPOCHS THREADS OUT\n");
        return 2;
    }
    data d = read_data(argv[2]);
    int64_t hidden[16], k = 0;
    int64_t nh = parse_hidden(argv[3], hidden);
    uint64_t seeds[64];
    for (const char *p = argv[4]; *p != '\0';) {
        char *end = NULL;
        if (k == 64) { fprintf(stderr, "c_reference: at most 64 seeds\n"); return 2; }
        seeds[k++] = strtoull(p, &end, 10);
        if (end == p) { fprintf(stderr, "c_reference: bad seed list %s\n", argv[4]); return 2; }
        p = (*end == ',') ? end + 1 : end;
    }
    uint64_t seed_div = strtoull(argv[5], NULL, 10);
    double epochs = atof(argv[6]);
    int32_t threads = (int32_t)atoi(argv[7]);

    lmnet_network *net = NULL, *best = NULL;
    lmnet_options *opts = NULL;
    lmnet_record *rec = NULL;
    int64_t winner = -1;
    double best_vperf[64], best_perf[64];
    CHECK(lmnet_network_create(hidden, nh, &net), "create");
    CHECK(lmnet_options_create(&opts), "options_create");
    CHECK(lmnet_options_set(opts, "epochs", epochs), "epochs");
    CHECK(lmnet_options_set(opts, "seed", (double)seed_div), "seed");
    CHECK(lmnet_train_multistart(net, opts, d.x, d.t, d.q, d.r, d.s, seeds, k, threads, &best, &rec, &winner,
                                 best_vperf, best_perf), "train_multistart");

    FILE *out = fopen(argv[8], "w");
    if (out == NULL) { fprintf(stderr, "cannot write %s\n", argv[8]); return 2; }
    write_weights_and_outputs(out, best, &d);
    write_perf_and_division(out, rec);
    double w = (double)winner;
    write_doubles(out, "winner", &w, 1);
    write_doubles(out, "best_vperf", best_vperf, k);
    write_doubles(out, "best_perf", best_perf, k);
    fclose(out);
    lmnet_record_free(rec);
    lmnet_options_free(opts);
    lmnet_network_free(best);
    lmnet_network_free(net);
    free(d.x);
    free(d.t);
    return 0;
}

static int record(int argc, char **argv)
{
    if (argc != 4) { fprintf(stderr, "usage: c_reference record RECORD_FILE OUT\n"); return 2; }
    lmnet_record *rec = NULL;
    CHECK(lmnet_record_load(argv[2], &rec), "record_load");
    FILE *out = fopen(argv[3], "w");
    if (out == NULL) { fprintf(stderr, "cannot write %s\n", argv[3]); return 2; }
    write_perf_and_division(out, rec);
    fclose(out);
    lmnet_record_free(rec);
    return 0;
}

int main(int argc, char **argv)
{
    if (argc >= 2 && strcmp(argv[1], "train") == 0) return train(argc, argv);
    if (argc >= 2 && strcmp(argv[1], "sim") == 0) return sim(argc, argv);
    if (argc >= 2 && strcmp(argv[1], "multistart") == 0) return multistart(argc, argv);
    if (argc >= 2 && strcmp(argv[1], "record") == 0) return record(argc, argv);
    fprintf(stderr, "usage: c_reference train|sim|multistart|record ...\n");
    return 2;
}
