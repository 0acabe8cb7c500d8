/*
 * test_behaviour.c — what the C API does when used correctly: networks
 * (create/configure/init/weights/sim/clone), options, training and its record,
 * perform, multi-start, files and datasets. Problems are small (few epochs,
 * tiny networks) so the whole program also runs under valgrind.
 */
#define _POSIX_C_SOURCE 200809L

#include <math.h>
#include <pthread.h>

#include "test_harness.h"
#include "test_fixtures.h"

enum { QREF = 1000, QSMALL = 60 };
static double ref_x[QREF], ref_t[QREF];

static double rel_diff(double a, double b)
{
    double scale = fabs(a) > fabs(b) ? fabs(a) : fabs(b);
    return scale == 0 ? 0 : fabs(a - b) / scale;
}

/* Reads a string getter fn(a, b, buf, capacity, length) into buf with a size query
 * first, checking the convention: (NULL, 0) returns OK and the length (without the
 * NUL), and a buffer of exactly length + 1 bytes is enough. */
#define GET_STRING(fn, a, b, buf)                                                      \
    do {                                                                               \
        int64_t len_query_ = -1, len_ = -1;                                            \
        REQUIRE_OK(fn((a), (b), NULL, 0, &len_query_));                                \
        REQUIRE(len_query_ >= 0 && len_query_ + 1 <= (int64_t)sizeof(buf));           \
        REQUIRE_OK(fn((a), (b), (buf), len_query_ + 1, &len_));                        \
        CHECK(len_ == len_query_ && (int64_t)strlen(buf) == len_);                     \
    } while (0)

static double tansig(double n) { return 2.0 / (1.0 + exp(-2.0 * n)) - 1.0; }

/* ----------------------------------------------------------------- network */

static void test_network_create_defaults(void)
{
    int64_t hidden[2] = {4, 3}, v = -1;
    int32_t configured = -1;
    char buf[64];
    lmnet_network *net = NULL;
    REQUIRE_OK(lmnet_network_create(hidden, 2, &net));
    REQUIRE_OK(lmnet_network_num_layers(net, &v));
    CHECK(v == 3);
    REQUIRE_OK(lmnet_network_layer_size(net, 1, &v));
    CHECK(v == 4);
    REQUIRE_OK(lmnet_network_layer_size(net, 2, &v));
    CHECK(v == 3);
    REQUIRE_OK(lmnet_network_layer_size(net, 3, &v));
    CHECK(v == 0); /* output size unknown until configured */
    REQUIRE_OK(lmnet_network_num_inputs(net, &v));
    CHECK(v == 0);
    REQUIRE_OK(lmnet_network_num_outputs(net, &v));
    CHECK(v == 0);
    REQUIRE_OK(lmnet_network_num_weights(net, &v));
    CHECK(v == 0);
    REQUIRE_OK(lmnet_network_is_configured(net, &configured));
    CHECK(configured == 0);
    GET_STRING(lmnet_network_get_transfer_fcn, net, 1, buf);
    CHECK(strcmp(buf, "tansig") == 0);
    GET_STRING(lmnet_network_get_transfer_fcn, net, 2, buf);
    CHECK(strcmp(buf, "tansig") == 0);
    GET_STRING(lmnet_network_get_transfer_fcn, net, 3, buf);
    CHECK(strcmp(buf, "purelin") == 0);
    GET_STRING(lmnet_network_get_process_fcns, net, LMNET_INPUT, buf);
    CHECK(strcmp(buf, "removeconstantrows,mapminmax") == 0);
    GET_STRING(lmnet_network_get_process_fcns, net, LMNET_OUTPUT, buf);
    CHECK(strcmp(buf, "removeconstantrows,mapminmax") == 0);
    lmnet_network_free(net);
}

static void test_linear_network_has_one_purelin_layer(void)
{
    lmnet_network *net = NULL;
    int64_t v = -1;
    char buf[32];
    REQUIRE_OK(lmnet_network_create(NULL, 0, &net));
    REQUIRE_OK(lmnet_network_num_layers(net, &v));
    CHECK(v == 1);
    GET_STRING(lmnet_network_get_transfer_fcn, net, 1, buf);
    CHECK(strcmp(buf, "purelin") == 0);
    lmnet_network_free(net);
}

/* Two inputs, two hidden layers: the manual forward pass below reads the flat
 * weight vector in the documented getwb order and applies mapminmax itself. */
static void test_sim_matches_manual_forward_pass(void)
{
    enum { Q = 25, R = 2, S1 = 4, S2 = 3 };
    int64_t hidden[2] = {S1, S2}, n = 0, v = 0;
    double x[Q * R], t[Q], y[Q], w[64], xmin[R], xmax[R], tmin, tmax, max_err = 0;
    lmnet_network *net = NULL;
    int q, i, j, k;
    fill_two_inputs(Q, x, t);
    REQUIRE_OK(lmnet_network_create(hidden, 2, &net));
    REQUIRE_OK(lmnet_network_configure(net, x, t, Q, R, 1, 3));
    REQUIRE_OK(lmnet_network_num_inputs(net, &v));
    CHECK(v == R);
    REQUIRE_OK(lmnet_network_num_outputs(net, &v));
    CHECK(v == 1);
    REQUIRE_OK(lmnet_network_layer_size(net, 3, &v));
    CHECK(v == 1);
    REQUIRE_OK(lmnet_network_num_weights(net, &n));
    REQUIRE(n == S1 * (R + 1) + S2 * (S1 + 1) + 1 * (S2 + 1));
    REQUIRE_OK(lmnet_network_get_weights(net, w, 64));
    REQUIRE_OK(lmnet_network_get_process_settings(net, LMNET_INPUT, xmin, xmax, R));
    REQUIRE_OK(lmnet_network_get_process_settings(net, LMNET_OUTPUT, &tmin, &tmax, 1));
    /* the settings are the row extrema of the configuration data */
    for (i = 0; i < R; i++) {
        double lo = x[i], hi = x[i];
        for (q = 1; q < Q; q++) {
            if (x[q * R + i] < lo) lo = x[q * R + i];
            if (x[q * R + i] > hi) hi = x[q * R + i];
        }
        CHECK(xmin[i] == lo && xmax[i] == hi);
    }
    REQUIRE_OK(lmnet_network_sim(net, x, Q, R, y, Q));
    for (q = 0; q < Q; q++) {
        const double *b1 = w, *iw = w + S1, *b2 = iw + S1 * R, *lw2 = b2 + S2, *b3 = lw2 + S2 * S1,
                     *lw3 = b3 + 1;
        double xn[R], a1[S1], a2[S2], out;
        for (i = 0; i < R; i++) xn[i] = 2.0 * (x[q * R + i] - xmin[i]) / (xmax[i] - xmin[i]) - 1.0;
        for (i = 0; i < S1; i++) {
            double s = b1[i];
            for (j = 0; j < R; j++) s += iw[i + j * S1] * xn[j]; /* column-major S1 x R */
            a1[i] = tansig(s);
        }
        for (i = 0; i < S2; i++) {
            double s = b2[i];
            for (j = 0; j < S1; j++) s += lw2[i + j * S2] * a1[j];
            a2[i] = tansig(s);
        }
        out = b3[0];
        for (k = 0; k < S2; k++) out += lw3[k] * a2[k];
        out = (out + 1.0) * (tmax - tmin) / 2.0 + tmin;
        if (fabs(out - y[q]) > max_err) max_err = fabs(out - y[q]);
    }
    CHECK(max_err < 1e-12);
    if (max_err >= 1e-12) printf("      max |manual - sim| = %g\n", max_err);
    lmnet_network_free(net);
}

static void test_constant_rows_are_removed_and_restored(void)
{
    enum { Q = 20 };
    int64_t hidden = 3, n = 0, v = 0;
    double x[Q * 3], t[Q * 2], y[Q * 2];
    lmnet_network *net = NULL;
    int q, constant_output_exact = 1;
    for (q = 0; q < Q; q++) {
        x[q * 3] = q * 0.1;
        x[q * 3 + 1] = 4.0; /* constant input row */
        x[q * 3 + 2] = sin((double)q);
        t[q * 2] = 5.0;     /* constant target row */
        t[q * 2 + 1] = cos((double)q);
    }
    REQUIRE_OK(lmnet_network_create(&hidden, 1, &net));
    REQUIRE_OK(lmnet_network_configure(net, x, t, Q, 3, 2, 1));
    REQUIRE_OK(lmnet_network_num_inputs(net, &v));
    CHECK(v == 3);
    REQUIRE_OK(lmnet_network_num_outputs(net, &v));
    CHECK(v == 2);
    REQUIRE_OK(lmnet_network_layer_size(net, 2, &v));
    CHECK(v == 1); /* one surviving target */
    REQUIRE_OK(lmnet_network_num_weights(net, &n));
    CHECK(n == 3 * (2 + 1) + 1 * (3 + 1));
    REQUIRE_OK(lmnet_network_sim(net, x, Q, 3, y, 2 * Q));
    for (q = 0; q < Q; q++) constant_output_exact &= y[q * 2] == 5.0;
    CHECK(constant_output_exact);
    lmnet_network_free(net);
}

static void test_init_is_deterministic_per_seed(void)
{
    int64_t hidden = 5;
    double w1[16], w2[16], w3[16];
    lmnet_network *net = NULL;
    REQUIRE_OK(lmnet_network_create(&hidden, 1, &net));
    REQUIRE_OK(lmnet_network_configure(net, ref_x, ref_t, QREF, 1, 1, 11));
    REQUIRE_OK(lmnet_network_get_weights(net, w1, 16));
    REQUIRE_OK(lmnet_network_init(net, 12));
    REQUIRE_OK(lmnet_network_get_weights(net, w2, 16));
    REQUIRE_OK(lmnet_network_init(net, 11));
    REQUIRE_OK(lmnet_network_get_weights(net, w3, 16));
    CHECK(bits_equal(w1, w3, 16));
    CHECK(!bits_equal(w1, w2, 16));
    lmnet_network_free(net);
}

static void test_weights_round_trip(void)
{
    int64_t hidden = 5, n = 0, i;
    double w[16], back[16];
    lmnet_network *net = NULL;
    REQUIRE_OK(lmnet_network_create(&hidden, 1, &net));
    REQUIRE_OK(lmnet_network_configure(net, ref_x, ref_t, QREF, 1, 1, 1));
    REQUIRE_OK(lmnet_network_num_weights(net, &n));
    REQUIRE(n == 16);
    for (i = 0; i < n; i++) w[i] = 0.1 * (double)i - 0.77 + 1e-17 * (double)i;
    REQUIRE_OK(lmnet_network_set_weights(net, w, n));
    REQUIRE_OK(lmnet_network_get_weights(net, back, n));
    CHECK(bits_equal(w, back, (size_t)n));
    lmnet_network_free(net);
}

static void test_clone_is_deep(void)
{
    int64_t hidden = 4;
    double w[13], w_clone[13], y[QSMALL], y_clone[QSMALL];
    lmnet_network *net = NULL, *copy = NULL;
    REQUIRE_OK(lmnet_network_create(&hidden, 1, &net));
    REQUIRE_OK(lmnet_network_configure(net, ref_x, ref_t, QSMALL, 1, 1, 2));
    REQUIRE_OK(lmnet_network_clone(net, &copy));
    REQUIRE_OK(lmnet_network_get_weights(net, w, 13));
    REQUIRE_OK(lmnet_network_get_weights(copy, w_clone, 13));
    CHECK(bits_equal(w, w_clone, 13));
    REQUIRE_OK(lmnet_network_sim(net, ref_x, QSMALL, 1, y, QSMALL));
    REQUIRE_OK(lmnet_network_sim(copy, ref_x, QSMALL, 1, y_clone, QSMALL));
    CHECK(bits_equal(y, y_clone, QSMALL));
    /* changing the copy leaves the original alone */
    w_clone[0] += 1.0;
    REQUIRE_OK(lmnet_network_set_weights(copy, w_clone, 13));
    REQUIRE_OK(lmnet_network_set_transfer_fcn(copy, 1, "logsig"));
    REQUIRE_OK(lmnet_network_get_weights(net, w_clone, 13));
    CHECK(bits_equal(w, w_clone, 13));
    REQUIRE_OK(lmnet_network_sim(net, ref_x, QSMALL, 1, y_clone, QSMALL));
    CHECK(bits_equal(y, y_clone, QSMALL));
    lmnet_network_free(copy);
    lmnet_network_free(net);
}

static void test_transfer_fcns_set_get_and_keep_weights(void)
{
    static const char *names[] = {"tansig", "logsig", "purelin", "poslin", "satlin",
                                  "satlins", "radbas", "tribas", "elliotsig"};
    int64_t hidden = 3;
    double w[10], w_after[10], y_tansig[QSMALL], y_logsig[QSMALL];
    char buf[32];
    size_t i;
    lmnet_network *net = NULL;
    REQUIRE_OK(lmnet_network_create(&hidden, 1, &net));
    REQUIRE_OK(lmnet_network_configure(net, ref_x, ref_t, QSMALL, 1, 1, 4));
    REQUIRE_OK(lmnet_network_get_weights(net, w, 10));
    REQUIRE_OK(lmnet_network_sim(net, ref_x, QSMALL, 1, y_tansig, QSMALL));
    for (i = 0; i < sizeof names / sizeof names[0]; i++) {
        REQUIRE_OK(lmnet_network_set_transfer_fcn(net, 1, names[i]));
        GET_STRING(lmnet_network_get_transfer_fcn, net, 1, buf);
        CHECK(strcmp(buf, names[i]) == 0);
    }
    REQUIRE_OK(lmnet_network_set_transfer_fcn(net, 1, "logsig"));
    REQUIRE_OK(lmnet_network_get_weights(net, w_after, 10));
    CHECK(bits_equal(w, w_after, 10));
    REQUIRE_OK(lmnet_network_sim(net, ref_x, QSMALL, 1, y_logsig, QSMALL));
    CHECK(!bits_equal(y_tansig, y_logsig, QSMALL));
    lmnet_network_free(net);
}

static void test_process_fcns_and_settings(void)
{
    int64_t hidden = 2, v = 0;
    int32_t configured = -1;
    double lo[1] = {-3.0}, hi[1] = {5.0}, got_lo = 0, got_hi = 0, nan_lo = NAN, nan_hi = NAN;
    char buf[64];
    lmnet_network *net = NULL;
    REQUIRE_OK(lmnet_network_create(&hidden, 1, &net));
    REQUIRE_OK(lmnet_network_configure(net, ref_x, ref_t, QSMALL, 1, 1, 4));
    REQUIRE_OK(lmnet_network_set_process_fcns(net, LMNET_INPUT, ""));
    REQUIRE_OK(lmnet_network_is_configured(net, &configured));
    CHECK(configured == 0); /* setting the list unconfigures */
    GET_STRING(lmnet_network_get_process_fcns, net, LMNET_INPUT, buf);
    CHECK(strcmp(buf, "") == 0);
    REQUIRE_OK(lmnet_network_set_process_fcns(net, LMNET_OUTPUT, "mapminmax"));
    GET_STRING(lmnet_network_get_process_fcns, net, LMNET_OUTPUT, buf);
    CHECK(strcmp(buf, "mapminmax") == 0);
    /* settings on both sides configure the network */
    REQUIRE_OK(lmnet_network_set_process_settings(net, LMNET_INPUT, lo, hi, 1));
    REQUIRE_OK(lmnet_network_set_process_settings(net, LMNET_OUTPUT, &nan_lo, &nan_hi, 1));
    REQUIRE_OK(lmnet_network_is_configured(net, &configured));
    CHECK(configured == 1);
    REQUIRE_OK(lmnet_network_num_inputs(net, &v));
    CHECK(v == 1);
    REQUIRE_OK(lmnet_network_get_process_settings(net, LMNET_INPUT, &got_lo, &got_hi, 1));
    CHECK(got_lo == -3.0 && got_hi == 5.0);
    REQUIRE_OK(lmnet_network_get_process_settings(net, LMNET_OUTPUT, &got_lo, &got_hi, 1));
    CHECK(isnan(got_lo) && isnan(got_hi));
    lmnet_network_free(net);
}

/* ----------------------------------------------------------------- options */

static void test_options_defaults(void)
{
    static const struct { const char *key; double value; } defaults[] = {
        {"epochs", 1000}, {"goal", 0}, {"max_fail", 6}, {"min_grad", 1e-7}, {"mu", 0.001},
        {"mu_dec", 0.1}, {"mu_inc", 10}, {"mu_max", 1e10}, {"show", 25}, {"trainRatio", 0.7},
        {"valRatio", 0.15}, {"testRatio", 0.15}, {"regularization", 0}, {"seed", 0},
    };
    static const struct { const char *key, *value; } string_defaults[] = {
        {"trainFcn", "trainlm"}, {"divideFcn", "dividerand"}, {"performFcn", "mse"},
    };
    static const char *index_keys[] = {"trainInd", "valInd", "testInd"};
    lmnet_options *opts = NULL;
    double v = 0;
    int64_t length = -1;
    char buf[32];
    size_t i;
    REQUIRE_OK(lmnet_options_create(&opts));
    for (i = 0; i < sizeof defaults / sizeof defaults[0]; i++) {
        REQUIRE_OK(lmnet_options_get(opts, defaults[i].key, &v));
        CHECK(v == defaults[i].value);
        if (v != defaults[i].value) printf("      %s = %.17g\n", defaults[i].key, v);
    }
    REQUIRE_OK(lmnet_options_get(opts, "time", &v));
    CHECK(isinf(v) && v > 0);
    for (i = 0; i < sizeof string_defaults / sizeof string_defaults[0]; i++) {
        GET_STRING(lmnet_options_get_string, opts, string_defaults[i].key, buf);
        CHECK(strcmp(buf, string_defaults[i].value) == 0);
    }
    for (i = 0; i < 3; i++) {
        REQUIRE_OK(lmnet_options_get_indices(opts, index_keys[i], NULL, 0, &length));
        CHECK(length == 0);
    }
    lmnet_options_free(opts);
}

static void test_options_round_trip_and_clone(void)
{
    static const struct { const char *key; double value; } values[] = {
        {"epochs", 17}, {"goal", 1e-9}, {"max_fail", 3}, {"min_grad", 1e-12}, {"mu", 0.25},
        {"mu_dec", 0.5}, {"mu_inc", 3}, {"mu_max", 1e8}, {"time", 12.5}, {"show", NAN},
        {"trainRatio", 0.6}, {"valRatio", 0.3}, {"testRatio", 0.1}, {"regularization", 0.2},
        {"seed", 9007199254740992.0 /* 2^53 */},
    };
    static const struct { const char *key, *value; } strings[] = {
        {"divideFcn", "divideblock"}, {"divideFcn", "divideint"}, {"divideFcn", "divideind"},
        {"divideFcn", "dividetrain"}, {"divideFcn", "dividerand"}, {"performFcn", "sse"},
    };
    int64_t ind[4] = {5, 1, 3, 1000000}, out[8], length = -1;
    lmnet_options *opts = NULL, *copy = NULL;
    double v = 0;
    char buf[32];
    size_t i;
    REQUIRE_OK(lmnet_options_create(&opts));
    for (i = 0; i < sizeof values / sizeof values[0]; i++) {
        REQUIRE_OK(lmnet_options_set(opts, values[i].key, values[i].value));
        REQUIRE_OK(lmnet_options_get(opts, values[i].key, &v));
        CHECK(memcmp(&v, &values[i].value, sizeof v) == 0 || (isnan(v) && isnan(values[i].value)));
    }
    for (i = 0; i < sizeof strings / sizeof strings[0]; i++) {
        REQUIRE_OK(lmnet_options_set_string(opts, strings[i].key, strings[i].value));
        GET_STRING(lmnet_options_get_string, opts, strings[i].key, buf);
        CHECK(strcmp(buf, strings[i].value) == 0);
    }
    REQUIRE_OK(lmnet_options_set_indices(opts, "testInd", ind, 4));
    REQUIRE_OK(lmnet_options_get_indices(opts, "testInd", out, 8, &length));
    CHECK(length == 4 && memcmp(ind, out, sizeof ind) == 0); /* stored as given */

    REQUIRE_OK(lmnet_options_clone(opts, &copy));
    REQUIRE_OK(lmnet_options_set(copy, "epochs", 99));
    REQUIRE_OK(lmnet_options_get(opts, "epochs", &v));
    CHECK(v == 17);
    REQUIRE_OK(lmnet_options_get(copy, "mu", &v));
    CHECK(v == 0.25);
    REQUIRE_OK(lmnet_options_get_indices(copy, "testInd", out, 8, &length));
    CHECK(length == 4 && memcmp(ind, out, sizeof ind) == 0);
    lmnet_options_free(copy);
    lmnet_options_free(opts);
}

static void test_train_fcn_switch_resets_train_params(void)
{
    lmnet_options *opts = NULL;
    double v = 0;
    REQUIRE_OK(lmnet_options_create(&opts));
    REQUIRE_OK(lmnet_options_set(opts, "epochs", 7));
    REQUIRE_OK(lmnet_options_set(opts, "trainRatio", 0.5));
    REQUIRE_OK(lmnet_options_set_string(opts, "trainFcn", "trainbr"));
    REQUIRE_OK(lmnet_options_get(opts, "mu", &v));
    CHECK(v == 0.005);
    REQUIRE_OK(lmnet_options_get(opts, "max_fail", &v));
    CHECK(v == 0);
    REQUIRE_OK(lmnet_options_get(opts, "epochs", &v));
    CHECK(v == 1000);
    REQUIRE_OK(lmnet_options_get(opts, "trainRatio", &v));
    CHECK(v == 0.5); /* divideParam is not a trainParam */
    REQUIRE_OK(lmnet_options_set_string(opts, "trainFcn", "trainlm"));
    REQUIRE_OK(lmnet_options_get(opts, "mu", &v));
    CHECK(v == 0.001);
    REQUIRE_OK(lmnet_options_get(opts, "max_fail", &v));
    CHECK(v == 6);
    lmnet_options_free(opts);
}

static void test_num_threads_round_trip(void)
{
    int32_t before = lmnet_get_num_threads();
    REQUIRE(before >= 1);
    REQUIRE_OK(lmnet_set_num_threads(3));
    CHECK(lmnet_get_num_threads() == 3);
    REQUIRE_OK(lmnet_set_num_threads(before));
    CHECK(lmnet_get_num_threads() == before);
}

/* ---------------------------------------------------------------- training */

static const char *stop_sentence(double reason)
{
    switch ((int)reason) {
    case LMNET_STOP_USER: return "User stop.";
    case LMNET_STOP_USER_CANCEL: return "User cancel.";
    case LMNET_STOP_GOAL: return "Performance goal met.";
    case LMNET_STOP_EPOCHS: return "Maximum epoch reached.";
    case LMNET_STOP_TIME: return "Maximum time elapsed.";
    case LMNET_STOP_MIN_GRAD: return "Minimum gradient reached.";
    case LMNET_STOP_MU_MAX: return "Maximum MU reached.";
    case LMNET_STOP_VALIDATION: return "Validation stop.";
    default: return NULL;
    }
}

/* Checks that the three index lists are ascending, disjoint, of the given sizes
 * and together cover 0..q-1 exactly once. */
static void check_partition(const lmnet_record *rec, int64_t q, const int64_t sizes[3])
{
    static const char *keys[3] = {"trainInd", "valInd", "testInd"};
    int64_t *ind = malloc(sizeof(int64_t) * (size_t)q);
    int *seen = calloc((size_t)q, sizeof(int));
    int k, covered = 1;
    REQUIRE(ind != NULL && seen != NULL);
    for (k = 0; k < 3; k++) {
        int64_t length = -1, i;
        if (!CHECK_STATUS(lmnet_record_get_indices(rec, keys[k], ind, q, &length), LMNET_OK)) break;
        CHECK(length == sizes[k]);
        for (i = 0; i < length; i++) {
            CHECK(ind[i] >= 0 && ind[i] < q);
            if (ind[i] < 0 || ind[i] >= q) break;
            if (i > 0) CHECK(ind[i] > ind[i - 1]);
            seen[ind[i]]++;
        }
    }
    for (k = 0; k < q; k++) covered &= seen[k] == 1;
    CHECK(covered);
    free(ind);
    free(seen);
}

static void test_train_record_on_reference_problem(void)
{
    static const char *series_keys[] = {"epoch", "time", "perf", "vperf", "tperf", "mu", "gradient", "val_fail"};
    static const int64_t sizes[3] = {700, 150, 150};
    int64_t hidden = 5, n = -1, length = -1, i;
    double series[32], perf[32], vperf[32], tperf[32], v = 0, best = 0, reason = 0, y[QREF];
    char stop[64], buf[32];
    size_t k;
    lmnet_network *net = NULL;
    lmnet_options *opts = NULL;
    lmnet_record *rec = NULL;
    REQUIRE_OK(lmnet_network_create(&hidden, 1, &net));
    REQUIRE_OK(lmnet_options_create(&opts));
    REQUIRE_OK(lmnet_options_set(opts, "epochs", 15));
    REQUIRE_OK(lmnet_options_set(opts, "seed", 3));
    REQUIRE_OK(lmnet_train(net, opts, ref_x, ref_t, QREF, 1, 1, NULL, NULL, &rec));
    REQUIRE(rec != NULL);
    REQUIRE_OK(lmnet_record_num_epochs(rec, &n));
    REQUIRE(n >= 1 && n <= 15);

    for (k = 0; k < sizeof series_keys / sizeof series_keys[0]; k++) {
        length = -1;
        REQUIRE_OK(lmnet_record_get_series(rec, series_keys[k], NULL, 0, &length));
        CHECK(length == n + 1);
        REQUIRE_OK(lmnet_record_get_series(rec, series_keys[k], series, 32, &length));
        CHECK(length == n + 1);
        REQUIRE_OK(lmnet_record_get_value(rec, series_keys[k], -1, &v));
        CHECK(memcmp(&v, &series[n], sizeof v) == 0);
        REQUIRE_OK(lmnet_record_get_value(rec, series_keys[k], 0, &v));
        CHECK(memcmp(&v, &series[0], sizeof v) == 0);
    }
    REQUIRE_OK(lmnet_record_get_series(rec, "epoch", series, 32, &length));
    for (i = 0; i <= n; i++) CHECK(series[i] == (double)i);
    REQUIRE_OK(lmnet_record_get_series(rec, "time", series, 32, &length));
    for (i = 1; i <= n; i++) CHECK(series[i] >= series[i - 1] && series[0] >= 0);
    REQUIRE_OK(lmnet_record_get_series(rec, "mu", series, 32, &length));
    for (i = 0; i <= n; i++) CHECK(series[i] >= 1e-20 && series[i] <= 1e10);
    REQUIRE_OK(lmnet_record_get_series(rec, "val_fail", series, 32, &length));
    for (i = 0; i <= n; i++) CHECK(series[i] >= 0 && series[i] == floor(series[i]));
    REQUIRE_OK(lmnet_record_get_series(rec, "perf", perf, 32, &length));
    REQUIRE_OK(lmnet_record_get_series(rec, "vperf", vperf, 32, &length));
    REQUIRE_OK(lmnet_record_get_series(rec, "tperf", tperf, 32, &length));
    for (i = 1; i <= n; i++) CHECK(perf[i] <= perf[i - 1]); /* LM accepts only improving steps */
    CHECK(perf[n] < perf[0]);

    REQUIRE_OK(lmnet_record_get_scalar(rec, "best_epoch", &best));
    REQUIRE(best >= 0 && best <= (double)n && best == floor(best));
    REQUIRE_OK(lmnet_record_get_scalar(rec, "best_vperf", &v));
    CHECK(v == vperf[(int64_t)best]);
    for (i = 0; i <= n; i++) CHECK(vperf[i] >= v);
    REQUIRE_OK(lmnet_record_get_scalar(rec, "best_perf", &v));
    CHECK(v == perf[(int64_t)best]);
    REQUIRE_OK(lmnet_record_get_scalar(rec, "best_tperf", &v));
    CHECK(v == tperf[(int64_t)best]);
    REQUIRE_OK(lmnet_record_get_scalar(rec, "num_epochs", &v));
    CHECK(v == (double)n);
    REQUIRE_OK(lmnet_record_get_scalar(rec, "goal", &v));
    CHECK(v == 0);

    GET_STRING(lmnet_record_get_string, rec, "stop", stop);
    CHECK(stop[0] != '\0');
    REQUIRE_OK(lmnet_record_get_scalar(rec, "stop_reason", &reason));
    CHECK(reason >= LMNET_STOP_USER && reason <= LMNET_STOP_VALIDATION);
    CHECK(stop_sentence(reason) != NULL && strcmp(stop, stop_sentence(reason)) == 0);
    if (n < 15) CHECK(reason != LMNET_STOP_EPOCHS);
    else CHECK(reason == LMNET_STOP_EPOCHS);
    GET_STRING(lmnet_record_get_string, rec, "trainFcn", buf);
    CHECK(strcmp(buf, "trainlm") == 0);
    GET_STRING(lmnet_record_get_string, rec, "performFcn", buf);
    CHECK(strcmp(buf, "mse") == 0);
    GET_STRING(lmnet_record_get_string, rec, "divideFcn", buf);
    CHECK(strcmp(buf, "dividerand") == 0);
    check_partition(rec, QREF, sizes);

    /* the returned network is the best epoch's: its MSE on each subset is the record's */
    REQUIRE_OK(lmnet_network_sim(net, ref_x, QREF, 1, y, QREF));
    {
        static const char *keys[3] = {"trainInd", "valInd", "testInd"};
        static const char *best_keys[3] = {"best_perf", "best_vperf", "best_tperf"};
        int64_t ind[QREF];
        int s;
        for (s = 0; s < 3; s++) {
            double sum = 0, want = 0;
            REQUIRE_OK(lmnet_record_get_indices(rec, keys[s], ind, QREF, &length));
            for (i = 0; i < length; i++) sum += (ref_t[ind[i]] - y[ind[i]]) * (ref_t[ind[i]] - y[ind[i]]);
            REQUIRE_OK(lmnet_record_get_scalar(rec, best_keys[s], &want));
            CHECK(rel_diff(sum / (double)length, want) < 1e-9);
        }
    }
    lmnet_record_free(rec);
    lmnet_options_free(opts);
    lmnet_network_free(net);
}

static void test_train_phase_scalars(void)
{
    static const char *keys[] = {"num_samples", "num_threads", "time_jacobian", "time_jtj", "time_solve",
                                 "time_forward", "time_total", "num_solves"};
    int64_t hidden = 2;
    double v = 0;
    size_t k;
    lmnet_network *net = NULL;
    lmnet_options *opts = NULL;
    lmnet_record *rec = NULL;
    REQUIRE_OK(lmnet_network_create(&hidden, 1, &net));
    REQUIRE_OK(lmnet_options_create(&opts));
    REQUIRE_OK(lmnet_options_set(opts, "epochs", 3));
    REQUIRE_OK(lmnet_train(net, opts, ref_x, ref_t, QSMALL, 1, 1, NULL, NULL, &rec));
    for (k = 0; k < sizeof keys / sizeof keys[0]; k++) {
        REQUIRE_OK(lmnet_record_get_scalar(rec, keys[k], &v));
        CHECK(v >= 0 && isfinite(v));
    }
    REQUIRE_OK(lmnet_record_get_scalar(rec, "num_threads", &v));
    CHECK(v >= 1);
    REQUIRE_OK(lmnet_record_get_scalar(rec, "num_solves", &v));
    CHECK(v >= 1 && v == floor(v));
    lmnet_record_free(rec);
    lmnet_options_free(opts);
    lmnet_network_free(net);
}

static void test_train_zero_epochs_keeps_weights(void)
{
    int64_t hidden = 3, n = -1;
    double before[10], after[10], reason = 0;
    char stop[64];
    lmnet_network *net = NULL;
    lmnet_options *opts = NULL;
    lmnet_record *rec = NULL;
    REQUIRE_OK(lmnet_network_create(&hidden, 1, &net));
    REQUIRE_OK(lmnet_network_configure(net, ref_x, ref_t, QSMALL, 1, 1, 5));
    REQUIRE_OK(lmnet_network_get_weights(net, before, 10));
    REQUIRE_OK(lmnet_options_create(&opts));
    REQUIRE_OK(lmnet_options_set(opts, "epochs", 0));
    REQUIRE_OK(lmnet_train(net, opts, ref_x, ref_t, QSMALL, 1, 1, NULL, NULL, &rec));
    REQUIRE_OK(lmnet_record_num_epochs(rec, &n));
    CHECK(n == 0);
    REQUIRE_OK(lmnet_record_get_scalar(rec, "stop_reason", &reason));
    CHECK(reason == LMNET_STOP_EPOCHS);
    GET_STRING(lmnet_record_get_string, rec, "stop", stop);
    CHECK(strcmp(stop, "Maximum epoch reached.") == 0);
    REQUIRE_OK(lmnet_network_get_weights(net, after, 10));
    CHECK(bits_equal(before, after, 10)); /* warm start from the configured weights */
    lmnet_record_free(rec);
    lmnet_options_free(opts);
    lmnet_network_free(net);
}

/* One option that stops training at epoch 0 with the given reason. */
static void check_immediate_stop(const char *key, double value, int reason_want, const char *sentence)
{
    int64_t hidden = 2, n = -1;
    double reason = 0;
    char stop[64];
    lmnet_network *net = NULL;
    lmnet_options *opts = NULL;
    lmnet_record *rec = NULL;
    REQUIRE_OK(lmnet_network_create(&hidden, 1, &net));
    REQUIRE_OK(lmnet_options_create(&opts));
    REQUIRE_OK(lmnet_options_set(opts, key, value));
    REQUIRE_OK(lmnet_train(net, opts, ref_x, ref_t, QSMALL, 1, 1, NULL, NULL, &rec));
    REQUIRE_OK(lmnet_record_num_epochs(rec, &n));
    CHECK(n == 0);
    REQUIRE_OK(lmnet_record_get_scalar(rec, "stop_reason", &reason));
    CHECK(reason == reason_want);
    GET_STRING(lmnet_record_get_string, rec, "stop", stop);
    CHECK(strcmp(stop, sentence) == 0);
    if (strcmp(stop, sentence) != 0) printf("      %s=%g: stop \"%s\"\n", key, value, stop);
    lmnet_record_free(rec);
    lmnet_options_free(opts);
    lmnet_network_free(net);
}

static void test_stop_reasons_at_epoch_zero(void)
{
    check_immediate_stop("goal", 1e10, LMNET_STOP_GOAL, "Performance goal met.");
    check_immediate_stop("time", 0, LMNET_STOP_TIME, "Maximum time elapsed.");
    check_immediate_stop("min_grad", 1e10, LMNET_STOP_MIN_GRAD, "Minimum gradient reached.");
}

struct progress_log {
    int calls;
    int stop_at;            /* epoch at which to ask for a stop; -1 never */
    int epochs_in_order;    /* call k saw num_epochs == k                */
    int reasons_ok;         /* NONE before the last call                  */
    double last_reason;
    pthread_t caller;       /* the thread that called lmnet_train         */
    int on_caller_thread;
};

static int progress_logger(const lmnet_record *record, void *user)
{
    struct progress_log *log = user;
    int64_t n = -1;
    double reason = -1;
    if (lmnet_record_num_epochs(record, &n) != LMNET_OK) log->epochs_in_order = 0;
    if (n != log->calls) log->epochs_in_order = 0;
    if (lmnet_record_get_scalar(record, "stop_reason", &reason) != LMNET_OK) log->reasons_ok = 0;
    if (log->calls > 0 && log->last_reason != LMNET_STOP_NONE) log->reasons_ok = 0;
    log->last_reason = reason;
    if (!pthread_equal(pthread_self(), log->caller)) log->on_caller_thread = 0;
    log->calls++;
    return log->stop_at >= 0 && n >= log->stop_at;
}

static void test_progress_callback_sees_every_epoch(void)
{
    int64_t hidden = 3, n = -1;
    struct progress_log log = {0, -1, 1, 1, -1, pthread_self(), 1};
    lmnet_network *net = NULL;
    lmnet_options *opts = NULL;
    lmnet_record *rec = NULL;
    REQUIRE_OK(lmnet_network_create(&hidden, 1, &net));
    REQUIRE_OK(lmnet_options_create(&opts));
    REQUIRE_OK(lmnet_options_set(opts, "epochs", 6));
    REQUIRE_OK(lmnet_train(net, opts, ref_x, ref_t, QSMALL, 1, 1, progress_logger, &log, &rec));
    REQUIRE_OK(lmnet_record_num_epochs(rec, &n));
    CHECK(log.calls == n + 1);
    CHECK(log.epochs_in_order);
    CHECK(log.reasons_ok);
    CHECK(log.last_reason != LMNET_STOP_NONE); /* the last call sees why training stopped */
    CHECK(log.on_caller_thread);
    lmnet_record_free(rec);
    lmnet_options_free(opts);
    lmnet_network_free(net);
}

static void test_progress_callback_can_stop(void)
{
    int64_t hidden = 3, n = -1;
    double reason = 0;
    char stop[64];
    struct progress_log log = {0, 2, 1, 1, -1, pthread_self(), 1};
    lmnet_network *net = NULL;
    lmnet_options *opts = NULL;
    lmnet_record *rec = NULL;
    REQUIRE_OK(lmnet_network_create(&hidden, 1, &net));
    REQUIRE_OK(lmnet_options_create(&opts));
    REQUIRE_OK(lmnet_options_set(opts, "epochs", 50));
    REQUIRE_OK(lmnet_options_set(opts, "min_grad", 0));
    REQUIRE_OK(lmnet_options_set(opts, "max_fail", 1000));
    REQUIRE_OK(lmnet_train(net, opts, ref_x, ref_t, QSMALL, 1, 1, progress_logger, &log, &rec));
    REQUIRE_OK(lmnet_record_num_epochs(rec, &n));
    CHECK(n == 2);
    REQUIRE_OK(lmnet_record_get_scalar(rec, "stop_reason", &reason));
    CHECK(reason == LMNET_STOP_USER);
    GET_STRING(lmnet_record_get_string, rec, "stop", stop);
    CHECK(strcmp(stop, "User stop.") == 0);
    CHECK(log.epochs_in_order);
    lmnet_record_free(rec);
    lmnet_options_free(opts);
    lmnet_network_free(net);
}

static void test_training_is_deterministic(void)
{
    int64_t hidden = 4;
    double w1[13], w2[13], p1[16], p2[16];
    int64_t l1 = 0, l2 = 0;
    lmnet_network *a = NULL, *b = NULL;
    lmnet_options *opts = NULL;
    lmnet_record *ra = NULL, *rb = NULL;
    REQUIRE_OK(lmnet_network_create(&hidden, 1, &a));
    REQUIRE_OK(lmnet_network_create(&hidden, 1, &b));
    REQUIRE_OK(lmnet_options_create(&opts));
    REQUIRE_OK(lmnet_options_set(opts, "epochs", 8));
    REQUIRE_OK(lmnet_options_set(opts, "seed", 21));
    REQUIRE_OK(lmnet_train(a, opts, ref_x, ref_t, QSMALL, 1, 1, NULL, NULL, &ra));
    REQUIRE_OK(lmnet_train(b, opts, ref_x, ref_t, QSMALL, 1, 1, NULL, NULL, &rb));
    REQUIRE_OK(lmnet_network_get_weights(a, w1, 13));
    REQUIRE_OK(lmnet_network_get_weights(b, w2, 13));
    CHECK(bits_equal(w1, w2, 13));
    REQUIRE_OK(lmnet_record_get_series(ra, "perf", p1, 16, &l1));
    REQUIRE_OK(lmnet_record_get_series(rb, "perf", p2, 16, &l2));
    CHECK(l1 == l2 && bits_equal(p1, p2, (size_t)l1));
    lmnet_record_free(ra);
    lmnet_record_free(rb);
    lmnet_options_free(opts);
    lmnet_network_free(a);
    lmnet_network_free(b);
}

static void test_divideind_and_divideblock(void)
{
    int64_t train[30], val[5] = {30, 31, 32, 33, 34}, test[6] = {35, 36, 37, 38, 39, 45};
    int64_t hidden = 2, out[40], length = -1, i;
    lmnet_network *net = NULL;
    lmnet_options *opts = NULL;
    lmnet_record *rec = NULL;
    for (i = 0; i < 30; i++) train[i] = i;
    REQUIRE_OK(lmnet_network_create(&hidden, 1, &net));
    REQUIRE_OK(lmnet_options_create(&opts));
    REQUIRE_OK(lmnet_options_set(opts, "epochs", 1));
    REQUIRE_OK(lmnet_options_set_string(opts, "divideFcn", "divideind"));
    REQUIRE_OK(lmnet_options_set_indices(opts, "trainInd", train, 30));
    REQUIRE_OK(lmnet_options_set_indices(opts, "valInd", val, 5));
    REQUIRE_OK(lmnet_options_set_indices(opts, "testInd", test, 6));
    REQUIRE_OK(lmnet_train(net, opts, ref_x, ref_t, 40, 1, 1, NULL, NULL, &rec));
    REQUIRE_OK(lmnet_record_get_indices(rec, "trainInd", out, 40, &length));
    CHECK(length == 30 && memcmp(out, train, sizeof train) == 0);
    REQUIRE_OK(lmnet_record_get_indices(rec, "valInd", out, 40, &length));
    CHECK(length == 5 && memcmp(out, val, sizeof val) == 0);
    REQUIRE_OK(lmnet_record_get_indices(rec, "testInd", out, 40, &length));
    CHECK(length == 5 && memcmp(out, test, 5 * sizeof(int64_t)) == 0); /* 45 >= Q dropped */
    lmnet_record_free(rec);
    rec = NULL;

    /* divideblock on Q = 40: 28 / 6 / 6 contiguous blocks */
    REQUIRE_OK(lmnet_options_set_string(opts, "divideFcn", "divideblock"));
    REQUIRE_OK(lmnet_train(net, opts, ref_x, ref_t, 40, 1, 1, NULL, NULL, &rec));
    REQUIRE_OK(lmnet_record_get_indices(rec, "trainInd", out, 40, &length));
    CHECK(length == 28 && out[0] == 0 && out[27] == 27);
    REQUIRE_OK(lmnet_record_get_indices(rec, "valInd", out, 40, &length));
    CHECK(length == 6 && out[0] == 28 && out[5] == 33);
    REQUIRE_OK(lmnet_record_get_indices(rec, "testInd", out, 40, &length));
    CHECK(length == 6 && out[0] == 34 && out[5] == 39);
    lmnet_record_free(rec);
    lmnet_options_free(opts);
    lmnet_network_free(net);
}

static void test_trainbr_through_options(void)
{
    int64_t hidden = 3, n = -1, length = -1;
    double series[16];
    char buf[32];
    lmnet_network *net = NULL;
    lmnet_options *opts = NULL;
    lmnet_record *rec = NULL;
    REQUIRE_OK(lmnet_network_create(&hidden, 1, &net));
    REQUIRE_OK(lmnet_options_create(&opts));
    REQUIRE_OK(lmnet_options_set_string(opts, "trainFcn", "trainbr"));
    REQUIRE_OK(lmnet_options_set(opts, "epochs", 5));
    REQUIRE_OK(lmnet_train(net, opts, ref_x, ref_t, QSMALL, 1, 1, NULL, NULL, &rec));
    REQUIRE_OK(lmnet_record_num_epochs(rec, &n));
    CHECK(n >= 1 && n <= 5);
    GET_STRING(lmnet_record_get_string, rec, "trainFcn", buf);
    CHECK(strcmp(buf, "trainbr") == 0);
    REQUIRE_OK(lmnet_record_get_series(rec, "gamk", series, 16, &length));
    CHECK(length == n + 1);
    CHECK(series[n] > 0 && series[n] <= 10); /* effective parameters within 0..numWeights */
    REQUIRE_OK(lmnet_record_get_series(rec, "ssX", series, 16, &length));
    CHECK(length == n + 1 && series[n] > 0);
    lmnet_record_free(rec);
    lmnet_options_free(opts);
    lmnet_network_free(net);
}

static void test_linear_network_fits_a_line(void)
{
    enum { Q = 30 };
    double x[Q], t[Q], y[Q], worst = 0;
    int q;
    lmnet_network *net = NULL;
    lmnet_options *opts = NULL;
    for (q = 0; q < Q; q++) {
        x[q] = q * 0.3 - 2.0;
        t[q] = 2.5 * x[q] + 1.0;
    }
    REQUIRE_OK(lmnet_network_create(NULL, 0, &net));
    REQUIRE_OK(lmnet_options_create(&opts));
    REQUIRE_OK(lmnet_options_set(opts, "epochs", 20));
    REQUIRE_OK(lmnet_train(net, opts, x, t, Q, 1, 1, NULL, NULL, NULL));
    REQUIRE_OK(lmnet_network_sim(net, x, Q, 1, y, Q));
    for (q = 0; q < Q; q++) if (fabs(y[q] - t[q]) > worst) worst = fabs(y[q] - t[q]);
    CHECK(worst < 1e-6);
    lmnet_options_free(opts);
    lmnet_network_free(net);
}

/* ----------------------------------------------------------------- perform */

static void test_perform_mse_sse_regularization(void)
{
    enum { Q = 10 };
    double t[Q * 2], y[Q * 2], out = -1, sum = 0, w[32], msw = 0;
    int64_t hidden = 2, n = 0, i, count = 0;
    lmnet_options *opts = NULL;
    lmnet_network *net = NULL;
    for (i = 0; i < Q * 2; i++) {
        t[i] = sin((double)i);
        y[i] = t[i] + 0.01 * (double)(i % 7) - 0.02;
    }
    t[3] = NAN; /* left out */
    for (i = 0; i < Q * 2; i++)
        if (!isnan(t[i])) { sum += (t[i] - y[i]) * (t[i] - y[i]); count++; }
    REQUIRE_OK(lmnet_perform(NULL, NULL, t, y, Q, 2, &out));
    CHECK(rel_diff(out, sum / (double)count) < 1e-14);
    REQUIRE_OK(lmnet_options_create(&opts));
    REQUIRE_OK(lmnet_options_set_string(opts, "performFcn", "sse"));
    REQUIRE_OK(lmnet_perform(NULL, opts, t, y, Q, 2, &out));
    CHECK(rel_diff(out, sum) < 1e-14);

    /* mse with regularization r: (1 - r) mse + r mean(w^2) */
    REQUIRE_OK(lmnet_options_set_string(opts, "performFcn", "mse"));
    REQUIRE_OK(lmnet_options_set(opts, "regularization", 0.25));
    REQUIRE_OK(lmnet_network_create(&hidden, 1, &net));
    {
        double xx[Q], t1[Q], y1[Q], mse = 0;
        for (i = 0; i < Q; i++) {
            xx[i] = (double)i;
            t1[i] = cos((double)i);
            y1[i] = t1[i] + 0.03 * (double)(i % 4);
            mse += (t1[i] - y1[i]) * (t1[i] - y1[i]) / Q;
        }
        REQUIRE_OK(lmnet_network_configure(net, xx, t1, Q, 1, 1, 8));
        REQUIRE_OK(lmnet_network_num_weights(net, &n));
        REQUIRE_OK(lmnet_network_get_weights(net, w, 32));
        for (i = 0; i < n; i++) msw += w[i] * w[i] / (double)n;
        REQUIRE_OK(lmnet_perform(net, opts, t1, y1, Q, 1, &out));
        CHECK(rel_diff(out, 0.75 * mse + 0.25 * msw) < 1e-12);
    }
    lmnet_options_free(opts);
    lmnet_network_free(net);
}

/* -------------------------------------------------------------- multistart */

static const uint64_t multistart_seeds[3] = {101, 202, 303};

struct multistart_result {
    int64_t winner;
    double vperf[3], perf[3], w[13];
};

static int run_multistart(const lmnet_network *net, const lmnet_options *opts, int32_t threads,
                          struct multistart_result *out)
{
    lmnet_network *best = NULL;
    lmnet_record *rec = NULL;
    double rec_vperf = 0;
    int ok = 1;
    if (!CHECK_STATUS(lmnet_train_multistart(net, opts, ref_x, ref_t, 200, 1, 1, multistart_seeds, 3, threads, &best,
                                             &rec, &out->winner, out->vperf, out->perf), LMNET_OK))
        return 0;
    ok &= CHECK_STATUS(lmnet_network_get_weights(best, out->w, 13), LMNET_OK);
    ok &= CHECK_STATUS(lmnet_record_get_scalar(rec, "best_vperf", &rec_vperf), LMNET_OK);
    if (ok && out->winner >= 0 && out->winner < 3) CHECK(rec_vperf == out->vperf[out->winner]);
    lmnet_record_free(rec);
    lmnet_network_free(best);
    return ok;
}

static void test_multistart_is_deterministic_across_thread_counts(void)
{
    int64_t hidden = 4, i, argmin = 0;
    double before[13], after[13];
    struct multistart_result one, two;
    lmnet_network *net = NULL, *single = NULL;
    lmnet_options *opts = NULL;
    REQUIRE_OK(lmnet_network_create(&hidden, 1, &net));
    REQUIRE_OK(lmnet_network_configure(net, ref_x, ref_t, 200, 1, 1, 1));
    REQUIRE_OK(lmnet_network_get_weights(net, before, 13));
    REQUIRE_OK(lmnet_options_create(&opts));
    REQUIRE_OK(lmnet_options_set(opts, "epochs", 6));
    REQUIRE_OK(lmnet_options_set(opts, "seed", 5));
    REQUIRE(run_multistart(net, opts, 1, &one));
    REQUIRE(run_multistart(net, opts, 2, &two));
    CHECK(one.winner == two.winner);
    CHECK(bits_equal(one.w, two.w, 13));
    CHECK(bits_equal(one.vperf, two.vperf, 3));
    CHECK(bits_equal(one.perf, two.perf, 3));
    for (i = 1; i < 3; i++) if (one.vperf[i] < one.vperf[argmin]) argmin = i;
    CHECK(one.winner == argmin); /* lowest best_vperf, ties to the lower index */
    REQUIRE_OK(lmnet_network_get_weights(net, after, 13));
    CHECK(bits_equal(before, after, 13)); /* net itself is not changed */

    /* the winner is what training a copy initialized from its seed gives */
    REQUIRE(one.winner >= 0 && one.winner < 3);
    REQUIRE_OK(lmnet_network_clone(net, &single));
    REQUIRE_OK(lmnet_network_init(single, multistart_seeds[one.winner]));
    REQUIRE_OK(lmnet_train(single, opts, ref_x, ref_t, 200, 1, 1, NULL, NULL, NULL));
    REQUIRE_OK(lmnet_network_get_weights(single, after, 13));
    CHECK(bits_equal(one.w, after, 13));
    lmnet_network_free(single);
    lmnet_options_free(opts);
    lmnet_network_free(net);
}

/* ------------------------------------------------------------------- files */

static void test_network_save_load_round_trip(void)
{
    int64_t hidden[2] = {3, 2}, n = -1, n2 = -2, l1 = 0, l2 = 0;
    double y[QSMALL], y2[QSMALL], p1[16], p2[16], v = 0;
    char buf[32];
    const char *path = tmp_path("model.h5");
    lmnet_network *net = NULL, *loaded = NULL;
    lmnet_options *opts = NULL, *opts2 = NULL;
    lmnet_record *rec = NULL, *rec2 = NULL;
    REQUIRE_OK(lmnet_network_create(hidden, 2, &net));
    REQUIRE_OK(lmnet_network_set_transfer_fcn(net, 2, "logsig"));
    REQUIRE_OK(lmnet_options_create(&opts));
    REQUIRE_OK(lmnet_options_set(opts, "epochs", 4));
    REQUIRE_OK(lmnet_options_set(opts, "mu", 0.02));
    REQUIRE_OK(lmnet_train(net, opts, ref_x, ref_t, QSMALL, 1, 1, NULL, NULL, &rec));
    REQUIRE_OK(lmnet_network_save(net, rec, opts, path));
    REQUIRE_OK(lmnet_network_save(net, rec, opts, path)); /* overwriting works */
    REQUIRE_OK(lmnet_network_load(path, &loaded, &rec2, &opts2));
    REQUIRE(loaded != NULL && rec2 != NULL && opts2 != NULL);
    REQUIRE_OK(lmnet_network_sim(net, ref_x, QSMALL, 1, y, QSMALL));
    REQUIRE_OK(lmnet_network_sim(loaded, ref_x, QSMALL, 1, y2, QSMALL));
    CHECK(bits_equal(y, y2, QSMALL));
    GET_STRING(lmnet_network_get_transfer_fcn, loaded, 2, buf);
    CHECK(strcmp(buf, "logsig") == 0);
    REQUIRE_OK(lmnet_record_num_epochs(rec, &n));
    REQUIRE_OK(lmnet_record_num_epochs(rec2, &n2));
    CHECK(n == n2);
    REQUIRE_OK(lmnet_record_get_series(rec, "perf", p1, 16, &l1));
    REQUIRE_OK(lmnet_record_get_series(rec2, "perf", p2, 16, &l2));
    CHECK(l1 == l2 && bits_equal(p1, p2, (size_t)l1));
    REQUIRE_OK(lmnet_options_get(opts2, "mu", &v));
    CHECK(v == 0.02);
    REQUIRE_OK(lmnet_options_get(opts2, "epochs", &v));
    CHECK(v == 4);
    lmnet_network_free(loaded);
    lmnet_record_free(rec2);
    lmnet_options_free(opts2);
    loaded = NULL;

    /* without record and options they load as NULL; NULL outputs are allowed */
    rec2 = SENTINEL(lmnet_record);
    opts2 = SENTINEL(lmnet_options);
    REQUIRE_OK(lmnet_network_save(net, NULL, NULL, path));
    REQUIRE_OK(lmnet_network_load(path, &loaded, &rec2, &opts2));
    CHECK(rec2 == NULL && opts2 == NULL);
    lmnet_network_free(loaded);
    loaded = NULL;
    REQUIRE_OK(lmnet_network_load(path, &loaded, NULL, NULL));
    REQUIRE_OK(lmnet_network_sim(loaded, ref_x, QSMALL, 1, y2, QSMALL));
    CHECK(bits_equal(y, y2, QSMALL));
    lmnet_network_free(loaded);
    lmnet_record_free(rec);
    lmnet_options_free(opts);
    lmnet_network_free(net);
}

/* Model and record bytes equal the files lmnet_network_save / lmnet_record_save write,
 * and load back to the same network and record. */
static void test_bytes_round_trip(void)
{
    int64_t hidden[1] = {4}, length = 0, length2 = 0, n = 0, n2 = 0;
    double y[QSMALL], y2[QSMALL];
    uint8_t *bytes = NULL, *rbytes = NULL;
    lmnet_network *net = NULL, *loaded = NULL;
    lmnet_record *rec = NULL, *rec2 = NULL, *rec3 = NULL;
    lmnet_options *opts = NULL, *opts2 = NULL;
    REQUIRE_OK(lmnet_network_create(hidden, 1, &net));
    REQUIRE_OK(lmnet_options_create(&opts));
    REQUIRE_OK(lmnet_options_set(opts, "epochs", 3));
    REQUIRE_OK(lmnet_train(net, opts, ref_x, ref_t, QSMALL, 1, 1, NULL, NULL, &rec));
    REQUIRE_OK(lmnet_network_save_bytes(net, rec, opts, NULL, 0, &length)); /* size query */
    REQUIRE(length > 512);
    bytes = (uint8_t *)malloc((size_t)length);
    REQUIRE(bytes != NULL);
    CHECK_STATUS(lmnet_network_save_bytes(net, rec, opts, bytes, length, &length2), LMNET_OK);
    CHECK(length2 == length);
    CHECK_STATUS(lmnet_network_load_bytes(bytes, length, &loaded, &rec2, &opts2), LMNET_OK);
    if (loaded != NULL) {
        CHECK_STATUS(lmnet_network_sim(net, ref_x, QSMALL, 1, y, QSMALL), LMNET_OK);
        CHECK_STATUS(lmnet_network_sim(loaded, ref_x, QSMALL, 1, y2, QSMALL), LMNET_OK);
        CHECK(bits_equal(y, y2, QSMALL));
    }
    CHECK(rec2 != NULL && opts2 != NULL);
    CHECK_STATUS(lmnet_record_save_bytes(rec, NULL, 0, &length), LMNET_OK);
    rbytes = (uint8_t *)malloc((size_t)length);
    if (rbytes != NULL && CHECK_STATUS(lmnet_record_save_bytes(rec, rbytes, length, &length2), LMNET_OK)) {
        CHECK_STATUS(lmnet_record_load_bytes(rbytes, length, &rec3), LMNET_OK);
        CHECK_STATUS(lmnet_record_num_epochs(rec, &n), LMNET_OK);
        if (rec3 != NULL) CHECK_STATUS(lmnet_record_num_epochs(rec3, &n2), LMNET_OK);
        CHECK(n == 3 && n2 == 3);
    }
    free(bytes);
    free(rbytes);
    lmnet_network_free(loaded);
    lmnet_record_free(rec3);
    lmnet_record_free(rec2);
    lmnet_record_free(rec);
    lmnet_options_free(opts2);
    lmnet_options_free(opts);
    lmnet_network_free(net);
}

static void test_record_save_load_round_trip(void)
{
    static const char *series_keys[] = {"epoch", "perf", "vperf", "tperf", "mu", "gradient", "val_fail"};
    static const char *scalar_keys[] = {"num_epochs", "best_epoch", "best_perf", "best_vperf", "best_tperf",
                                        "stop_reason"};
    static const char *index_keys[] = {"trainInd", "valInd", "testInd"};
    int64_t hidden = 2, l1 = 0, l2 = 0, i1[QSMALL], i2[QSMALL];
    double s1[16], s2[16], a = 0, b = 0;
    char stop1[64], stop2[64];
    size_t k;
    const char *path = tmp_path("record.h5");
    lmnet_network *net = NULL;
    lmnet_options *opts = NULL;
    lmnet_record *rec = NULL, *loaded = NULL;
    REQUIRE_OK(lmnet_network_create(&hidden, 1, &net));
    REQUIRE_OK(lmnet_options_create(&opts));
    REQUIRE_OK(lmnet_options_set(opts, "epochs", 3));
    REQUIRE_OK(lmnet_train(net, opts, ref_x, ref_t, QSMALL, 1, 1, NULL, NULL, &rec));
    REQUIRE_OK(lmnet_record_save(rec, path));
    REQUIRE_OK(lmnet_record_load(path, &loaded));
    for (k = 0; k < sizeof series_keys / sizeof series_keys[0]; k++) {
        REQUIRE_OK(lmnet_record_get_series(rec, series_keys[k], s1, 16, &l1));
        REQUIRE_OK(lmnet_record_get_series(loaded, series_keys[k], s2, 16, &l2));
        CHECK(l1 == l2 && bits_equal(s1, s2, (size_t)l1));
    }
    for (k = 0; k < sizeof scalar_keys / sizeof scalar_keys[0]; k++) {
        REQUIRE_OK(lmnet_record_get_scalar(rec, scalar_keys[k], &a));
        REQUIRE_OK(lmnet_record_get_scalar(loaded, scalar_keys[k], &b));
        CHECK(memcmp(&a, &b, sizeof a) == 0);
    }
    for (k = 0; k < 3; k++) {
        REQUIRE_OK(lmnet_record_get_indices(rec, index_keys[k], i1, QSMALL, &l1));
        REQUIRE_OK(lmnet_record_get_indices(loaded, index_keys[k], i2, QSMALL, &l2));
        CHECK(l1 == l2 && memcmp(i1, i2, sizeof(int64_t) * (size_t)l1) == 0);
    }
    GET_STRING(lmnet_record_get_string, rec, "stop", stop1);
    GET_STRING(lmnet_record_get_string, loaded, "stop", stop2);
    CHECK(strcmp(stop1, stop2) == 0);
    lmnet_record_free(loaded);
    lmnet_record_free(rec);
    lmnet_options_free(opts);
    lmnet_network_free(net);
}

static void test_dataset_round_trip(void)
{
    enum { Q = 25 };
    double x[Q * 2], t[Q], x2[Q * 2], t2[Q];
    int64_t q = 0, r = 0, s = 0, val[3] = {2, 7, 24}, out[8], length = -1;
    char names[64];
    const char *path = tmp_path("dataset.h5");
    lmnet_dataset *ds = NULL, *loaded = NULL;
    fill_two_inputs(Q, x, t);
    REQUIRE_OK(lmnet_dataset_create(x, t, Q, 2, 1, &ds));
    REQUIRE_OK(lmnet_dataset_set_names(ds, LMNET_INPUT, "angle\nspeed"));
    REQUIRE_OK(lmnet_dataset_set_names(ds, LMNET_OUTPUT, "torque"));
    REQUIRE_OK(lmnet_dataset_set_indices(ds, "valInd", val, 3));
    x[0] = 1234.5; /* the dataset holds a copy */
    REQUIRE_OK(lmnet_dataset_save(ds, path));
    REQUIRE_OK(lmnet_dataset_load(path, &loaded));
    REQUIRE_OK(lmnet_dataset_shape(loaded, &q, &r, &s));
    CHECK(q == Q && r == 2 && s == 1);
    REQUIRE_OK(lmnet_dataset_get_x(loaded, x2, Q * 2));
    REQUIRE_OK(lmnet_dataset_get_t(loaded, t2, Q));
    fill_two_inputs(Q, x, t);
    CHECK(bits_equal(x, x2, Q * 2));
    CHECK(bits_equal(t, t2, Q));
    GET_STRING(lmnet_dataset_get_names, loaded, LMNET_INPUT, names);
    CHECK(strcmp(names, "angle\nspeed") == 0);
    GET_STRING(lmnet_dataset_get_names, loaded, LMNET_OUTPUT, names);
    CHECK(strcmp(names, "torque") == 0);
    REQUIRE_OK(lmnet_dataset_get_indices(loaded, "valInd", out, 8, &length));
    CHECK(length == 3 && memcmp(out, val, sizeof val) == 0);
    REQUIRE_OK(lmnet_dataset_get_indices(loaded, "trainInd", out, 8, &length));
    CHECK(length == 0);
    lmnet_dataset_free(loaded);
    lmnet_dataset_free(ds);
}

static void test_dataset_without_targets(void)
{
    int64_t q = 0, r = 0, s = -1;
    double x[QSMALL];
    char names[8];
    lmnet_dataset *ds = NULL;
    REQUIRE_OK(lmnet_dataset_create(ref_x, NULL, QSMALL, 1, 0, &ds));
    REQUIRE_OK(lmnet_dataset_shape(ds, &q, &r, &s));
    CHECK(q == QSMALL && r == 1 && s == 0);
    REQUIRE_OK(lmnet_dataset_get_x(ds, x, QSMALL));
    CHECK(bits_equal(x, ref_x, QSMALL));
    CHECK_STATUS(lmnet_dataset_get_t(ds, NULL, 0), LMNET_OK);
    GET_STRING(lmnet_dataset_get_names, ds, LMNET_INPUT, names);
    CHECK(strcmp(names, "") == 0);
    lmnet_dataset_free(ds);
}

int main(int argc, char **argv)
{
    int rc;
    TEST_MAIN_BEGIN(argc, argv);
    fill_reference(QREF, ref_x, ref_t);

    RUN_TEST(test_network_create_defaults);
    RUN_TEST(test_linear_network_has_one_purelin_layer);
    RUN_TEST(test_sim_matches_manual_forward_pass);
    RUN_TEST(test_constant_rows_are_removed_and_restored);
    RUN_TEST(test_init_is_deterministic_per_seed);
    RUN_TEST(test_weights_round_trip);
    RUN_TEST(test_clone_is_deep);
    RUN_TEST(test_transfer_fcns_set_get_and_keep_weights);
    RUN_TEST(test_process_fcns_and_settings);
    RUN_TEST(test_options_defaults);
    RUN_TEST(test_options_round_trip_and_clone);
    RUN_TEST(test_train_fcn_switch_resets_train_params);
    RUN_TEST(test_num_threads_round_trip);
    RUN_TEST(test_train_record_on_reference_problem);
    RUN_TEST(test_train_phase_scalars);
    RUN_TEST(test_train_zero_epochs_keeps_weights);
    RUN_TEST(test_stop_reasons_at_epoch_zero);
    RUN_TEST(test_progress_callback_sees_every_epoch);
    RUN_TEST(test_progress_callback_can_stop);
    RUN_TEST(test_training_is_deterministic);
    RUN_TEST(test_divideind_and_divideblock);
    RUN_TEST(test_trainbr_through_options);
    RUN_TEST(test_linear_network_fits_a_line);
    RUN_TEST(test_perform_mse_sse_regularization);
    RUN_TEST(test_multistart_is_deterministic_across_thread_counts);
    RUN_TEST(test_network_save_load_round_trip);
    RUN_TEST(test_record_save_load_round_trip);
    RUN_TEST(test_bytes_round_trip);
    RUN_TEST(test_dataset_round_trip);
    RUN_TEST(test_dataset_without_targets);

    rc = TEST_MAIN_END("test_behaviour");
    tmp_cleanup();
    return rc;
}
