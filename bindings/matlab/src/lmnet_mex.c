/*
 * lmnet_mex.c — the single, stateless MEX gateway of the MATLAB/Octave binding.
 *
 *   info              = lmnet_mex('version')
 *   state             = lmnet_mex('configure', state, x, t, seed)
 *   state             = lmnet_mex('init', state, seed)
 *   [state, tr, recb] = lmnet_mex('train', state, opts, x, t, show)
 *   [state, tr, recb, ms] = lmnet_mex('train_multistart', state, opts, x, t, seeds, threads)
 *   y                 = lmnet_mex('sim', state, x)
 *   perf              = lmnet_mex('perform', state_or_empty, opts, t, y)
 *                       lmnet_mex('save', state, opts, recb, path)
 *   [state, opts, tr, recb] = lmnet_mex('load', path)
 *                       lmnet_mex('check_transfer_fcn', name)
 *   opts              = lmnet_mex('options', opts)   (validated, completed with defaults)
 *
 * The network is a plain struct (mex_network.h), options a flat struct
 * (mex_options.h); x is R x Q and t S x Q, exactly the library's sample-major
 * layout, so they are passed without copying. show < 0 means no command-line
 * output. recb is a uint8 image of the training record (mex_record.h), made
 * and read in memory. seeds is a vector of K integer seeds, threads a positive
 * integer or [] (the library's lmnet_get_num_threads()); ms holds the winner
 * (1-based), every start's best_vperf and best_perf (1 x K) and the threads used.
 * No native object outlives a call.
 */
#include <math.h>
#include <string.h>

#include "mex_network.h"
#include "mex_options.h"
#include "mex_progress.h"
#include "mex_record.h"

static void expect_args(mex_call *call, int nrhs, int needed, int nlhs, int max_out, const char *usage)
{
    if (nrhs != needed)
        mex_fail(call, "lmnet:invalidArgument", "lmnet_mex('%s'): expected %d arguments: %s",
                 call->command, needed - 1, usage);
    if (nlhs > max_out)
        mex_fail(call, "lmnet:invalidArgument", "lmnet_mex('%s') returns at most %d values", call->command, max_out);
}

static uint64_t read_seed(mex_call *call, const mxArray *a)
{
    double s = mex_scalar(call, a, "seed");
    if (!(s >= 0.0) || s > 9007199254740992.0 || s != floor(s))
        mex_fail(call, "lmnet:invalidArgument", "seed must be an integer in [0, 2^53], got %g", s);
    return (uint64_t)s;
}

/* x (R x Q) and t (S x Q) must have the same number of columns (samples). */
static void read_data(mex_call *call, const mxArray *xa, const mxArray *ta, const double **x, const double **t,
                      int64_t *q, int64_t *r, int64_t *s)
{
    int64_t qt;
    *x = mex_double_matrix(call, xa, "x (inputs, R-by-Q)", r, q);
    *t = mex_double_matrix(call, ta, "t (targets, S-by-Q)", s, &qt);
    if (qt != *q)
        mex_fail(call, "lmnet:dimension",
                 "x has %lld samples (columns) but t has %lld; inputs and targets need one column per sample",
                 (long long)*q, (long long)qt);
}

static void cmd_version(mex_call *call, int nlhs, mxArray *plhs[], int nrhs, const mxArray *prhs[])
{
    expect_args(call, nrhs, 1, nlhs, 1, "none");
    const char *fields[] = {"version", "versionNumber", "abiVersion", "headerAbiVersion", "numThreads"};
    mxArray *s = mxCreateStructMatrix(1, 1, 5, fields);
    mxSetField(s, 0, "version", mxCreateString(lmnet_version()));
    mxSetField(s, 0, "versionNumber", mxCreateDoubleScalar((double)lmnet_version_number()));
    mxSetField(s, 0, "abiVersion", mxCreateDoubleScalar((double)lmnet_abi_version()));
    mxSetField(s, 0, "headerAbiVersion", mxCreateDoubleScalar((double)LMNET_ABI_VERSION));
    mxSetField(s, 0, "numThreads", mxCreateDoubleScalar((double)lmnet_get_num_threads()));
    plhs[0] = s;
}

static void cmd_configure(mex_call *call, int nlhs, mxArray *plhs[], int nrhs, const mxArray *prhs[])
{
    expect_args(call, nrhs, 5, nlhs, 1, "state, x, t, seed");
    const double *x, *t;
    int64_t q, r, s;
    read_data(call, prhs[2], prhs[3], &x, &t, &q, &r, &s);
    uint64_t seed = read_seed(call, prhs[4]);
    lmnet_network *net = mex_network_from_state(call, prhs[1], MEX_STATE_STRUCTURE);
    mex_check(call, lmnet_network_configure(net, x, t, q, r, s, seed), "configure");
    plhs[0] = mex_network_to_state(call, net);
}

static void cmd_init(mex_call *call, int nlhs, mxArray *plhs[], int nrhs, const mxArray *prhs[])
{
    expect_args(call, nrhs, 3, nlhs, 1, "state, seed");
    uint64_t seed = read_seed(call, prhs[2]);
    lmnet_network *net = mex_network_from_state(call, prhs[1], MEX_STATE_RANGES);
    mex_check(call, lmnet_network_init(net, seed), "init");
    plhs[0] = mex_network_to_state(call, net);
}

static void cmd_train(mex_call *call, int nlhs, mxArray *plhs[], int nrhs, const mxArray *prhs[])
{
    expect_args(call, nrhs, 6, nlhs, 3, "state, options, x, t, show");
    const double *x, *t;
    int64_t q, r, s;
    read_data(call, prhs[3], prhs[4], &x, &t, &q, &r, &s);
    double show = mex_scalar(call, prhs[5], "show");
    lmnet_network *net = mex_network_from_state(call, prhs[1], MEX_STATE_ALL);
    lmnet_options *opts = mex_options_from_struct(call, prhs[2]);

    mex_progress progress;
    int print = !(show < 0.0);
    if (print) mex_progress_init(call, &progress, opts, show);
    lmnet_record *rec = NULL;
    lmnet_status st = lmnet_train(net, opts, x, t, q, r, s, print ? mex_progress_print : NULL,
                                  print ? &progress : NULL, &rec);
    mex_own_record(call, rec);
    mex_check(call, st, "train");
    if (print && !progress.finished) mex_progress_print(rec, &progress);

    plhs[0] = mex_network_to_state(call, net);
    if (nlhs > 1) plhs[1] = mex_record_to_struct(call, rec);
    if (nlhs > 2) plhs[2] = mex_record_to_bytes(call, rec);
}

static int32_t read_threads(mex_call *call, const mxArray *a)
{
    if (mxIsEmpty(a)) return lmnet_get_num_threads();
    double n = mex_scalar(call, a, "threads");
    if (!(n >= 1.0) || n > 1024.0 || n != floor(n))
        mex_fail(call, "lmnet:invalidArgument", "threads must be an integer in [1, 1024], got %g", n);
    return (int32_t)n;
}

static mxArray *row_vector(const double *v, int64_t n)
{
    mxArray *row = mxCreateDoubleMatrix(1, (mwSize)n, mxREAL);
    if (n > 0) memcpy(mxGetPr(row), v, (size_t)n * sizeof(double));
    return row;
}

static void cmd_train_multistart(mex_call *call, int nlhs, mxArray *plhs[], int nrhs, const mxArray *prhs[])
{
    expect_args(call, nrhs, 7, nlhs, 4, "state, options, x, t, seeds, threads");
    const double *x, *t;
    int64_t q, r, s, k = 0;
    read_data(call, prhs[3], prhs[4], &x, &t, &q, &r, &s);
    int64_t *seeds = mex_int64_vector(call, prhs[5], "seeds", 0, &k);
    if (k < 1) mex_fail(call, "lmnet:dimension", "multi-start needs at least one seed (one per start)");
    int32_t threads = read_threads(call, prhs[6]);
    lmnet_network *net = mex_network_from_state(call, prhs[1], MEX_STATE_ALL);
    lmnet_options *opts = mex_options_from_struct(call, prhs[2]);

    /* Seeds were checked to be integers in [0, 2^53]: the conversion is exact. */
    uint64_t *useeds = (uint64_t *)mxMalloc((size_t)k * sizeof(uint64_t));
    for (int64_t i = 0; i < k; i++) useeds[i] = (uint64_t)seeds[i];
    double *best_vperf = (double *)mxMalloc((size_t)k * sizeof(double));
    double *best_perf = (double *)mxMalloc((size_t)k * sizeof(double));
    lmnet_network *best = NULL;
    lmnet_record *rec = NULL;
    int64_t winner = -1;
    lmnet_status st = lmnet_train_multistart(net, opts, x, t, q, r, s, useeds, k, threads, &best, &rec,
                                             &winner, best_vperf, best_perf);
    mex_own_network(call, best);
    mex_own_record(call, rec);
    mex_check(call, st, "multi-start training");

    plhs[0] = mex_network_to_state(call, best);
    if (nlhs > 1) plhs[1] = mex_record_to_struct(call, rec);
    if (nlhs > 2) plhs[2] = mex_record_to_bytes(call, rec);
    if (nlhs > 3) {
        const char *fields[] = {"winner", "best_vperf", "best_perf", "threads"};
        mxArray *ms = mxCreateStructMatrix(1, 1, 4, fields);
        mxSetField(ms, 0, "winner", mxCreateDoubleScalar((double)winner + 1.0)); /* 1-based */
        mxSetField(ms, 0, "best_vperf", row_vector(best_vperf, k));
        mxSetField(ms, 0, "best_perf", row_vector(best_perf, k));
        mxSetField(ms, 0, "threads", mxCreateDoubleScalar((double)threads));
        plhs[3] = ms;
    }
    mxFree(useeds);
    mxFree(seeds);
    mxFree(best_vperf);
    mxFree(best_perf);
}

static void cmd_sim(mex_call *call, int nlhs, mxArray *plhs[], int nrhs, const mxArray *prhs[])
{
    expect_args(call, nrhs, 3, nlhs, 1, "state, x");
    int64_t r, q, outputs = 0;
    const double *x = mex_double_matrix(call, prhs[2], "x (inputs, R-by-Q)", &r, &q);
    lmnet_network *net = mex_network_from_state(call, prhs[1], MEX_STATE_ALL);
    mex_check(call, lmnet_network_num_outputs(net, &outputs), "sim");
    mxArray *y = mxCreateDoubleMatrix((mwSize)outputs, (mwSize)q, mxREAL);
    mex_check(call, lmnet_network_sim(net, x, q, r, mxGetPr(y), outputs * q), "sim");
    plhs[0] = y;
}

static void cmd_perform(mex_call *call, int nlhs, mxArray *plhs[], int nrhs, const mxArray *prhs[])
{
    expect_args(call, nrhs, 5, nlhs, 1, "state or [], options, t, y");
    int64_t s, q, sy, qy;
    const double *t = mex_double_matrix(call, prhs[3], "t (targets, S-by-Q)", &s, &q);
    const double *y = mex_double_matrix(call, prhs[4], "y (outputs, S-by-Q)", &sy, &qy);
    if (s != sy || q != qy)
        mex_fail(call, "lmnet:dimension", "t is %lld-by-%lld but y is %lld-by-%lld; they must have the same size",
                 (long long)s, (long long)q, (long long)sy, (long long)qy);
    lmnet_network *net = mxIsEmpty(prhs[1]) ? NULL : mex_network_from_state(call, prhs[1], MEX_STATE_ALL);
    lmnet_options *opts = mex_options_from_struct(call, prhs[2]);
    double perf = NAN;
    mex_check(call, lmnet_perform(net, opts, t, y, q, s, &perf), "perform");
    plhs[0] = mxCreateDoubleScalar(perf);
}

static void cmd_save(mex_call *call, int nlhs, mxArray *plhs[], int nrhs, const mxArray *prhs[])
{
    expect_args(call, nrhs, 5, nlhs, 0, "state, options, record bytes, path");
    char *path = mex_string(call, prhs[4], "file name");
    lmnet_network *net = mex_network_from_state(call, prhs[1], MEX_STATE_ALL);
    lmnet_options *opts = mex_options_from_struct(call, prhs[2]);
    lmnet_record *rec = mex_record_from_bytes(call, prhs[3]);
    mex_check(call, lmnet_network_save(net, rec, opts, path), "save");
    mxFree(path);
}

static void cmd_load(mex_call *call, int nlhs, mxArray *plhs[], int nrhs, const mxArray *prhs[])
{
    expect_args(call, nrhs, 2, nlhs, 4, "path");
    char *path = mex_string(call, prhs[1], "file name");
    lmnet_network *net = NULL;
    lmnet_record *rec = NULL;
    lmnet_options *opts = NULL;
    lmnet_status st = lmnet_network_load(path, &net, &rec, &opts);
    mex_own_network(call, net);
    mex_own_record(call, rec);
    mex_own_options(call, opts);
    mex_check(call, st, "load");
    plhs[0] = mex_network_to_state(call, net);
    if (nlhs > 1) plhs[1] = opts != NULL ? mex_options_to_struct(call, opts) : mxCreateDoubleMatrix(0, 0, mxREAL);
    if (nlhs > 2) plhs[2] = rec != NULL ? mex_record_to_struct(call, rec) : mxCreateDoubleMatrix(0, 0, mxREAL);
    if (nlhs > 3)
        plhs[3] = rec != NULL ? mex_record_to_bytes(call, rec) : mxCreateNumericMatrix(0, 0, mxUINT8_CLASS, mxREAL);
    mxFree(path);
}

static void cmd_check_transfer_fcn(mex_call *call, int nlhs, mxArray *plhs[], int nrhs, const mxArray *prhs[])
{
    expect_args(call, nrhs, 2, nlhs, 0, "name");
    char *name = mex_string(call, prhs[1], "transferFcn");
    lmnet_network *net = NULL;
    const int64_t no_hidden_layers[1] = {0};
    mex_check(call, lmnet_network_create(no_hidden_layers, 0, &net), "checking a transfer function");
    mex_own_network(call, net);
    mex_check(call, lmnet_network_set_transfer_fcn(net, 1, name), "transferFcn");
    mxFree(name);
}

static void cmd_options(mex_call *call, int nlhs, mxArray *plhs[], int nrhs, const mxArray *prhs[])
{
    expect_args(call, nrhs, 2, nlhs, 1, "options");
    plhs[0] = mex_options_to_struct(call, mex_options_from_struct(call, prhs[1]));
}

typedef void (*command_fn)(mex_call *, int, mxArray *[], int, const mxArray *[]);
static const struct { const char *name; command_fn fn; } commands[] = {
    {"version", cmd_version},     {"configure", cmd_configure}, {"init", cmd_init},
    {"train", cmd_train},         {"train_multistart", cmd_train_multistart},
    {"sim", cmd_sim},             {"perform", cmd_perform},
    {"save", cmd_save},           {"load", cmd_load},           {"check_transfer_fcn", cmd_check_transfer_fcn},
    {"options", cmd_options}};

void mexFunction(int nlhs, mxArray *plhs[], int nrhs, const mxArray *prhs[])
{
    mex_call call;
    mex_call_init(&call, "?");
    if (nrhs < 1 || !mxIsChar(prhs[0]))
        mex_fail(&call, "lmnet:invalidArgument", "lmnet_mex: the first argument must be a command name");
    if (lmnet_abi_version() != LMNET_ABI_VERSION)
        mex_fail(&call, "lmnet:abi", "liblmnet ABI version %d does not match the version %d this MEX was built for; "
                 "rebuild with make.m", (int)lmnet_abi_version(), (int)LMNET_ABI_VERSION);
    char name[64];
    if (mxGetString(prhs[0], name, sizeof name) != 0)
        mex_fail(&call, "lmnet:invalidArgument", "lmnet_mex: unknown command");
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++) {
        if (strcmp(name, commands[i].name) == 0) {
            call.command = commands[i].name;
            commands[i].fn(&call, nlhs, plhs, nrhs, prhs);
            mex_call_release(&call);
            return;
        }
    }
    mex_fail(&call, "lmnet:invalidArgument", "lmnet_mex: unknown command '%s'", name);
}
