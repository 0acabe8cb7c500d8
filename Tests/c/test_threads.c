/*
 * test_threads.c — the thread-safety contract of lmnet.h:
 *  - four networks trained at once on four pthreads give bitwise the results
 *    of training them one after the other;
 *  - one network simulated (and read) from several threads at once gives
 *    identical outputs;
 *  - files of different handles are saved and loaded from several threads at once;
 *  - lmnet_last_error_message() is per thread, also under contention.
 */
#define _POSIX_C_SOURCE 200809L

#include <math.h>
#include <pthread.h>

#include "test_harness.h"
#include "test_fixtures.h"

/* 1-15-15-1: large enough that JᵀJ goes through BLAS in earnest (286 weights) */
enum { Q = 1000, NJOBS = 4, MAX_EPOCHS = 25, H = 15, NWEIGHTS = H * (1 + 1) + H * (H + 1) + 1 * (H + 1) };
static const int64_t hidden_sizes[2] = {H, H};
static double ref_x[Q], ref_t[Q];

/* ------------------------------------------------- concurrent training */

struct train_job {
    uint64_t seed;
    const char *train_fcn;
    /* results */
    lmnet_status status;
    int64_t num_epochs;
    double best_epoch, stop_reason;
    double weights[NWEIGHTS];
    double perf[MAX_EPOCHS + 1], vperf[MAX_EPOCHS + 1], mu[MAX_EPOCHS + 1], gradient[MAX_EPOCHS + 1];
    int64_t train_ind[Q];
    int64_t n_train;
    pthread_barrier_t *start;
};

static lmnet_status run_train_job(struct train_job *job)
{
    int64_t length = 0;
    lmnet_network *net = NULL;
    lmnet_options *opts = NULL;
    lmnet_record *rec = NULL;
    lmnet_status s;
#define TRY(call) do { s = (call); if (s != LMNET_OK) goto done; } while (0)
    TRY(lmnet_network_create(hidden_sizes, 2, &net));
    TRY(lmnet_options_create(&opts));
    TRY(lmnet_options_set_string(opts, "trainFcn", job->train_fcn));
    TRY(lmnet_options_set(opts, "epochs", MAX_EPOCHS));
    TRY(lmnet_options_set(opts, "seed", (double)job->seed));
    if (job->start != NULL) pthread_barrier_wait(job->start);
    TRY(lmnet_train(net, opts, ref_x, ref_t, Q, 1, 1, NULL, NULL, &rec));
    TRY(lmnet_record_num_epochs(rec, &job->num_epochs));
    TRY(lmnet_record_get_scalar(rec, "best_epoch", &job->best_epoch));
    TRY(lmnet_record_get_scalar(rec, "stop_reason", &job->stop_reason));
    TRY(lmnet_record_get_series(rec, "perf", job->perf, MAX_EPOCHS + 1, &length));
    TRY(lmnet_record_get_series(rec, "vperf", job->vperf, MAX_EPOCHS + 1, &length));
    TRY(lmnet_record_get_series(rec, "mu", job->mu, MAX_EPOCHS + 1, &length));
    TRY(lmnet_record_get_series(rec, "gradient", job->gradient, MAX_EPOCHS + 1, &length));
    TRY(lmnet_record_get_indices(rec, "trainInd", job->train_ind, Q, &job->n_train));
    TRY(lmnet_network_get_weights(net, job->weights, NWEIGHTS));
#undef TRY
done:
    lmnet_record_free(rec);
    lmnet_options_free(opts);
    lmnet_network_free(net);
    return s;
}

static void *train_job_thread(void *arg)
{
    struct train_job *job = arg;
    job->status = run_train_job(job);
    return NULL;
}

static int same_results(const struct train_job *a, const struct train_job *b)
{
    size_t n = (size_t)a->num_epochs + 1;
    return a->num_epochs == b->num_epochs && a->best_epoch == b->best_epoch && a->stop_reason == b->stop_reason &&
           bits_equal(a->weights, b->weights, NWEIGHTS) && bits_equal(a->perf, b->perf, n) &&
           bits_equal(a->vperf, b->vperf, n) && bits_equal(a->mu, b->mu, n) &&
           bits_equal(a->gradient, b->gradient, n) && a->n_train == b->n_train &&
           memcmp(a->train_ind, b->train_ind, sizeof(int64_t) * (size_t)a->n_train) == 0;
}

static void test_four_networks_train_at_once_as_one_by_one(void)
{
    static struct train_job one_by_one[NJOBS], at_once[NJOBS];
    static const char *fcns[NJOBS] = {"trainlm", "trainlm", "trainlm", "trainbr"};
    pthread_t threads[NJOBS];
    pthread_barrier_t start;
    int i;
    for (i = 0; i < NJOBS; i++) {
        memset(&one_by_one[i], 0, sizeof one_by_one[i]);
        one_by_one[i].seed = (uint64_t)(10 + i);
        one_by_one[i].train_fcn = fcns[i];
        at_once[i] = one_by_one[i];
    }
    for (i = 0; i < NJOBS; i++) {
        one_by_one[i].status = run_train_job(&one_by_one[i]);
        REQUIRE(CHECK_STATUS(one_by_one[i].status, LMNET_OK));
    }
    /* different seeds really give different runs (otherwise the comparison is weak) */
    CHECK(!bits_equal(one_by_one[0].weights, one_by_one[1].weights, NWEIGHTS));

    REQUIRE(pthread_barrier_init(&start, NULL, NJOBS) == 0);
    for (i = 0; i < NJOBS; i++) {
        at_once[i].start = &start;
        REQUIRE(pthread_create(&threads[i], NULL, train_job_thread, &at_once[i]) == 0);
    }
    for (i = 0; i < NJOBS; i++) pthread_join(threads[i], NULL);
    pthread_barrier_destroy(&start);
    for (i = 0; i < NJOBS; i++) {
        CHECK_STATUS(at_once[i].status, LMNET_OK);
        CHECK(same_results(&one_by_one[i], &at_once[i]));
        if (!same_results(&one_by_one[i], &at_once[i])) printf("      job %d differs\n", i);
    }
}

/* ------------------------------------------------ concurrent simulation */

struct sim_job {
    const lmnet_network *net;
    const double *expected;
    double expected_perf;
    int rounds;
    int mismatches;
    int failures;
    pthread_barrier_t *start;
};

static void *sim_job_thread(void *arg)
{
    struct sim_job *job = arg;
    double *y = malloc(sizeof(double) * Q), w[NWEIGHTS], perf = 0;
    int64_t n = 0;
    int r;
    if (y == NULL) {
        job->failures++;
        return NULL;
    }
    pthread_barrier_wait(job->start);
    for (r = 0; r < job->rounds; r++) {
        if (lmnet_network_sim(job->net, ref_x, Q, 1, y, Q) != LMNET_OK) job->failures++;
        else if (!bits_equal(y, job->expected, Q)) job->mismatches++;
        /* the const getters and perform run alongside */
        if (lmnet_network_num_weights(job->net, &n) != LMNET_OK || n != NWEIGHTS) job->failures++;
        if (lmnet_network_get_weights(job->net, w, NWEIGHTS) != LMNET_OK) job->failures++;
        if (lmnet_perform(job->net, NULL, ref_t, y, Q, 1, &perf) != LMNET_OK) job->failures++;
        else if (memcmp(&perf, &job->expected_perf, sizeof perf) != 0) job->mismatches++;
    }
    free(y);
    return NULL;
}

static void test_one_network_simulated_from_many_threads(void)
{
    static double expected[Q];
    struct sim_job jobs[NJOBS];
    pthread_t threads[NJOBS];
    pthread_barrier_t start;
    double expected_perf = 0;
    lmnet_network *net = NULL;
    lmnet_options *opts = NULL;
    int i;
    REQUIRE_OK(lmnet_network_create(hidden_sizes, 2, &net));
    REQUIRE_OK(lmnet_options_create(&opts));
    REQUIRE_OK(lmnet_options_set(opts, "epochs", 5));
    REQUIRE_OK(lmnet_train(net, opts, ref_x, ref_t, Q, 1, 1, NULL, NULL, NULL));
    lmnet_options_free(opts);
    REQUIRE_OK(lmnet_network_sim(net, ref_x, Q, 1, expected, Q));
    REQUIRE_OK(lmnet_perform(net, NULL, ref_t, expected, Q, 1, &expected_perf));
    REQUIRE(pthread_barrier_init(&start, NULL, NJOBS) == 0);
    for (i = 0; i < NJOBS; i++) {
        jobs[i].net = net;
        jobs[i].expected = expected;
        jobs[i].expected_perf = expected_perf;
        jobs[i].rounds = 40;
        jobs[i].mismatches = 0;
        jobs[i].failures = 0;
        jobs[i].start = &start;
        REQUIRE(pthread_create(&threads[i], NULL, sim_job_thread, &jobs[i]) == 0);
    }
    for (i = 0; i < NJOBS; i++) pthread_join(threads[i], NULL);
    pthread_barrier_destroy(&start);
    for (i = 0; i < NJOBS; i++) {
        CHECK(jobs[i].failures == 0);
        CHECK(jobs[i].mismatches == 0);
    }
    lmnet_network_free(net);
}

/* ----------------------------------------------------- concurrent files */

struct file_job {
    int index;
    int rounds;
    int failures;
    char first_failure[256];
    pthread_barrier_t *start;
};

static void file_job_failed(struct file_job *job, const char *what)
{
    if (job->failures++ == 0)
        snprintf(job->first_failure, sizeof job->first_failure, "%s: %s", what, lmnet_last_error_message());
}

static void *file_job_thread(void *arg)
{
    struct file_job *job = arg;
    int64_t hidden = 2 + job->index;
    double y[64], y2[64];
    char path[1024];
    lmnet_network *net = NULL, *loaded = NULL;
    lmnet_dataset *ds = NULL, *ds2 = NULL;
    int r;
    /* the scratch directory exists already (made before the threads started) */
    snprintf(path, sizeof path, "%s/thread_%d.h5", tmp_dir_path, job->index);
    if (lmnet_network_create(&hidden, 1, &net) != LMNET_OK ||
        lmnet_network_configure(net, ref_x, ref_t, 64, 1, 1, (uint64_t)job->index) != LMNET_OK ||
        lmnet_network_sim(net, ref_x, 64, 1, y, 64) != LMNET_OK ||
        lmnet_dataset_create(ref_x, ref_t, 64, 1, 1, &ds) != LMNET_OK) {
        file_job_failed(job, "setup");
        pthread_barrier_wait(job->start);
        goto done;
    }
    pthread_barrier_wait(job->start);
    for (r = 0; r < job->rounds; r++) {
        if (lmnet_network_save(net, NULL, NULL, path) != LMNET_OK) file_job_failed(job, "lmnet_network_save");
        else if (lmnet_network_load(path, &loaded, NULL, NULL) != LMNET_OK) file_job_failed(job, "lmnet_network_load");
        else if (lmnet_network_sim(loaded, ref_x, 64, 1, y2, 64) != LMNET_OK || !bits_equal(y, y2, 64))
            file_job_failed(job, "sim of the loaded network");
        lmnet_network_free(loaded);
        loaded = NULL;
        if (lmnet_dataset_save(ds, path) != LMNET_OK) file_job_failed(job, "lmnet_dataset_save");
        else if (lmnet_dataset_load(path, &ds2) != LMNET_OK) file_job_failed(job, "lmnet_dataset_load");
        lmnet_dataset_free(ds2);
        ds2 = NULL;
    }
done:
    lmnet_dataset_free(ds);
    lmnet_network_free(net);
    return NULL;
}

static void test_files_saved_and_loaded_from_many_threads(void)
{
    struct file_job jobs[NJOBS];
    pthread_t threads[NJOBS];
    pthread_barrier_t start;
    int i;
    tmp_path("init"); /* create the scratch directory before the threads start */
    REQUIRE(pthread_barrier_init(&start, NULL, NJOBS) == 0);
    for (i = 0; i < NJOBS; i++) {
        jobs[i].index = i;
        jobs[i].rounds = 10;
        jobs[i].failures = 0;
        jobs[i].first_failure[0] = '\0';
        jobs[i].start = &start;
        REQUIRE(pthread_create(&threads[i], NULL, file_job_thread, &jobs[i]) == 0);
    }
    for (i = 0; i < NJOBS; i++) pthread_join(threads[i], NULL);
    pthread_barrier_destroy(&start);
    for (i = 0; i < NJOBS; i++) {
        CHECK(jobs[i].failures == 0);
        if (jobs[i].failures != 0)
            printf("      thread %d: %d failures, first: %s\n", i, jobs[i].failures, jobs[i].first_failure);
    }
}

/* ------------------------------------------------ per-thread error text */

struct message_job {
    int index;
    int wrong_messages;
    pthread_barrier_t *start;
};

static void *message_job_thread(void *arg)
{
    struct message_job *job = arg;
    lmnet_options *opts = NULL;
    char key[32];
    double v;
    int r;
    snprintf(key, sizeof key, "no_such_key_%d", job->index);
    if (lmnet_options_create(&opts) != LMNET_OK) {
        job->wrong_messages++;
        return NULL;
    }
    pthread_barrier_wait(job->start);
    for (r = 0; r < 300; r++) {
        if (lmnet_options_get(opts, key, &v) != LMNET_ERR_UNKNOWN_NAME) job->wrong_messages++;
        if (strstr(lmnet_last_error_message(), key) == NULL) job->wrong_messages++;
    }
    lmnet_options_free(opts);
    return NULL;
}

static void test_error_messages_stay_per_thread_under_contention(void)
{
    struct message_job jobs[NJOBS];
    pthread_t threads[NJOBS];
    pthread_barrier_t start;
    int i;
    REQUIRE(pthread_barrier_init(&start, NULL, NJOBS) == 0);
    for (i = 0; i < NJOBS; i++) {
        jobs[i].index = i;
        jobs[i].wrong_messages = 0;
        jobs[i].start = &start;
        REQUIRE(pthread_create(&threads[i], NULL, message_job_thread, &jobs[i]) == 0);
    }
    for (i = 0; i < NJOBS; i++) pthread_join(threads[i], NULL);
    pthread_barrier_destroy(&start);
    for (i = 0; i < NJOBS; i++) CHECK(jobs[i].wrong_messages == 0);
}

int main(int argc, char **argv)
{
    int rc;
    TEST_MAIN_BEGIN(argc, argv);
    fill_reference(Q, ref_x, ref_t);

    RUN_TEST(test_four_networks_train_at_once_as_one_by_one);
    RUN_TEST(test_one_network_simulated_from_many_threads);
    RUN_TEST(test_files_saved_and_loaded_from_many_threads);
    RUN_TEST(test_error_messages_stay_per_thread_under_contention);

    rc = TEST_MAIN_END("test_threads");
    tmp_cleanup();
    return rc;
}
