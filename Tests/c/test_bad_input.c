/*
 * test_bad_input.c — every function of lmnet.h given bad input returns the
 * status the header documents, leaves the caller's data alone, and sets a
 * message that names the problem; nothing crashes. Also: versions, status
 * names, free(NULL) and the per-thread error message.
 *
 * Where the header admits two readings the test accepts both (CHECK_FAILS2)
 * and the report to the lead proposes a clarification.
 */
#define _POSIX_C_SOURCE 200809L

#include <math.h>
#include <pthread.h>

#include "test_harness.h"
#include "test_fixtures.h"

enum { Q = 40 };
static double ref_x[Q], ref_t[Q];

/* A configured 1-3-1 network on the reference data. */
static lmnet_network *configured_net(void)
{
    int64_t hidden = 3;
    lmnet_network *net = NULL;
    if (lmnet_network_create(&hidden, 1, &net) != LMNET_OK) return NULL;
    if (lmnet_network_configure(net, ref_x, ref_t, Q, 1, 1, 7) != LMNET_OK) {
        lmnet_network_free(net);
        return NULL;
    }
    return net;
}

static lmnet_network *unconfigured_net(void)
{
    int64_t hidden = 3;
    lmnet_network *net = NULL;
    if (lmnet_network_create(&hidden, 1, &net) != LMNET_OK) return NULL;
    return net;
}

/* A record from 2 epochs of training a configured network. */
static lmnet_record *short_record(lmnet_network *net)
{
    lmnet_options *opts = NULL;
    lmnet_record *rec = NULL;
    if (lmnet_options_create(&opts) != LMNET_OK) return NULL;
    lmnet_options_set(opts, "epochs", 2);
    if (lmnet_train(net, opts, ref_x, ref_t, Q, 1, 1, NULL, NULL, &rec) != LMNET_OK) rec = NULL;
    lmnet_options_free(opts);
    return rec;
}

/* ------------------------------------------------------------ library-wide */

static void test_version_macros_equal_runtime_values(void)
{
    REQUIRE(lmnet_version() != NULL);
    CHECK(strcmp(lmnet_version(), LMNET_VERSION_STRING) == 0);
    CHECK(lmnet_version_number() == LMNET_VERSION_NUMBER);
    CHECK(lmnet_abi_version() == LMNET_ABI_VERSION);
    {
        char expect[32];
        snprintf(expect, sizeof expect, "%d.%d.%d", LMNET_VERSION_MAJOR, LMNET_VERSION_MINOR,
                 LMNET_VERSION_PATCH);
        CHECK(strcmp(expect, LMNET_VERSION_STRING) == 0);
    }
}

static void test_status_name_for_every_code(void)
{
    static const struct { lmnet_status code; const char *name; } table[] = {
        {LMNET_OK, "LMNET_OK"},
        {LMNET_ERR_INVALID_ARGUMENT, "LMNET_ERR_INVALID_ARGUMENT"},
        {LMNET_ERR_DIMENSION, "LMNET_ERR_DIMENSION"},
        {LMNET_ERR_NON_FINITE, "LMNET_ERR_NON_FINITE"},
        {LMNET_ERR_UNKNOWN_NAME, "LMNET_ERR_UNKNOWN_NAME"},
        {LMNET_ERR_BUFFER_TOO_SMALL, "LMNET_ERR_BUFFER_TOO_SMALL"},
        {LMNET_ERR_NOT_CONFIGURED, "LMNET_ERR_NOT_CONFIGURED"},
        {LMNET_ERR_IO, "LMNET_ERR_IO"},
        {LMNET_ERR_FORMAT, "LMNET_ERR_FORMAT"},
        {LMNET_ERR_FORMAT_VERSION, "LMNET_ERR_FORMAT_VERSION"},
        {LMNET_ERR_OUT_OF_MEMORY, "LMNET_ERR_OUT_OF_MEMORY"},
        {LMNET_ERR_INTERNAL, "LMNET_ERR_INTERNAL"},
    };
    static const lmnet_status unknown[] = {-1, 12, 99, INT32_MAX, INT32_MIN};
    size_t i;
    for (i = 0; i < sizeof table / sizeof table[0]; i++) {
        const char *name = lmnet_status_name(table[i].code);
        CHECK(name != NULL && strcmp(name, table[i].name) == 0);
        if (name == NULL || strcmp(name, table[i].name) != 0)
            printf("      status %d: got \"%s\", expected \"%s\"\n", (int)table[i].code,
                   name ? name : "(null)", table[i].name);
    }
    for (i = 0; i < sizeof unknown / sizeof unknown[0]; i++) {
        const char *name = lmnet_status_name(unknown[i]);
        CHECK(name != NULL && strcmp(name, "LMNET_UNKNOWN_STATUS") == 0);
    }
}

static void test_free_null_is_a_no_op(void)
{
    lmnet_network_free(NULL);
    lmnet_options_free(NULL);
    lmnet_record_free(NULL);
    lmnet_dataset_free(NULL);
    CHECK(1); /* reaching this line is the test */
}

static void test_set_num_threads_rejects_non_positive(void)
{
    int32_t before = lmnet_get_num_threads();
    CHECK(before >= 1);
    CHECK_FAILS(lmnet_set_num_threads(0), LMNET_ERR_INVALID_ARGUMENT, "thread");
    CHECK_FAILS(lmnet_set_num_threads(-4), LMNET_ERR_INVALID_ARGUMENT, "thread");
    CHECK(lmnet_get_num_threads() == before);
}

static void *fresh_thread_message(void *arg)
{
    const char *msg = lmnet_last_error_message();
    *(int *)arg = msg != NULL && msg[0] == '\0';
    return NULL;
}

static void test_error_message_is_per_thread(void)
{
    pthread_t thread;
    int fresh_is_empty = 0;
    CHECK_FAILS(lmnet_network_create(NULL, 1, NULL), LMNET_ERR_INVALID_ARGUMENT, "null|hidden|out");
    REQUIRE(lmnet_last_error_message()[0] != '\0');
    REQUIRE(pthread_create(&thread, NULL, fresh_thread_message, &fresh_is_empty) == 0);
    pthread_join(thread, NULL);
    CHECK(fresh_is_empty); /* another thread's failure is not this thread's message */
    CHECK(lmnet_last_error_message()[0] != '\0');
}

/* ----------------------------------------------------------------- network */

static void test_network_create_bad_input(void)
{
    int64_t sizes[2] = {3, 4};
    int64_t zero_size[2] = {3, 0};
    int64_t negative_size[1] = {-2};
    lmnet_network *out = SENTINEL(lmnet_network);
    CHECK_FAILS(lmnet_network_create(NULL, 2, &out), LMNET_ERR_INVALID_ARGUMENT, "hidden|null");
    CHECK_FAILS(lmnet_network_create(sizes, -1, &out), LMNET_ERR_DIMENSION, "hidden|negative|num_hidden");
    CHECK_FAILS(lmnet_network_create(zero_size, 2, &out), LMNET_ERR_DIMENSION, "hidden|size|layer");
    CHECK_FAILS(lmnet_network_create(negative_size, 1, &out), LMNET_ERR_DIMENSION, "hidden|size|layer");
    CHECK_FAILS(lmnet_network_create(sizes, 2, NULL), LMNET_ERR_INVALID_ARGUMENT, "out|null");
    CHECK(out == SENTINEL(lmnet_network)); /* failures leave *out alone */
}

static void test_network_clone_bad_input(void)
{
    lmnet_network *net = unconfigured_net();
    lmnet_network *out = SENTINEL(lmnet_network);
    REQUIRE(net != NULL);
    CHECK_FAILS(lmnet_network_clone(NULL, &out), LMNET_ERR_INVALID_ARGUMENT, "net|null");
    CHECK_FAILS(lmnet_network_clone(net, NULL), LMNET_ERR_INVALID_ARGUMENT, "out|null");
    CHECK(out == SENTINEL(lmnet_network));
    lmnet_network_free(net);
}

static void test_network_transfer_fcn_bad_input(void)
{
    lmnet_network *net = unconfigured_net();
    char buf[32];
    int64_t length = -1;
    REQUIRE(net != NULL);
    CHECK_FAILS(lmnet_network_set_transfer_fcn(NULL, 1, "logsig"), LMNET_ERR_INVALID_ARGUMENT, "net|null");
    CHECK_FAILS(lmnet_network_set_transfer_fcn(net, 1, NULL), LMNET_ERR_INVALID_ARGUMENT, "name|null");
    CHECK_FAILS(lmnet_network_set_transfer_fcn(net, 1, "foo_bar_fcn"), LMNET_ERR_UNKNOWN_NAME, "foo_bar_fcn");
    CHECK_FAILS(lmnet_network_set_transfer_fcn(net, 1, ""), LMNET_ERR_UNKNOWN_NAME, "transfer|name|unknown");
    CHECK_FAILS2(lmnet_network_set_transfer_fcn(net, 0, "logsig"), LMNET_ERR_INVALID_ARGUMENT,
                 LMNET_ERR_DIMENSION, "layer");
    CHECK_FAILS2(lmnet_network_set_transfer_fcn(net, 3, "logsig"), LMNET_ERR_INVALID_ARGUMENT,
                 LMNET_ERR_DIMENSION, "layer");
    /* the failed calls changed nothing */
    REQUIRE_OK(lmnet_network_get_transfer_fcn(net, 1, buf, sizeof buf, &length));
    CHECK(strcmp(buf, "tansig") == 0);

    CHECK_FAILS(lmnet_network_get_transfer_fcn(NULL, 1, buf, sizeof buf, &length),
                LMNET_ERR_INVALID_ARGUMENT, "net|null");
    CHECK_FAILS2(lmnet_network_get_transfer_fcn(net, 9, buf, sizeof buf, &length),
                 LMNET_ERR_INVALID_ARGUMENT, LMNET_ERR_DIMENSION, "layer");
    length = -1;
    CHECK_FAILS(lmnet_network_get_transfer_fcn(net, 1, buf, 3, &length), LMNET_ERR_BUFFER_TOO_SMALL,
                "buffer|capacity|small|need");
    CHECK(length == (int64_t)strlen("tansig"));
    CHECK_FAILS(lmnet_network_get_transfer_fcn(net, 1, NULL, 8, &length), LMNET_ERR_INVALID_ARGUMENT,
                "buf|null");
    CHECK_FAILS2(lmnet_network_get_transfer_fcn(net, 1, buf, -1, &length), LMNET_ERR_BUFFER_TOO_SMALL,
                 LMNET_ERR_DIMENSION, "capacity|buffer|negative|need");
    lmnet_network_free(net);
}

static void test_network_size_getters_bad_input(void)
{
    lmnet_network *net = unconfigured_net();
    int64_t v = 12345;
    int32_t c = 12345;
    REQUIRE(net != NULL);
    CHECK_FAILS(lmnet_network_num_layers(NULL, &v), LMNET_ERR_INVALID_ARGUMENT, "net|null");
    CHECK_FAILS(lmnet_network_num_layers(net, NULL), LMNET_ERR_INVALID_ARGUMENT, "out|null");
    CHECK_FAILS(lmnet_network_layer_size(NULL, 1, &v), LMNET_ERR_INVALID_ARGUMENT, "net|null");
    CHECK_FAILS(lmnet_network_layer_size(net, 1, NULL), LMNET_ERR_INVALID_ARGUMENT, "out|null");
    CHECK_FAILS2(lmnet_network_layer_size(net, 0, &v), LMNET_ERR_INVALID_ARGUMENT, LMNET_ERR_DIMENSION, "layer");
    CHECK_FAILS2(lmnet_network_layer_size(net, 3, &v), LMNET_ERR_INVALID_ARGUMENT, LMNET_ERR_DIMENSION, "layer");
    CHECK_FAILS2(lmnet_network_layer_size(net, -1, &v), LMNET_ERR_INVALID_ARGUMENT, LMNET_ERR_DIMENSION, "layer");
    CHECK_FAILS(lmnet_network_num_inputs(NULL, &v), LMNET_ERR_INVALID_ARGUMENT, "net|null");
    CHECK_FAILS(lmnet_network_num_inputs(net, NULL), LMNET_ERR_INVALID_ARGUMENT, "out|null");
    CHECK_FAILS(lmnet_network_num_outputs(NULL, &v), LMNET_ERR_INVALID_ARGUMENT, "net|null");
    CHECK_FAILS(lmnet_network_num_outputs(net, NULL), LMNET_ERR_INVALID_ARGUMENT, "out|null");
    CHECK_FAILS(lmnet_network_num_weights(NULL, &v), LMNET_ERR_INVALID_ARGUMENT, "net|null");
    CHECK_FAILS(lmnet_network_num_weights(net, NULL), LMNET_ERR_INVALID_ARGUMENT, "out|null");
    CHECK_FAILS(lmnet_network_is_configured(NULL, &c), LMNET_ERR_INVALID_ARGUMENT, "net|null");
    CHECK_FAILS(lmnet_network_is_configured(net, NULL), LMNET_ERR_INVALID_ARGUMENT, "out|null");
    CHECK(v == 12345 && c == 12345);
    lmnet_network_free(net);
}

static void test_network_process_fcns_bad_input(void)
{
    lmnet_network *net = configured_net();
    char buf[64];
    int64_t length = -1;
    int32_t configured = 0;
    REQUIRE(net != NULL);
    CHECK_FAILS(lmnet_network_set_process_fcns(NULL, LMNET_INPUT, ""), LMNET_ERR_INVALID_ARGUMENT, "net|null");
    CHECK_FAILS(lmnet_network_set_process_fcns(net, 2, "mapminmax"), LMNET_ERR_INVALID_ARGUMENT, "side");
    CHECK_FAILS(lmnet_network_set_process_fcns(net, -1, "mapminmax"), LMNET_ERR_INVALID_ARGUMENT, "side");
    CHECK_FAILS(lmnet_network_set_process_fcns(net, LMNET_INPUT, NULL), LMNET_ERR_INVALID_ARGUMENT, "null|fcns");
    CHECK_FAILS(lmnet_network_set_process_fcns(net, LMNET_INPUT, "mapminmax,foo_proc"), LMNET_ERR_UNKNOWN_NAME,
                "foo_proc");
    CHECK_FAILS(lmnet_network_set_process_fcns(net, LMNET_OUTPUT, "mapstd"), LMNET_ERR_UNKNOWN_NAME, "mapstd");
    /* a failed set neither changes the list nor unconfigures the network */
    REQUIRE_OK(lmnet_network_is_configured(net, &configured));
    CHECK(configured == 1);
    REQUIRE_OK(lmnet_network_get_process_fcns(net, LMNET_INPUT, buf, sizeof buf, &length));
    CHECK(strcmp(buf, "removeconstantrows,mapminmax") == 0);

    CHECK_FAILS(lmnet_network_get_process_fcns(NULL, LMNET_INPUT, buf, sizeof buf, &length),
                LMNET_ERR_INVALID_ARGUMENT, "net|null");
    CHECK_FAILS(lmnet_network_get_process_fcns(net, 5, buf, sizeof buf, &length),
                LMNET_ERR_INVALID_ARGUMENT, "side");
    length = -1;
    CHECK_FAILS(lmnet_network_get_process_fcns(net, LMNET_OUTPUT, buf, 10, &length),
                LMNET_ERR_BUFFER_TOO_SMALL, "buffer|capacity|small|need");
    CHECK(length == (int64_t)strlen("removeconstantrows,mapminmax"));
    lmnet_network_free(net);
}

static void test_network_process_settings_bad_input(void)
{
    lmnet_network *net = configured_net();
    lmnet_network *fresh = unconfigured_net();
    double lo[3] = {-7, -7, -7}, hi[3] = {7, 7, 7};
    REQUIRE(net != NULL && fresh != NULL);
    CHECK_FAILS(lmnet_network_get_process_settings(NULL, LMNET_INPUT, lo, hi, 1), LMNET_ERR_INVALID_ARGUMENT,
                "net|null");
    CHECK_FAILS(lmnet_network_get_process_settings(fresh, LMNET_INPUT, lo, hi, 1), LMNET_ERR_NOT_CONFIGURED,
                "configur");
    CHECK_FAILS(lmnet_network_get_process_settings(net, LMNET_INPUT, lo, hi, 2), LMNET_ERR_DIMENSION,
                "input|size|=n");
    CHECK_FAILS(lmnet_network_get_process_settings(net, LMNET_OUTPUT, lo, hi, 0), LMNET_ERR_DIMENSION,
                "output|size|=n");
    CHECK_FAILS(lmnet_network_get_process_settings(net, 3, lo, hi, 1), LMNET_ERR_INVALID_ARGUMENT, "side");
    CHECK_FAILS(lmnet_network_get_process_settings(net, LMNET_INPUT, NULL, hi, 1), LMNET_ERR_INVALID_ARGUMENT,
                "xmin|null");
    CHECK_FAILS(lmnet_network_get_process_settings(net, LMNET_INPUT, lo, NULL, 1), LMNET_ERR_INVALID_ARGUMENT,
                "xmax|null");
    CHECK(lo[0] == -7 && hi[0] == 7);

    CHECK_FAILS(lmnet_network_set_process_settings(NULL, LMNET_INPUT, lo, hi, 1), LMNET_ERR_INVALID_ARGUMENT,
                "net|null");
    CHECK_FAILS(lmnet_network_set_process_settings(net, LMNET_INPUT, lo, hi, 2), LMNET_ERR_DIMENSION,
                "input|size|=n");
    CHECK_FAILS(lmnet_network_set_process_settings(fresh, LMNET_INPUT, lo, hi, 0), LMNET_ERR_DIMENSION,
                "=n|size|zero");
    CHECK_FAILS(lmnet_network_set_process_settings(fresh, LMNET_INPUT, lo, hi, -3), LMNET_ERR_DIMENSION,
                "=n|size|negative");
    CHECK_FAILS(lmnet_network_set_process_settings(net, 2, lo, hi, 1), LMNET_ERR_INVALID_ARGUMENT, "side");
    CHECK_FAILS(lmnet_network_set_process_settings(net, LMNET_INPUT, NULL, hi, 1), LMNET_ERR_INVALID_ARGUMENT,
                "xmin|null");
    CHECK_FAILS(lmnet_network_set_process_settings(net, LMNET_INPUT, lo, NULL, 1), LMNET_ERR_INVALID_ARGUMENT,
                "xmax|null");
    lmnet_network_free(net);
    lmnet_network_free(fresh);
}

static void test_network_configure_bad_input(void)
{
    lmnet_network *net = unconfigured_net();
    double x[Q], t[Q];
    int32_t configured = -1;
    REQUIRE(net != NULL);
    memcpy(x, ref_x, sizeof x);
    memcpy(t, ref_t, sizeof t);
    CHECK_FAILS(lmnet_network_configure(NULL, x, t, Q, 1, 1, 0), LMNET_ERR_INVALID_ARGUMENT, "net|null");
    CHECK_FAILS(lmnet_network_configure(net, NULL, t, Q, 1, 1, 0), LMNET_ERR_INVALID_ARGUMENT, "null");
    CHECK_FAILS(lmnet_network_configure(net, x, NULL, Q, 1, 1, 0), LMNET_ERR_INVALID_ARGUMENT, "null");
    CHECK_FAILS(lmnet_network_configure(net, x, t, 0, 1, 1, 0), LMNET_ERR_DIMENSION, "sample");
    CHECK_FAILS(lmnet_network_configure(net, x, t, -5, 1, 1, 0), LMNET_ERR_DIMENSION, "sample");
    CHECK_FAILS(lmnet_network_configure(net, x, t, Q, 0, 1, 0), LMNET_ERR_DIMENSION, "input");
    CHECK_FAILS(lmnet_network_configure(net, x, t, Q, 1, -1, 0), LMNET_ERR_DIMENSION, "output");
    x[5] = NAN;
    CHECK_FAILS(lmnet_network_configure(net, x, t, Q, 1, 1, 0), LMNET_ERR_NON_FINITE, "nan|finite");
    x[5] = INFINITY;
    CHECK_FAILS(lmnet_network_configure(net, x, t, Q, 1, 1, 0), LMNET_ERR_NON_FINITE, "inf|finite");
    x[5] = ref_x[5];
    t[3] = -INFINITY;
    CHECK_FAILS(lmnet_network_configure(net, x, t, Q, 1, 1, 0), LMNET_ERR_NON_FINITE, "inf|finite");
    REQUIRE_OK(lmnet_network_is_configured(net, &configured));
    CHECK(configured == 0); /* failures did not configure it */
    lmnet_network_free(net);
}

static void test_network_init_and_weights_bad_input(void)
{
    lmnet_network *net = configured_net();
    lmnet_network *fresh = unconfigured_net();
    double w[64], before[64], after[64];
    int64_t n = 0;
    REQUIRE(net != NULL && fresh != NULL);
    REQUIRE_OK(lmnet_network_num_weights(net, &n));
    REQUIRE(n == 10); /* 3*(1+1) + 1*(3+1) */
    REQUIRE_OK(lmnet_network_get_weights(net, before, n));

    CHECK_FAILS(lmnet_network_init(NULL, 1), LMNET_ERR_INVALID_ARGUMENT, "net|null");
    CHECK_FAILS(lmnet_network_init(fresh, 1), LMNET_ERR_NOT_CONFIGURED, "configur");

    CHECK_FAILS(lmnet_network_get_weights(NULL, w, 64), LMNET_ERR_INVALID_ARGUMENT, "net|null");
    CHECK_FAILS(lmnet_network_get_weights(net, NULL, 64), LMNET_ERR_INVALID_ARGUMENT, "out|null");
    CHECK_FAILS(lmnet_network_get_weights(net, w, n - 1), LMNET_ERR_BUFFER_TOO_SMALL, "buffer|capacity|small|need");
    CHECK_FAILS(lmnet_network_get_weights(fresh, w, 64), LMNET_ERR_NOT_CONFIGURED, "configur");

    memcpy(w, before, sizeof(double) * (size_t)n);
    CHECK_FAILS(lmnet_network_set_weights(NULL, w, n), LMNET_ERR_INVALID_ARGUMENT, "net|null");
    CHECK_FAILS(lmnet_network_set_weights(net, NULL, n), LMNET_ERR_INVALID_ARGUMENT, "null|weight");
    CHECK_FAILS(lmnet_network_set_weights(net, w, n - 1), LMNET_ERR_DIMENSION, "weight|size|=n");
    CHECK_FAILS(lmnet_network_set_weights(net, w, n + 1), LMNET_ERR_DIMENSION, "weight|size|=n");
    CHECK_FAILS(lmnet_network_set_weights(net, w, -1), LMNET_ERR_DIMENSION, "weight|size|=n");
    CHECK_FAILS(lmnet_network_set_weights(fresh, w, n), LMNET_ERR_NOT_CONFIGURED, "configur");
    w[2] = 99.0;
    w[4] = NAN;
    CHECK_FAILS(lmnet_network_set_weights(net, w, n), LMNET_ERR_NON_FINITE, "nan|finite");
    w[4] = INFINITY;
    CHECK_FAILS(lmnet_network_set_weights(net, w, n), LMNET_ERR_NON_FINITE, "inf|finite");
    REQUIRE_OK(lmnet_network_get_weights(net, after, n));
    CHECK(bits_equal(before, after, (size_t)n)); /* no partial write */
    lmnet_network_free(net);
    lmnet_network_free(fresh);
}

static void test_network_sim_bad_input(void)
{
    lmnet_network *net = configured_net();
    lmnet_network *fresh = unconfigured_net();
    double x[Q], y[Q];
    size_t i;
    REQUIRE(net != NULL && fresh != NULL);
    memcpy(x, ref_x, sizeof x);
    for (i = 0; i < Q; i++) y[i] = -42.0;
    CHECK_FAILS(lmnet_network_sim(NULL, x, Q, 1, y, Q), LMNET_ERR_INVALID_ARGUMENT, "net|null");
    CHECK_FAILS(lmnet_network_sim(net, NULL, Q, 1, y, Q), LMNET_ERR_INVALID_ARGUMENT, "null");
    CHECK_FAILS(lmnet_network_sim(net, x, Q, 1, NULL, Q), LMNET_ERR_INVALID_ARGUMENT, "null");
    CHECK_FAILS(lmnet_network_sim(net, x, 0, 1, y, Q), LMNET_ERR_DIMENSION, "sample");
    CHECK_FAILS(lmnet_network_sim(net, x, -1, 1, y, Q), LMNET_ERR_DIMENSION, "sample");
    CHECK_FAILS(lmnet_network_sim(net, x, Q / 2, 2, y, Q), LMNET_ERR_DIMENSION, "input");
    CHECK_FAILS(lmnet_network_sim(net, x, Q, 1, y, Q - 1), LMNET_ERR_BUFFER_TOO_SMALL, "buffer|capacity|small|need");
    CHECK_FAILS(lmnet_network_sim(fresh, x, Q, 1, y, Q), LMNET_ERR_NOT_CONFIGURED, "configur");
    x[Q - 1] = NAN;
    CHECK_FAILS(lmnet_network_sim(net, x, Q, 1, y, Q), LMNET_ERR_NON_FINITE, "nan|finite");
    x[Q - 1] = -INFINITY;
    CHECK_FAILS(lmnet_network_sim(net, x, Q, 1, y, Q), LMNET_ERR_NON_FINITE, "inf|finite");
    for (i = 0; i < Q; i++) CHECK(y[i] == -42.0);
    lmnet_network_free(net);
    lmnet_network_free(fresh);
}

/* ----------------------------------------------------------------- options */

static void test_options_create_and_clone_bad_input(void)
{
    lmnet_options *out = SENTINEL(lmnet_options);
    CHECK_FAILS(lmnet_options_create(NULL), LMNET_ERR_INVALID_ARGUMENT, "out|null");
    CHECK_FAILS(lmnet_options_clone(NULL, &out), LMNET_ERR_INVALID_ARGUMENT, "opts|options|null");
    {
        lmnet_options *opts = NULL;
        REQUIRE_OK(lmnet_options_create(&opts));
        CHECK_FAILS(lmnet_options_clone(opts, NULL), LMNET_ERR_INVALID_ARGUMENT, "out|null");
        lmnet_options_free(opts);
    }
    CHECK(out == SENTINEL(lmnet_options));
}

static void test_options_numeric_bad_input(void)
{
    static const struct { const char *key; double value; } out_of_range[] = {
        {"epochs", -1}, {"epochs", 2.5}, {"goal", -1e-3}, {"max_fail", -1}, {"max_fail", 1.5},
        {"min_grad", -1}, {"mu", -0.5}, {"mu_dec", -0.1}, {"mu_inc", -10}, {"mu_max", -1},
        {"time", -1}, {"trainRatio", -0.1}, {"valRatio", -0.1}, {"testRatio", -1},
        {"regularization", -0.1}, {"regularization", 1.5}, {"seed", -1}, {"seed", 0.5},
        {"seed", 18014398509481984.0 /* 2^54 */},
    };
    lmnet_options *opts = NULL;
    double v = 0;
    size_t i;
    REQUIRE_OK(lmnet_options_create(&opts));
    for (i = 0; i < sizeof out_of_range / sizeof out_of_range[0]; i++) {
        double before = 0, after = 0;
        REQUIRE_OK(lmnet_options_get(opts, out_of_range[i].key, &before));
        CHECK_FAILS(lmnet_options_set(opts, out_of_range[i].key, out_of_range[i].value),
                    LMNET_ERR_INVALID_ARGUMENT, out_of_range[i].key);
        REQUIRE_OK(lmnet_options_get(opts, out_of_range[i].key, &after));
        CHECK(memcmp(&before, &after, sizeof before) == 0); /* keeps the previous value */
    }
    CHECK_FAILS2(lmnet_options_set(opts, "mu", NAN), LMNET_ERR_INVALID_ARGUMENT, LMNET_ERR_NON_FINITE, "mu");
    CHECK_FAILS2(lmnet_options_set(opts, "epochs", INFINITY), LMNET_ERR_INVALID_ARGUMENT, LMNET_ERR_NON_FINITE,
                 "epochs");
    CHECK_FAILS(lmnet_options_set(NULL, "mu", 1), LMNET_ERR_INVALID_ARGUMENT, "opts|options|null");
    CHECK_FAILS(lmnet_options_set(opts, NULL, 1), LMNET_ERR_INVALID_ARGUMENT, "key|null");
    CHECK_FAILS(lmnet_options_set(opts, "no_such_option", 1), LMNET_ERR_UNKNOWN_NAME, "no_such_option");
    CHECK_FAILS(lmnet_options_set(opts, "Epochs", 1), LMNET_ERR_UNKNOWN_NAME, "Epochs");
    CHECK_FAILS2(lmnet_options_set(opts, "trainFcn", 1), LMNET_ERR_UNKNOWN_NAME, LMNET_ERR_INVALID_ARGUMENT,
                 "trainFcn");
    CHECK_FAILS(lmnet_options_get(NULL, "mu", &v), LMNET_ERR_INVALID_ARGUMENT, "opts|options|null");
    CHECK_FAILS(lmnet_options_get(opts, NULL, &v), LMNET_ERR_INVALID_ARGUMENT, "key|null");
    CHECK_FAILS(lmnet_options_get(opts, "mu", NULL), LMNET_ERR_INVALID_ARGUMENT, "out|null");
    CHECK_FAILS(lmnet_options_get(opts, "no_such_option", &v), LMNET_ERR_UNKNOWN_NAME, "no_such_option");
    lmnet_options_free(opts);
}

static void test_options_string_bad_input(void)
{
    lmnet_options *opts = NULL;
    char buf[32];
    int64_t length = -1;
    REQUIRE_OK(lmnet_options_create(&opts));
    CHECK_FAILS(lmnet_options_set_string(NULL, "trainFcn", "trainbr"), LMNET_ERR_INVALID_ARGUMENT,
                "opts|options|null");
    CHECK_FAILS(lmnet_options_set_string(opts, NULL, "trainbr"), LMNET_ERR_INVALID_ARGUMENT, "key|null");
    CHECK_FAILS(lmnet_options_set_string(opts, "trainFcn", NULL), LMNET_ERR_INVALID_ARGUMENT, "value|null");
    CHECK_FAILS(lmnet_options_set_string(opts, "no_such_key", "x"), LMNET_ERR_UNKNOWN_NAME, "no_such_key");
    CHECK_FAILS2(lmnet_options_set_string(opts, "trainFcn", "trainscg"), LMNET_ERR_UNKNOWN_NAME,
                 LMNET_ERR_INVALID_ARGUMENT, "trainscg");
    CHECK_FAILS2(lmnet_options_set_string(opts, "divideFcn", "divide_nothing"), LMNET_ERR_UNKNOWN_NAME,
                 LMNET_ERR_INVALID_ARGUMENT, "divide_nothing");
    CHECK_FAILS2(lmnet_options_set_string(opts, "performFcn", "mae"), LMNET_ERR_UNKNOWN_NAME,
                 LMNET_ERR_INVALID_ARGUMENT, "mae");
    CHECK_FAILS2(lmnet_options_set_string(opts, "epochs", "10"), LMNET_ERR_UNKNOWN_NAME,
                 LMNET_ERR_INVALID_ARGUMENT, "epochs");
    REQUIRE_OK(lmnet_options_get_string(opts, "trainFcn", buf, sizeof buf, &length));
    CHECK(strcmp(buf, "trainlm") == 0); /* unchanged by the failures */

    CHECK_FAILS(lmnet_options_get_string(NULL, "trainFcn", buf, sizeof buf, &length),
                LMNET_ERR_INVALID_ARGUMENT, "opts|options|null");
    CHECK_FAILS(lmnet_options_get_string(opts, "no_such_key", buf, sizeof buf, &length),
                LMNET_ERR_UNKNOWN_NAME, "no_such_key");
    length = -1;
    CHECK_FAILS(lmnet_options_get_string(opts, "divideFcn", buf, 4, &length), LMNET_ERR_BUFFER_TOO_SMALL,
                "buffer|capacity|small|need");
    CHECK(length == (int64_t)strlen("dividerand"));
    CHECK_FAILS(lmnet_options_get_string(opts, "divideFcn", NULL, 4, &length), LMNET_ERR_INVALID_ARGUMENT,
                "buf|null");
    lmnet_options_free(opts);
}

static void test_options_indices_bad_input(void)
{
    lmnet_options *opts = NULL;
    int64_t good[3] = {0, 4, 9}, negative[2] = {3, -1}, out[8];
    int64_t length = -1;
    REQUIRE_OK(lmnet_options_create(&opts));
    REQUIRE_OK(lmnet_options_set_indices(opts, "valInd", good, 3));
    CHECK_FAILS(lmnet_options_set_indices(NULL, "trainInd", good, 3), LMNET_ERR_INVALID_ARGUMENT,
                "opts|options|null");
    CHECK_FAILS(lmnet_options_set_indices(opts, NULL, good, 3), LMNET_ERR_INVALID_ARGUMENT, "key|null");
    CHECK_FAILS(lmnet_options_set_indices(opts, "valInd", NULL, 3), LMNET_ERR_INVALID_ARGUMENT,
                "indices|null");
    CHECK_FAILS(lmnet_options_set_indices(opts, "valInd", good, -1), LMNET_ERR_DIMENSION, "=n|negative|size");
    CHECK_FAILS(lmnet_options_set_indices(opts, "valInd", negative, 2), LMNET_ERR_INVALID_ARGUMENT,
                "index|indices|negative|outside");
    CHECK_FAILS(lmnet_options_set_indices(opts, "validationInd", good, 3), LMNET_ERR_UNKNOWN_NAME,
                "validationInd");
    REQUIRE_OK(lmnet_options_get_indices(opts, "valInd", out, 8, &length));
    CHECK(length == 3 && out[0] == 0 && out[1] == 4 && out[2] == 9); /* unchanged */

    CHECK_FAILS(lmnet_options_get_indices(NULL, "valInd", out, 8, &length), LMNET_ERR_INVALID_ARGUMENT,
                "opts|options|null");
    CHECK_FAILS(lmnet_options_get_indices(opts, "validationInd", out, 8, &length), LMNET_ERR_UNKNOWN_NAME,
                "validationInd");
    length = -1;
    CHECK_FAILS(lmnet_options_get_indices(opts, "valInd", out, 2, &length), LMNET_ERR_BUFFER_TOO_SMALL,
                "buffer|capacity|small|need");
    CHECK(length == 3);
    CHECK_FAILS(lmnet_options_get_indices(opts, "valInd", NULL, 8, &length), LMNET_ERR_INVALID_ARGUMENT,
                "out|null");
    lmnet_options_free(opts);
}

/* ------------------------------------------------------------------ record */

static void test_record_getters_bad_input(void)
{
    lmnet_network *net = configured_net();
    lmnet_record *rec = NULL;
    double v = 0, series[64];
    int64_t n = -1, length = -1, ind[64];
    char buf[64];
    REQUIRE(net != NULL);
    rec = short_record(net);
    REQUIRE(rec != NULL);
    REQUIRE_OK(lmnet_record_num_epochs(rec, &n));
    REQUIRE(n >= 0 && n <= 2);

    CHECK_FAILS(lmnet_record_num_epochs(NULL, &n), LMNET_ERR_INVALID_ARGUMENT, "rec|record|null");
    CHECK_FAILS(lmnet_record_num_epochs(rec, NULL), LMNET_ERR_INVALID_ARGUMENT, "out|null");

    CHECK_FAILS(lmnet_record_get_scalar(NULL, "best_epoch", &v), LMNET_ERR_INVALID_ARGUMENT, "rec|record|null");
    CHECK_FAILS(lmnet_record_get_scalar(rec, NULL, &v), LMNET_ERR_INVALID_ARGUMENT, "key|null");
    CHECK_FAILS(lmnet_record_get_scalar(rec, "best_epoch", NULL), LMNET_ERR_INVALID_ARGUMENT, "out|null");
    CHECK_FAILS(lmnet_record_get_scalar(rec, "no_such_scalar", &v), LMNET_ERR_UNKNOWN_NAME, "no_such_scalar");
    CHECK_FAILS(lmnet_record_get_scalar(rec, "perf", &v), LMNET_ERR_UNKNOWN_NAME, "perf"); /* a series */

    CHECK_FAILS(lmnet_record_get_series(NULL, "perf", series, 64, &length), LMNET_ERR_INVALID_ARGUMENT,
                "rec|record|null");
    CHECK_FAILS(lmnet_record_get_series(rec, "no_such_series", series, 64, &length), LMNET_ERR_UNKNOWN_NAME,
                "no_such_series");
    /* "trainbr adds gamk, ssX (empty, length 0, in a trainlm record)" */
    length = -1;
    CHECK_STATUS(lmnet_record_get_series(rec, "gamk", NULL, 0, &length), LMNET_OK);
    CHECK(length == 0);
    length = -1;
    CHECK_STATUS(lmnet_record_get_series(rec, "ssX", series, 64, &length), LMNET_OK);
    CHECK(length == 0);
    length = -1;
    CHECK_FAILS(lmnet_record_get_series(rec, "perf", series, n, &length), LMNET_ERR_BUFFER_TOO_SMALL,
                "buffer|capacity|small|need");
    CHECK(length == n + 1);
    CHECK_FAILS(lmnet_record_get_series(rec, "perf", NULL, 64, &length), LMNET_ERR_INVALID_ARGUMENT,
                "out|null");

    CHECK_FAILS(lmnet_record_get_value(NULL, "perf", 0, &v), LMNET_ERR_INVALID_ARGUMENT, "rec|record|null");
    CHECK_FAILS(lmnet_record_get_value(rec, "perf", 0, NULL), LMNET_ERR_INVALID_ARGUMENT, "out|null");
    CHECK_FAILS(lmnet_record_get_value(rec, "no_such_series", 0, &v), LMNET_ERR_UNKNOWN_NAME,
                "no_such_series");
    CHECK_FAILS2(lmnet_record_get_value(rec, "perf", n + 1, &v), LMNET_ERR_INVALID_ARGUMENT,
                 LMNET_ERR_DIMENSION, "index|epoch|range");
    CHECK_FAILS2(lmnet_record_get_value(rec, "perf", -2, &v), LMNET_ERR_INVALID_ARGUMENT,
                 LMNET_ERR_DIMENSION, "index|epoch|range");

    CHECK_FAILS(lmnet_record_get_string(NULL, "stop", buf, 64, &length), LMNET_ERR_INVALID_ARGUMENT,
                "rec|record|null");
    CHECK_FAILS(lmnet_record_get_string(rec, "no_such_string", buf, 64, &length), LMNET_ERR_UNKNOWN_NAME,
                "no_such_string");
    length = -1;
    CHECK_FAILS(lmnet_record_get_string(rec, "trainFcn", buf, 3, &length), LMNET_ERR_BUFFER_TOO_SMALL,
                "buffer|capacity|small|need");
    CHECK(length == (int64_t)strlen("trainlm"));

    CHECK_FAILS(lmnet_record_get_indices(NULL, "trainInd", ind, 64, &length), LMNET_ERR_INVALID_ARGUMENT,
                "rec|record|null");
    CHECK_FAILS(lmnet_record_get_indices(rec, "no_such_ind", ind, 64, &length), LMNET_ERR_UNKNOWN_NAME,
                "no_such_ind");
    length = -1;
    CHECK_FAILS(lmnet_record_get_indices(rec, "trainInd", ind, 1, &length), LMNET_ERR_BUFFER_TOO_SMALL,
                "buffer|capacity|small|need");
    CHECK(length == 28); /* dividerand, Q = 40: 40 - round(6) - round(6) */
    lmnet_record_free(rec);
    lmnet_network_free(net);
}

/* ---------------------------------------------------------------- training */

static void test_train_bad_input(void)
{
    lmnet_network *net = configured_net();
    lmnet_options *opts = NULL;
    lmnet_record *rec = SENTINEL(lmnet_record);
    double x[Q], t[Q], x2[2 * Q], before[16], after[16];
    REQUIRE(net != NULL);
    REQUIRE_OK(lmnet_options_create(&opts));
    REQUIRE_OK(lmnet_options_set(opts, "epochs", 2));
    REQUIRE_OK(lmnet_network_get_weights(net, before, 10));
    memcpy(x, ref_x, sizeof x);
    memcpy(t, ref_t, sizeof t);
    memset(x2, 0, sizeof x2);

    CHECK_FAILS(lmnet_train(NULL, opts, x, t, Q, 1, 1, NULL, NULL, &rec), LMNET_ERR_INVALID_ARGUMENT, "net|null");
    CHECK_FAILS(lmnet_train(net, opts, NULL, t, Q, 1, 1, NULL, NULL, &rec), LMNET_ERR_INVALID_ARGUMENT, "null");
    CHECK_FAILS(lmnet_train(net, opts, x, NULL, Q, 1, 1, NULL, NULL, &rec), LMNET_ERR_INVALID_ARGUMENT, "null");
    CHECK_FAILS(lmnet_train(net, opts, x, t, 0, 1, 1, NULL, NULL, &rec), LMNET_ERR_DIMENSION, "sample");
    CHECK_FAILS(lmnet_train(net, opts, x, t, -3, 1, 1, NULL, NULL, &rec), LMNET_ERR_DIMENSION, "sample");
    CHECK_FAILS(lmnet_train(net, opts, x, t, Q, 0, 1, NULL, NULL, &rec), LMNET_ERR_DIMENSION, "input");
    CHECK_FAILS(lmnet_train(net, opts, x, t, Q, 1, 0, NULL, NULL, &rec), LMNET_ERR_DIMENSION, "output");
    /* sizes that do not match the configured network */
    CHECK_FAILS(lmnet_train(net, opts, x2, t, Q / 2, 2, 2, NULL, NULL, &rec), LMNET_ERR_DIMENSION,
                "input|output");
    x[7] = NAN;
    CHECK_FAILS(lmnet_train(net, opts, x, t, Q, 1, 1, NULL, NULL, &rec), LMNET_ERR_NON_FINITE, "nan|finite");
    x[7] = ref_x[7];
    t[2] = INFINITY;
    CHECK_FAILS(lmnet_train(net, opts, x, t, Q, 1, 1, NULL, NULL, &rec), LMNET_ERR_NON_FINITE, "inf|finite");
    CHECK(rec == SENTINEL(lmnet_record));
    REQUIRE_OK(lmnet_network_get_weights(net, after, 10));
    CHECK(bits_equal(before, after, 10)); /* failed training did not touch the network */
    lmnet_options_free(opts);
    lmnet_network_free(net);
}

static void test_perform_bad_input(void)
{
    lmnet_network *fresh = unconfigured_net();
    lmnet_options *opts = NULL;
    double y[Q], out = -1;
    REQUIRE(fresh != NULL);
    REQUIRE_OK(lmnet_options_create(&opts));
    memcpy(y, ref_t, sizeof y);
    CHECK_FAILS(lmnet_perform(NULL, NULL, NULL, y, Q, 1, &out), LMNET_ERR_INVALID_ARGUMENT, "null");
    CHECK_FAILS(lmnet_perform(NULL, NULL, ref_t, NULL, Q, 1, &out), LMNET_ERR_INVALID_ARGUMENT, "null");
    CHECK_FAILS(lmnet_perform(NULL, NULL, ref_t, y, Q, 1, NULL), LMNET_ERR_INVALID_ARGUMENT, "out|null");
    CHECK_FAILS(lmnet_perform(NULL, NULL, ref_t, y, 0, 1, &out), LMNET_ERR_DIMENSION, "sample");
    CHECK_FAILS(lmnet_perform(NULL, NULL, ref_t, y, Q, 0, &out), LMNET_ERR_DIMENSION, "output");
    CHECK_FAILS(lmnet_perform(NULL, NULL, ref_t, y, Q, -1, &out), LMNET_ERR_DIMENSION, "output");
    REQUIRE_OK(lmnet_options_set(opts, "regularization", 0.5));
    CHECK_FAILS(lmnet_perform(NULL, opts, ref_t, y, Q, 1, &out), LMNET_ERR_INVALID_ARGUMENT,
                "net|regulari");
    CHECK_FAILS(lmnet_perform(fresh, opts, ref_t, y, Q, 1, &out), LMNET_ERR_NOT_CONFIGURED, "configur");
    CHECK(out == -1);
    lmnet_options_free(opts);
    lmnet_network_free(fresh);
}

static void test_multistart_bad_input(void)
{
    lmnet_network *net = configured_net();
    lmnet_network *best = SENTINEL(lmnet_network);
    lmnet_options *opts = NULL;
    uint64_t seeds[2] = {1, 2};
    int64_t winner = -7;
    double x[Q];
    REQUIRE(net != NULL);
    REQUIRE_OK(lmnet_options_create(&opts));
    REQUIRE_OK(lmnet_options_set(opts, "epochs", 1));
    memcpy(x, ref_x, sizeof x);
#define MS(net_, x_, q_, seeds_, n_, threads_, best_) \
    lmnet_train_multistart((net_), opts, (x_), ref_t, (q_), 1, 1, (seeds_), (n_), (threads_), (best_), NULL, \
                           &winner, NULL, NULL)
    CHECK_FAILS(MS(NULL, x, Q, seeds, 2, 1, &best), LMNET_ERR_INVALID_ARGUMENT, "net|null");
    CHECK_FAILS(MS(net, NULL, Q, seeds, 2, 1, &best), LMNET_ERR_INVALID_ARGUMENT, "null");
    CHECK_FAILS(MS(net, x, Q, NULL, 2, 1, &best), LMNET_ERR_INVALID_ARGUMENT, "seed|null");
    CHECK_FAILS(MS(net, x, Q, seeds, 2, 1, NULL), LMNET_ERR_INVALID_ARGUMENT, "best|out|null");
    CHECK_FAILS(MS(net, x, Q, seeds, 0, 1, &best), LMNET_ERR_DIMENSION, "start");
    CHECK_FAILS(MS(net, x, Q, seeds, -2, 1, &best), LMNET_ERR_DIMENSION, "start");
    CHECK_FAILS(MS(net, x, Q, seeds, 2, 0, &best), LMNET_ERR_INVALID_ARGUMENT, "thread");
    CHECK_FAILS(MS(net, x, 0, seeds, 2, 1, &best), LMNET_ERR_DIMENSION, "sample");
    x[0] = NAN;
    CHECK_FAILS(MS(net, x, Q, seeds, 2, 1, &best), LMNET_ERR_NON_FINITE, "nan|finite");
#undef MS
    CHECK(best == SENTINEL(lmnet_network));
    CHECK(winner == -7);
    lmnet_options_free(opts);
    lmnet_network_free(net);
}

/* ------------------------------------------------------------------- files */

static void test_network_files_bad_input(void)
{
    lmnet_network *net = configured_net();
    lmnet_network *loaded = SENTINEL(lmnet_network);
    lmnet_record *rec = SENTINEL(lmnet_record);
    lmnet_options *opts = SENTINEL(lmnet_options);
    lmnet_dataset *ds = NULL;
    const char *text = tmp_text_file("not_hdf5.h5", "this is plain text, not HDF5\n");
    const char *empty = tmp_text_file("empty.h5", "");
    const char *dataset_file = tmp_path("a_dataset.h5");
    REQUIRE(net != NULL);
    REQUIRE_OK(lmnet_dataset_create(ref_x, ref_t, Q, 1, 1, &ds));

    CHECK_FAILS(lmnet_network_save(NULL, NULL, NULL, tmp_path("n.h5")), LMNET_ERR_INVALID_ARGUMENT, "net|null");
    {
        lmnet_network *fresh = unconfigured_net();
        CHECK_FAILS(lmnet_network_save(fresh, NULL, NULL, tmp_path("unconfigured.h5")), LMNET_ERR_NOT_CONFIGURED,
                    "configur");
        CHECK(access(tmp_path("unconfigured.h5"), F_OK) != 0); /* nothing written */
        lmnet_network_free(fresh);
    }
    CHECK_FAILS(lmnet_network_save(net, NULL, NULL, NULL), LMNET_ERR_INVALID_ARGUMENT, "path|null");
    CHECK_FAILS(lmnet_network_save(net, NULL, NULL, "/nonexistent-dir-lmnet/sub/model.h5"), LMNET_ERR_IO,
                "nonexistent-dir-lmnet|directory|exist");
    CHECK_FAILS(lmnet_network_save(net, NULL, NULL, ""), LMNET_ERR_IO, "path|empty|file name|open|creat|writ");

    CHECK_FAILS(lmnet_network_load(NULL, &loaded, NULL, NULL), LMNET_ERR_INVALID_ARGUMENT, "path|null");
    CHECK_FAILS(lmnet_network_load(text, NULL, NULL, NULL), LMNET_ERR_INVALID_ARGUMENT, "net|out|null");
    CHECK_FAILS(lmnet_network_load("/nonexistent-dir-lmnet/model.h5", &loaded, &rec, &opts), LMNET_ERR_IO,
                "nonexistent-dir-lmnet|exist|no such");
    CHECK_FAILS(lmnet_network_load(tmp_dir_path, &loaded, &rec, &opts), LMNET_ERR_IO,
                "lmnet-ctest|directory|open|read");
    CHECK_FAILS(lmnet_network_load(text, &loaded, &rec, &opts), LMNET_ERR_FORMAT, "not_hdf5|hdf5|format");
    CHECK_FAILS(lmnet_network_load(empty, &loaded, &rec, &opts), LMNET_ERR_FORMAT, "empty.h5|hdf5|format");
    if (CHECK_STATUS(lmnet_dataset_save(ds, dataset_file), LMNET_OK)) /* a valid file of the wrong kind */
        CHECK_FAILS(lmnet_network_load(dataset_file, &loaded, &rec, &opts), LMNET_ERR_FORMAT,
                    "dataset|model|format");
    CHECK(loaded == SENTINEL(lmnet_network));
    CHECK(rec == SENTINEL(lmnet_record));
    CHECK(opts == SENTINEL(lmnet_options));
    lmnet_dataset_free(ds);
    lmnet_network_free(net);
}

static void test_record_files_bad_input(void)
{
    lmnet_network *net = configured_net();
    lmnet_record *rec = NULL, *loaded = SENTINEL(lmnet_record);
    const char *text = tmp_text_file("not_hdf5_rec.h5", "plain text\n");
    const char *model_file = tmp_path("model_for_record.h5");
    REQUIRE(net != NULL);
    rec = short_record(net);
    REQUIRE(rec != NULL);

    CHECK_FAILS(lmnet_record_save(NULL, tmp_path("r.h5")), LMNET_ERR_INVALID_ARGUMENT, "rec|record|null");
    CHECK_FAILS(lmnet_record_save(rec, NULL), LMNET_ERR_INVALID_ARGUMENT, "path|null");
    CHECK_FAILS(lmnet_record_save(rec, "/nonexistent-dir-lmnet/r.h5"), LMNET_ERR_IO,
                "nonexistent-dir-lmnet|directory|exist");
    CHECK_FAILS(lmnet_record_load(NULL, &loaded), LMNET_ERR_INVALID_ARGUMENT, "path|null");
    CHECK_FAILS(lmnet_record_load(text, NULL), LMNET_ERR_INVALID_ARGUMENT, "out|null");
    CHECK_FAILS(lmnet_record_load("/nonexistent-dir-lmnet/r.h5", &loaded), LMNET_ERR_IO,
                "nonexistent-dir-lmnet|exist|no such");
    CHECK_FAILS(lmnet_record_load(text, &loaded), LMNET_ERR_FORMAT, "not_hdf5_rec|hdf5|format");
    if (CHECK_STATUS(lmnet_network_save(net, NULL, NULL, model_file), LMNET_OK))
        CHECK_FAILS(lmnet_record_load(model_file, &loaded), LMNET_ERR_FORMAT, "record|model|format");
    CHECK(loaded == SENTINEL(lmnet_record));
    lmnet_record_free(rec);
    lmnet_network_free(net);
}

static void test_bytes_bad_input(void)
{
    lmnet_network *net = configured_net(), *unconfigured = NULL, *loaded = SENTINEL(lmnet_network);
    lmnet_record *rec = NULL, *rec_loaded = SENTINEL(lmnet_record);
    int64_t hidden[1] = {2}, length = -7;
    uint8_t small[16], garbage[600];
    memset(garbage, 0x5a, sizeof garbage);
    REQUIRE(net != NULL);
    rec = short_record(net);
    REQUIRE(rec != NULL);
    REQUIRE_OK(lmnet_network_create(hidden, 1, &unconfigured));

    CHECK_FAILS(lmnet_network_save_bytes(NULL, NULL, NULL, NULL, 0, &length), LMNET_ERR_INVALID_ARGUMENT, "net|null");
    CHECK_FAILS(lmnet_network_save_bytes(unconfigured, NULL, NULL, NULL, 0, &length), LMNET_ERR_NOT_CONFIGURED, "configured");
    CHECK_FAILS(lmnet_network_save_bytes(net, NULL, NULL, small, -1, &length), LMNET_ERR_DIMENSION, "capacity|negative");
    CHECK_FAILS(lmnet_network_save_bytes(net, NULL, NULL, small, (int64_t)sizeof small, &length),
                LMNET_ERR_BUFFER_TOO_SMALL, "buffer");
    CHECK(length > (int64_t)sizeof small); /* the needed length is still reported */
    CHECK_FAILS(lmnet_network_load_bytes(NULL, 10, &loaded, NULL, NULL), LMNET_ERR_INVALID_ARGUMENT, "buf|null");
    CHECK_FAILS(lmnet_network_load_bytes(garbage, 0, &loaded, NULL, NULL), LMNET_ERR_DIMENSION, "n|positive");
    CHECK_FAILS(lmnet_network_load_bytes(garbage, (int64_t)sizeof garbage, NULL, NULL, NULL),
                LMNET_ERR_INVALID_ARGUMENT, "net_out|null");
    CHECK_FAILS(lmnet_network_load_bytes(garbage, (int64_t)sizeof garbage, &loaded, NULL, NULL), LMNET_ERR_FORMAT,
                "bytes|hdf5|lmnet|format");
    CHECK(loaded == SENTINEL(lmnet_network));
    CHECK_FAILS(lmnet_record_save_bytes(NULL, NULL, 0, &length), LMNET_ERR_INVALID_ARGUMENT, "rec|null");
    CHECK_FAILS(lmnet_record_load_bytes(garbage, (int64_t)sizeof garbage, &rec_loaded), LMNET_ERR_FORMAT,
                "bytes|hdf5|lmnet|format");
    CHECK_FAILS(lmnet_record_load_bytes(garbage, -3, &rec_loaded), LMNET_ERR_DIMENSION, "n|positive");
    CHECK(rec_loaded == SENTINEL(lmnet_record));
    lmnet_network_free(unconfigured);
    lmnet_record_free(rec);
    lmnet_network_free(net);
}

/* A network too large for memory is refused with a status, never a crash. */
static void test_huge_network_is_refused(void)
{
    int64_t hidden[2] = {100000, 100000}, wide[1] = {40000}, n = -1;
    double x[4] = {0, 1, 2, 3}, t[4] = {1, 0, 1, 0}, xmin[1] = {0}, xmax[1] = {3};
    lmnet_network *huge = NULL, *big = NULL;
    REQUIRE_OK(lmnet_network_create(hidden, 2, &huge));
    CHECK_FAILS(lmnet_network_configure(huge, x, t, 4, 1, 1, 0), LMNET_ERR_OUT_OF_MEMORY, "weights");
    CHECK_STATUS(lmnet_network_set_process_settings(huge, LMNET_INPUT, xmin, xmax, 1), LMNET_OK);
    CHECK_FAILS(lmnet_network_set_process_settings(huge, LMNET_OUTPUT, xmin, xmax, 1), LMNET_ERR_OUT_OF_MEMORY, "weights");
    CHECK_STATUS(lmnet_network_num_weights(huge, &n), LMNET_OK);
    CHECK(n == 0); /* still unconfigured */
    /* 120,001 weights fit, but LM's two P x P matrices (about 230 GB) do not */
    REQUIRE_OK(lmnet_network_create(wide, 1, &big));
    CHECK_FAILS(lmnet_train(big, NULL, x, t, 4, 1, 1, NULL, NULL, NULL), LMNET_ERR_OUT_OF_MEMORY, "memory");
    lmnet_network_free(big);
    lmnet_network_free(huge);
}

/* ---------------------------------------------------------------- datasets */

static void test_dataset_create_bad_input(void)
{
    lmnet_dataset *ds = SENTINEL(lmnet_dataset);
    double x[Q];
    memcpy(x, ref_x, sizeof x);
    CHECK_FAILS(lmnet_dataset_create(NULL, ref_t, Q, 1, 1, &ds), LMNET_ERR_INVALID_ARGUMENT, "null");
    CHECK_FAILS(lmnet_dataset_create(x, NULL, Q, 1, 1, &ds), LMNET_ERR_INVALID_ARGUMENT, "null");
    CHECK_FAILS(lmnet_dataset_create(x, ref_t, Q, 1, 1, NULL), LMNET_ERR_INVALID_ARGUMENT, "out|null");
    CHECK_FAILS(lmnet_dataset_create(x, ref_t, 0, 1, 1, &ds), LMNET_ERR_DIMENSION, "sample");
    CHECK_FAILS(lmnet_dataset_create(x, ref_t, Q, 0, 1, &ds), LMNET_ERR_DIMENSION, "input");
    CHECK_FAILS(lmnet_dataset_create(x, ref_t, Q, 1, -1, &ds), LMNET_ERR_DIMENSION, "output|target");
    x[9] = NAN;
    CHECK_FAILS(lmnet_dataset_create(x, ref_t, Q, 1, 1, &ds), LMNET_ERR_NON_FINITE, "nan|finite");
    CHECK(ds == SENTINEL(lmnet_dataset));
}

static void test_dataset_accessors_bad_input(void)
{
    lmnet_dataset *ds = NULL;
    double out[Q];
    int64_t q = -1, r = -1, s = -1, length = -1, ind[8];
    int64_t out_of_range[2] = {0, Q}, negative[1] = {-1};
    char buf[64];
    REQUIRE_OK(lmnet_dataset_create(ref_x, ref_t, Q, 1, 1, &ds));
    CHECK_FAILS(lmnet_dataset_shape(NULL, &q, &r, &s), LMNET_ERR_INVALID_ARGUMENT, "dataset|ds|null");
    CHECK_FAILS(lmnet_dataset_get_x(NULL, out, Q), LMNET_ERR_INVALID_ARGUMENT, "dataset|ds|null");
    CHECK_FAILS(lmnet_dataset_get_x(ds, NULL, Q), LMNET_ERR_INVALID_ARGUMENT, "out|null");
    CHECK_FAILS(lmnet_dataset_get_x(ds, out, Q - 1), LMNET_ERR_BUFFER_TOO_SMALL, "buffer|capacity|small|need");
    CHECK_FAILS(lmnet_dataset_get_t(NULL, out, Q), LMNET_ERR_INVALID_ARGUMENT, "dataset|ds|null");
    CHECK_FAILS(lmnet_dataset_get_t(ds, out, 1), LMNET_ERR_BUFFER_TOO_SMALL, "buffer|capacity|small|need");

    CHECK_FAILS(lmnet_dataset_set_names(NULL, LMNET_INPUT, "a"), LMNET_ERR_INVALID_ARGUMENT, "dataset|ds|null");
    CHECK_FAILS(lmnet_dataset_set_names(ds, 7, "a"), LMNET_ERR_INVALID_ARGUMENT, "side");
    CHECK_FAILS(lmnet_dataset_set_names(ds, LMNET_INPUT, NULL), LMNET_ERR_INVALID_ARGUMENT, "names|null");
    CHECK_FAILS(lmnet_dataset_set_names(ds, LMNET_INPUT, "a\nb"), LMNET_ERR_DIMENSION, "name");
    REQUIRE_OK(lmnet_dataset_set_names(ds, LMNET_OUTPUT, "target_y"));
    CHECK_FAILS(lmnet_dataset_get_names(NULL, LMNET_OUTPUT, buf, 64, &length), LMNET_ERR_INVALID_ARGUMENT,
                "dataset|ds|null");
    length = -1;
    CHECK_FAILS(lmnet_dataset_get_names(ds, LMNET_OUTPUT, buf, 4, &length), LMNET_ERR_BUFFER_TOO_SMALL,
                "buffer|capacity|small|need");
    CHECK(length == (int64_t)strlen("target_y"));

    CHECK_FAILS(lmnet_dataset_set_indices(NULL, "trainInd", out_of_range, 1), LMNET_ERR_INVALID_ARGUMENT,
                "dataset|ds|null");
    CHECK_FAILS(lmnet_dataset_set_indices(ds, "no_such_ind", out_of_range, 1), LMNET_ERR_UNKNOWN_NAME,
                "no_such_ind");
    CHECK_FAILS2(lmnet_dataset_set_indices(ds, "trainInd", out_of_range, 2), LMNET_ERR_INVALID_ARGUMENT,
                 LMNET_ERR_DIMENSION, "index|indices|range|outside");
    CHECK_FAILS(lmnet_dataset_set_indices(ds, "trainInd", negative, 1), LMNET_ERR_INVALID_ARGUMENT,
                "index|indices|negative|outside");
    CHECK_FAILS(lmnet_dataset_set_indices(ds, "trainInd", NULL, 1), LMNET_ERR_INVALID_ARGUMENT,
                "indices|null");
    CHECK_FAILS(lmnet_dataset_set_indices(ds, "trainInd", out_of_range, -1), LMNET_ERR_DIMENSION,
                "=n|negative|size");
    REQUIRE_OK(lmnet_dataset_set_indices(ds, "testInd", out_of_range, 1));
    CHECK_FAILS(lmnet_dataset_get_indices(NULL, "testInd", ind, 8, &length), LMNET_ERR_INVALID_ARGUMENT,
                "dataset|ds|null");
    CHECK_FAILS(lmnet_dataset_get_indices(ds, "no_such_ind", ind, 8, &length), LMNET_ERR_UNKNOWN_NAME,
                "no_such_ind");
    length = -1;
    CHECK_FAILS(lmnet_dataset_get_indices(ds, "testInd", ind, 0, &length), LMNET_ERR_BUFFER_TOO_SMALL,
                "buffer|capacity|small|need");
    CHECK(length == 1);
    lmnet_dataset_free(ds);
}

static void test_dataset_files_bad_input(void)
{
    lmnet_dataset *ds = NULL, *loaded = SENTINEL(lmnet_dataset);
    lmnet_network *net = configured_net();
    const char *text = tmp_text_file("not_hdf5_ds.h5", "plain text\n");
    const char *model_file = tmp_path("model_for_dataset.h5");
    REQUIRE(net != NULL);
    REQUIRE_OK(lmnet_dataset_create(ref_x, ref_t, Q, 1, 1, &ds));
    CHECK_FAILS(lmnet_dataset_save(NULL, tmp_path("d.h5")), LMNET_ERR_INVALID_ARGUMENT, "dataset|ds|null");
    CHECK_FAILS(lmnet_dataset_save(ds, NULL), LMNET_ERR_INVALID_ARGUMENT, "path|null");
    CHECK_FAILS(lmnet_dataset_save(ds, "/nonexistent-dir-lmnet/d.h5"), LMNET_ERR_IO,
                "nonexistent-dir-lmnet|directory|exist");
    CHECK_FAILS(lmnet_dataset_load(NULL, &loaded), LMNET_ERR_INVALID_ARGUMENT, "path|null");
    CHECK_FAILS(lmnet_dataset_load(text, NULL), LMNET_ERR_INVALID_ARGUMENT, "out|null");
    CHECK_FAILS(lmnet_dataset_load("/nonexistent-dir-lmnet/d.h5", &loaded), LMNET_ERR_IO,
                "nonexistent-dir-lmnet|exist|no such");
    CHECK_FAILS(lmnet_dataset_load(text, &loaded), LMNET_ERR_FORMAT, "not_hdf5_ds|hdf5|format");
    if (CHECK_STATUS(lmnet_network_save(net, NULL, NULL, model_file), LMNET_OK))
        CHECK_FAILS(lmnet_dataset_load(model_file, &loaded), LMNET_ERR_FORMAT, "dataset|model|format");
    CHECK(loaded == SENTINEL(lmnet_dataset));
    lmnet_dataset_free(ds);
    lmnet_network_free(net);
}

int main(int argc, char **argv)
{
    int rc;
    TEST_MAIN_BEGIN(argc, argv);
    fill_reference(Q, ref_x, ref_t);

    RUN_TEST(test_version_macros_equal_runtime_values);
    RUN_TEST(test_status_name_for_every_code);
    RUN_TEST(test_free_null_is_a_no_op);
    RUN_TEST(test_set_num_threads_rejects_non_positive);
    RUN_TEST(test_error_message_is_per_thread);
    RUN_TEST(test_network_create_bad_input);
    RUN_TEST(test_network_clone_bad_input);
    RUN_TEST(test_network_transfer_fcn_bad_input);
    RUN_TEST(test_network_size_getters_bad_input);
    RUN_TEST(test_network_process_fcns_bad_input);
    RUN_TEST(test_network_process_settings_bad_input);
    RUN_TEST(test_network_configure_bad_input);
    RUN_TEST(test_network_init_and_weights_bad_input);
    RUN_TEST(test_network_sim_bad_input);
    RUN_TEST(test_huge_network_is_refused);
    RUN_TEST(test_options_create_and_clone_bad_input);
    RUN_TEST(test_options_numeric_bad_input);
    RUN_TEST(test_options_string_bad_input);
    RUN_TEST(test_options_indices_bad_input);
    RUN_TEST(test_record_getters_bad_input);
    RUN_TEST(test_train_bad_input);
    RUN_TEST(test_perform_bad_input);
    RUN_TEST(test_multistart_bad_input);
    RUN_TEST(test_network_files_bad_input);
    RUN_TEST(test_record_files_bad_input);
    RUN_TEST(test_bytes_bad_input);
    RUN_TEST(test_dataset_create_bad_input);
    RUN_TEST(test_dataset_accessors_bad_input);
    RUN_TEST(test_dataset_files_bad_input);

    rc = TEST_MAIN_END("test_bad_input");
    tmp_cleanup();
    return rc;
}
