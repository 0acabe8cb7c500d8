/*
 * lmnet.h — LMNet: feed-forward fitting networks trained by Levenberg–Marquardt,
 * MATLAB fitnet/train/trainlm-compatible. The comments in this header are the
 * reference manual of the C API.
 *
 * ------------------------------------------------------------------------------
 * Conventions
 * ------------------------------------------------------------------------------
 * Names     Every symbol starts with lmnet_ / LMNET_.
 * Status    Every function that can fail returns an lmnet_status. LMNET_OK (0)
 *           is success. On failure nothing the caller owns is changed except
 *           where stated, and lmnet_last_error_message() holds a sentence that
 *           names the problem. Status values are pinned and append-only.
 * Handles   lmnet_network, lmnet_options, lmnet_record and lmnet_dataset are
 *           opaque. Each has a creator and a *_free function; *_free(NULL) is
 *           a no-op. No function ever returns a pointer into a handle.
 * Data      float64, sample-major: x[q*R + r] is input r of sample q, t[q*S + s]
 *           target s of sample q. These are the bytes of a C-ordered numpy
 *           array of shape (Q, R) and of a column-major MATLAB R-by-Q matrix,
 *           so bindings pass their arrays without copying. Sizes are int64_t.
 * Outputs   Written into caller buffers whose capacity (in elements, or bytes
 *           for strings including the terminating NUL) is passed explicitly.
 *           A buffer that is too small gives LMNET_ERR_BUFFER_TOO_SMALL and the
 *           needed length is still stored in *length when length is not NULL
 *           (strings: the length without the NUL; arrays: the element count).
 *           Passing buf = NULL with capacity = 0 is a size query that returns
 *           LMNET_OK and stores the length only.
 * Indices   Sample indices (division) are 0-based int64_t. Layer numbers are
 *           1-based, as MATLAB counts layers (layer L is the output layer); a
 *           layer number out of range gives LMNET_ERR_INVALID_ARGUMENT.
 * Errors    A negative size or capacity gives LMNET_ERR_DIMENSION. An unknown
 *           key or function name (transfer, processing, trainFcn, divideFcn,
 *           performFcn) gives LMNET_ERR_UNKNOWN_NAME; a NaN, infinite or
 *           out-of-range option value LMNET_ERR_INVALID_ARGUMENT; NaN or Inf in
 *           x, or Inf in t, LMNET_ERR_NON_FINITE (NaN in t means "don't care").
 * Keys      Options, record values and file strings are addressed by key
 *           (MATLAB's names), so adding one never changes the ABI.
 *
 * ------------------------------------------------------------------------------
 * Thread safety
 * ------------------------------------------------------------------------------
 * All functions may be called from any thread. Different handles may be used
 * on different threads at the same time: different networks train at once on
 * different threads. Functions that take a const handle (simulation,
 * performance, every getter) may run on the same handle from several threads at
 * once. A handle passed non-const (training, setters, free) must not be used by
 * any other thread during that call. lmnet_last_error_message() is per thread.
 * lmnet_set_num_threads() changes a process-wide setting.
 *
 * ------------------------------------------------------------------------------
 * Flat weight vector (MATLAB getwb order)
 * ------------------------------------------------------------------------------
 * For layer k = 1..L: the bias b{k} (S_k values), then the weight matrix of
 * layer k (IW{1,1} for k = 1, LW{k,k-1} otherwise; S_k rows, one column per
 * input of the layer) stored column-major. Layer 1's inputs are the inputs that
 * survive removeconstantrows; layer L's size is the number of targets that
 * survive it. numWeightElements = sum over k of S_k * (in_k + 1).
 */
#ifndef LMNET_H_7A1C0E52
#define LMNET_H_7A1C0E52

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---------------------------------------------------------------- versions */

#define LMNET_VERSION_MAJOR 0
#define LMNET_VERSION_MINOR 1
#define LMNET_VERSION_PATCH 0
#define LMNET_VERSION_NUMBER (LMNET_VERSION_MAJOR * 10000 + LMNET_VERSION_MINOR * 100 + LMNET_VERSION_PATCH)
#define LMNET_VERSION_STRING "0.1.0"
/* Bumped whenever a signature or a pinned value changes; bindings refuse a
 * library whose lmnet_abi_version() differs from the value they were written for. */
#define LMNET_ABI_VERSION 1

/** The library's version string, for example "0.1.0". Static storage. */
const char *lmnet_version(void);
/** LMNET_VERSION_NUMBER of the loaded library. */
int32_t lmnet_version_number(void);
/** LMNET_ABI_VERSION of the loaded library. */
int32_t lmnet_abi_version(void);

/* ------------------------------------------------------------------ status */

typedef int32_t lmnet_status;
#define LMNET_OK 0
#define LMNET_ERR_INVALID_ARGUMENT 1   /* NULL handle or pointer, bad value  */
#define LMNET_ERR_DIMENSION 2          /* sizes zero, negative or mismatched */
#define LMNET_ERR_NON_FINITE 3         /* NaN or Inf where a finite value is required */
#define LMNET_ERR_UNKNOWN_NAME 4       /* unknown function name or key       */
#define LMNET_ERR_BUFFER_TOO_SMALL 5   /* output capacity below the length   */
#define LMNET_ERR_NOT_CONFIGURED 6     /* network has no input/output sizes yet */
#define LMNET_ERR_IO 7                 /* file cannot be opened, read or written */
#define LMNET_ERR_FORMAT 8             /* file is not a valid LMNet file     */
#define LMNET_ERR_FORMAT_VERSION 9     /* file written by a newer format version */
#define LMNET_ERR_OUT_OF_MEMORY 10     /* problem too large for memory       */
#define LMNET_ERR_INTERNAL 11          /* a bug in LMNet; please report      */

/** "LMNET_OK", "LMNET_ERR_DIMENSION", ...; "LMNET_UNKNOWN_STATUS" otherwise. Static storage. */
const char *lmnet_status_name(lmnet_status status);
/** The message of the last failed call on this thread ("" if none). Valid until
 * the next lmnet call on this thread; copy it if you need it longer. */
const char *lmnet_last_error_message(void);

/* ----------------------------------------------------------------- threads */

/** Number of threads linear algebra and multi-start may use (process-wide).
 * Initial value: the environment variable LMNET_NUM_THREADS, else the number of
 * CPUs. n must be >= 1. Results are identical for the same thread count. */
lmnet_status lmnet_set_num_threads(int32_t n);
int32_t lmnet_get_num_threads(void);

/* ----------------------------------------------------------------- network */

typedef struct lmnet_network lmnet_network;

#define LMNET_INPUT 0
#define LMNET_OUTPUT 1

/** A feed-forward network as MATLAB's feedforwardnet(hidden_sizes) / fitnet:
 * num_hidden hidden layers of the given sizes with transfer function "tansig",
 * an output layer with "purelin", a bias on every layer, processFcns
 * "removeconstantrows,mapminmax" on inputs and outputs. num_hidden may be 0
 * (a linear network). The network is unconfigured (no input/output sizes)
 * until lmnet_network_configure, lmnet_network_set_process_settings or the
 * first lmnet_train. */
lmnet_status lmnet_network_create(const int64_t *hidden_sizes, int64_t num_hidden, lmnet_network **out);
void lmnet_network_free(lmnet_network *net);
/** A deep copy. */
lmnet_status lmnet_network_clone(const lmnet_network *net, lmnet_network **out);

/** Transfer function of layer (1..L) by MATLAB name: "tansig", "logsig",
 * "purelin", "poslin", "satlin", "satlins", "radbas", "tribas", "elliotsig".
 * Changing it keeps the weights. */
lmnet_status lmnet_network_set_transfer_fcn(lmnet_network *net, int64_t layer, const char *name);
lmnet_status lmnet_network_get_transfer_fcn(const lmnet_network *net, int64_t layer,
                                            char *buf, int64_t capacity, int64_t *length);

/** Number of layers L (hidden layers + 1). */
lmnet_status lmnet_network_num_layers(const lmnet_network *net, int64_t *out);
/** Size S_k of layer (1..L); the output layer's size is 0 until configured. */
lmnet_status lmnet_network_layer_size(const lmnet_network *net, int64_t layer, int64_t *out);
/** Number of inputs R and outputs S (rows of x and t as given); 0 until configured. */
lmnet_status lmnet_network_num_inputs(const lmnet_network *net, int64_t *out);
lmnet_status lmnet_network_num_outputs(const lmnet_network *net, int64_t *out);
/** Length of the flat weight vector (MATLAB net.numWeightElements); 0 until configured. */
lmnet_status lmnet_network_num_weights(const lmnet_network *net, int64_t *out);
/** 1 if configured, else 0. */
lmnet_status lmnet_network_is_configured(const lmnet_network *net, int32_t *out);

/** Processing functions of the inputs (side LMNET_INPUT) or outputs
 * (LMNET_OUTPUT): a comma-separated list, in order, drawn from
 * "removeconstantrows" and "mapminmax"; "" for none. Default
 * "removeconstantrows,mapminmax". Setting it unconfigures the network. */
lmnet_status lmnet_network_set_process_fcns(lmnet_network *net, int32_t side, const char *fcns);
lmnet_status lmnet_network_get_process_fcns(const lmnet_network *net, int32_t side,
                                            char *buf, int64_t capacity, int64_t *length);

/** Processing settings, per original row: the row minimum xmin[i] and maximum
 * xmax[i] seen at configuration. They define everything: with
 * removeconstantrows a row with xmax == xmin is removed (an output row is put
 * back as the constant xmin); with mapminmax a row with finite xmin < xmax is
 * mapped by y = 2 (x - xmin) / (xmax - xmin) - 1, any other row passes through.
 * n must equal the number of inputs (outputs) of a configured network.
 * On an unconfigured network setting them defines the number of inputs
 * (outputs); when both sides are set the network is configured. On a
 * configured network n must equal the current count (LMNET_ERR_DIMENSION
 * otherwise; lmnet_network_configure changes sizes). If the number of weights
 * changes, the weights are reset to zero. NaN/Inf are allowed (pass-through rows). */
lmnet_status lmnet_network_get_process_settings(const lmnet_network *net, int32_t side,
                                                double *xmin, double *xmax, int64_t n);
lmnet_status lmnet_network_set_process_settings(lmnet_network *net, int32_t side,
                                                const double *xmin, const double *xmax, int64_t n);

/** MATLAB configure(net, x, t) followed by init: sets input and output sizes
 * and processing settings from all samples given, then initializes the weights
 * (Nguyen–Widrow where the layer's active input range is finite, uniform in
 * [-1, 1] otherwise) from seed. x is Q x R, t is Q x S (sample-major). x must
 * be finite; NaN targets are "don't care". */
lmnet_status lmnet_network_configure(lmnet_network *net, const double *x, const double *t,
                                     int64_t n_samples, int64_t n_inputs, int64_t n_outputs,
                                     uint64_t seed);
/** MATLAB init(net): re-initialize the weights of a configured network from seed. */
lmnet_status lmnet_network_init(lmnet_network *net, uint64_t seed);

/** Flat weight vector, MATLAB getwb/setwb order (see the top of this file). */
lmnet_status lmnet_network_get_weights(const lmnet_network *net, double *out, int64_t capacity);
lmnet_status lmnet_network_set_weights(lmnet_network *net, const double *w, int64_t n);

/** y = net(x): input processing, forward pass, reverse output processing.
 * x is n_samples x n_inputs, y receives n_samples x num_outputs values
 * (y_capacity >= n_samples * num_outputs). x must be finite. */
lmnet_status lmnet_network_sim(const lmnet_network *net, const double *x, int64_t n_samples,
                               int64_t n_inputs, double *y, int64_t y_capacity);

/* ----------------------------------------------------------------- options */

typedef struct lmnet_options lmnet_options;

/** Training options with MATLAB's fitnet/trainlm defaults. Keys (MATLAB names):
 *
 *  numeric (lmnet_options_set / _get), trainParam:
 *   "epochs" 1000, "goal" 0, "max_fail" 6, "min_grad" 1e-7, "mu" 0.001,
 *   "mu_dec" 0.1, "mu_inc" 10, "mu_max" 1e10, "time" INFINITY (seconds),
 *   "show" 25 (epochs between progress lines a binding prints; NaN = none),
 *  divideParam: "trainRatio" 0.7, "valRatio" 0.15, "testRatio" 0.15,
 *  performParam: "regularization" 0 (in [0, 1]),
 *  "seed" 0 (initialization of an unconfigured network and dividerand; an
 *   integer in [0, 2^53]).
 *
 *  string (lmnet_options_set_string / _get_string):
 *   "trainFcn" "trainlm" | "trainbr" (setting it resets every trainParam to
 *     that function's defaults: trainbr has mu 0.005 and max_fail 0),
 *   "divideFcn" "dividerand" | "divideblock" | "divideint" | "divideind" | "dividetrain",
 *   "performFcn" "mse" | "sse".
 *
 *  index lists (lmnet_options_set_indices / _get_indices), used by divideind:
 *   "trainInd", "valInd", "testInd" (0-based; indices >= Q are dropped).
 *
 * Values are validated when set: an unknown key gives LMNET_ERR_UNKNOWN_NAME,
 * a value out of range LMNET_ERR_INVALID_ARGUMENT, and the option keeps its
 * previous value. */
lmnet_status lmnet_options_create(lmnet_options **out);
void lmnet_options_free(lmnet_options *opts);
lmnet_status lmnet_options_clone(const lmnet_options *opts, lmnet_options **out);
lmnet_status lmnet_options_set(lmnet_options *opts, const char *key, double value);
lmnet_status lmnet_options_get(const lmnet_options *opts, const char *key, double *out);
lmnet_status lmnet_options_set_string(lmnet_options *opts, const char *key, const char *value);
lmnet_status lmnet_options_get_string(const lmnet_options *opts, const char *key,
                                      char *buf, int64_t capacity, int64_t *length);
lmnet_status lmnet_options_set_indices(lmnet_options *opts, const char *key,
                                       const int64_t *indices, int64_t n);
lmnet_status lmnet_options_get_indices(const lmnet_options *opts, const char *key,
                                       int64_t *out, int64_t capacity, int64_t *length);

/* ------------------------------------------------------------------ record */

typedef struct lmnet_record lmnet_record;

/* Why training stopped (record string "stop" holds MATLAB's sentence). Pinned. */
#define LMNET_STOP_NONE 0            /* still training (inside a callback) */
#define LMNET_STOP_USER 1            /* "User stop."             */
#define LMNET_STOP_USER_CANCEL 2     /* "User cancel."  (reserved) */
#define LMNET_STOP_GOAL 3            /* "Performance goal met."  */
#define LMNET_STOP_EPOCHS 4          /* "Maximum epoch reached." */
#define LMNET_STOP_TIME 5            /* "Maximum time elapsed."  */
#define LMNET_STOP_MIN_GRAD 6        /* "Minimum gradient reached." */
#define LMNET_STOP_MU_MAX 7          /* "Maximum MU reached."    */
#define LMNET_STOP_VALIDATION 8      /* "Validation stop."       */

/** The training record, MATLAB's tr.
 *  series (one value per epoch 0..num_epochs): "epoch", "time", "perf",
 *   "vperf", "tperf", "mu", "gradient", "val_fail"; trainbr adds "gamk", "ssX"
 *   (empty, length 0, in a trainlm record).
 *   vperf (tperf) is NaN when the validation (test) set is empty.
 *  scalars: "num_epochs", "best_epoch", "best_perf", "best_vperf",
 *   "best_tperf", "goal", "stop_reason" (LMNET_STOP_*), "num_samples",
 *   "num_threads", and the time in seconds spent per phase: "time_jacobian"
 *   (forward pass and backpropagation of the Jacobian blocks), "time_jtj"
 *   (JᵀJ and Jᵀe by BLAS), "time_solve" (Cholesky factor and solve),
 *   "time_forward" (trial evaluations), "time_total"; and "num_solves".
 *  strings: "stop", "trainFcn", "performFcn", "divideFcn".
 *  indices: "trainInd", "valInd", "testInd" (0-based, ascending). */
void lmnet_record_free(lmnet_record *rec);
lmnet_status lmnet_record_num_epochs(const lmnet_record *rec, int64_t *out);
lmnet_status lmnet_record_get_scalar(const lmnet_record *rec, const char *key, double *out);
/** Whole series into out (capacity >= num_epochs + 1), length = num_epochs + 1. */
lmnet_status lmnet_record_get_series(const lmnet_record *rec, const char *key,
                                     double *out, int64_t capacity, int64_t *length);
/** One value of a series: index 0..num_epochs, or -1 for the latest epoch. */
lmnet_status lmnet_record_get_value(const lmnet_record *rec, const char *key, int64_t index, double *out);
lmnet_status lmnet_record_get_string(const lmnet_record *rec, const char *key,
                                     char *buf, int64_t capacity, int64_t *length);
lmnet_status lmnet_record_get_indices(const lmnet_record *rec, const char *key,
                                      int64_t *out, int64_t capacity, int64_t *length);

/* ---------------------------------------------------------------- training */

/** Called after every epoch's state is recorded (epoch 0 included) and once
 * more never: when training has decided to stop, the last call already sees
 * the record's "stop" string and "stop_reason". The record is valid only during
 * the call. Return 0 to continue, non-zero to stop ("User stop.", the best
 * network is kept). Called on the thread that called lmnet_train. */
typedef int (*lmnet_progress_fn)(const lmnet_record *record, void *user);

/** MATLAB [net, tr] = train(net, x, t) with the options' trainFcn.
 * An unconfigured network is configured and initialized first (seed from the
 * options); a configured one continues from its weights (warm start). The data
 * are divided by the options' divideFcn, then trained; on return net holds the
 * best network (best validation performance, or best training performance when
 * there is no validation set). opts may be NULL (defaults). progress may be
 * NULL. record_out may be NULL; otherwise *record_out receives a new record the
 * caller frees. x must be finite; NaN targets are "don't care". Training that
 * stops (for any reason in LMNET_STOP_*) returns LMNET_OK. */
lmnet_status lmnet_train(lmnet_network *net, const lmnet_options *opts,
                         const double *x, const double *t,
                         int64_t n_samples, int64_t n_inputs, int64_t n_outputs,
                         lmnet_progress_fn progress, void *user, lmnet_record **record_out);

/** MATLAB perform(net, t, y) with the options' performFcn and regularization
 * (opts may be NULL: mse). NaN targets are left out. net may be NULL when
 * regularization is 0; with regularization it must be configured
 * (LMNET_ERR_NOT_CONFIGURED otherwise). t and y are n_samples x n_outputs. */
lmnet_status lmnet_perform(const lmnet_network *net, const lmnet_options *opts,
                           const double *t, const double *y,
                           int64_t n_samples, int64_t n_outputs, double *out);

/** Multi-start: trains num_starts copies of net (initialized from seeds[i];
 * the division is drawn once, from the options' seed, and shared) on up to
 * num_threads threads, and stores the winner — lowest best validation
 * performance, or best training performance when there is no validation set;
 * ties go to the lower index — in *best_out (a new network) and its record in
 * *record_out (may be NULL). best_vperf and best_perf (may be NULL) receive
 * every start's values (num_starts each); *winner receives the winner's index.
 * The result does not depend on num_threads. net itself is not changed. */
lmnet_status lmnet_train_multistart(const lmnet_network *net, const lmnet_options *opts,
                                    const double *x, const double *t,
                                    int64_t n_samples, int64_t n_inputs, int64_t n_outputs,
                                    const uint64_t *seeds, int64_t num_starts, int32_t num_threads,
                                    lmnet_network **best_out, lmnet_record **record_out,
                                    int64_t *winner, double *best_vperf, double *best_perf);

/* ------------------------------------------------------------------- files */

/** Save a network (with, when not NULL, the record of its training and the
 * options used) to an HDF5 model file. The file is written beside the target
 * under a temporary name, flushed and renamed: an earlier file at path is
 * intact if anything fails. Layout: docs/file-format.md. An unconfigured
 * network gives LMNET_ERR_NOT_CONFIGURED (it has nothing to save yet). */
lmnet_status lmnet_network_save(const lmnet_network *net, const lmnet_record *rec,
                                const lmnet_options *opts, const char *path);
/** Load a model file. record_out and options_out may be NULL; when the file
 * holds no record (options), *record_out (*options_out) is set to NULL.
 * Everything is validated; on failure nothing is allocated. */
lmnet_status lmnet_network_load(const char *path, lmnet_network **net_out,
                                lmnet_record **record_out, lmnet_options **options_out);

/** A training record on its own (format "lmnet.record"). */
lmnet_status lmnet_record_save(const lmnet_record *rec, const char *path);
lmnet_status lmnet_record_load(const char *path, lmnet_record **out);

/** The same files as bytes in memory, for moving models between processes
 * (Dask workers, MATLAB structs) without a shared disk. *_save_bytes writes the
 * bytes lmnet_network_save (lmnet_record_save) would write into buf (capacity
 * bytes) and their count into *length; buf = NULL with capacity = 0 asks for
 * the length only (the file is then written twice). HDF5 writes files, so
 * *_save_bytes passes through a private scratch file it removes ($TMPDIR, else
 * /tmp, else /dev/shm). *_load_bytes reads in memory and validates exactly as
 * loading a file does. */
lmnet_status lmnet_network_save_bytes(const lmnet_network *net, const lmnet_record *rec,
                                      const lmnet_options *opts, uint8_t *buf, int64_t capacity,
                                      int64_t *length);
lmnet_status lmnet_network_load_bytes(const uint8_t *buf, int64_t n, lmnet_network **net_out,
                                      lmnet_record **record_out, lmnet_options **options_out);
lmnet_status lmnet_record_save_bytes(const lmnet_record *rec, uint8_t *buf, int64_t capacity,
                                     int64_t *length);
lmnet_status lmnet_record_load_bytes(const uint8_t *buf, int64_t n, lmnet_record **out);

/* ---------------------------------------------------------------- datasets */

typedef struct lmnet_dataset lmnet_dataset;

/** A dataset of Q samples: x (Q x R, finite), t (Q x S; may be NULL with S = 0
 * for inputs only). The arrays are copied. */
lmnet_status lmnet_dataset_create(const double *x, const double *t, int64_t n_samples,
                                  int64_t n_inputs, int64_t n_outputs, lmnet_dataset **out);
void lmnet_dataset_free(lmnet_dataset *ds);
lmnet_status lmnet_dataset_shape(const lmnet_dataset *ds, int64_t *n_samples,
                                 int64_t *n_inputs, int64_t *n_outputs);
lmnet_status lmnet_dataset_get_x(const lmnet_dataset *ds, double *out, int64_t capacity);
lmnet_status lmnet_dataset_get_t(const lmnet_dataset *ds, double *out, int64_t capacity);
/** Names of the inputs (side LMNET_INPUT) or targets (LMNET_OUTPUT), one per
 * row, separated by '\n' (no trailing newline). Optional: "" means none. */
lmnet_status lmnet_dataset_set_names(lmnet_dataset *ds, int32_t side, const char *names);
lmnet_status lmnet_dataset_get_names(const lmnet_dataset *ds, int32_t side,
                                     char *buf, int64_t capacity, int64_t *length);
/** Optional division: "trainInd", "valInd", "testInd" (0-based, < Q). */
lmnet_status lmnet_dataset_set_indices(lmnet_dataset *ds, const char *key,
                                       const int64_t *indices, int64_t n);
lmnet_status lmnet_dataset_get_indices(const lmnet_dataset *ds, const char *key,
                                       int64_t *out, int64_t capacity, int64_t *length);
/** Dataset files (format "lmnet.dataset"), written atomically like models. */
lmnet_status lmnet_dataset_save(const lmnet_dataset *ds, const char *path);
lmnet_status lmnet_dataset_load(const char *path, lmnet_dataset **out);

#ifdef __cplusplus
}
#endif

#endif /* LMNET_H_7A1C0E52 */
