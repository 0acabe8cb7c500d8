/*
 * mex_support.h — shared pieces of the lmnet_mex gateway: the per-call list of
 * native objects (freed before any error is raised), error reporting with
 * 'lmnet:*' identifiers, and readers for MATLAB arguments.
 *
 * Rule: no MATLAB error may be raised while a native object is alive, and none
 * from inside a library callback. Every native object created during one MEX
 * call is therefore registered in the call's mex_call and every error goes
 * through mex_fail(), which frees them first.
 */
#ifndef LMNET_MEX_SUPPORT_H
#define LMNET_MEX_SUPPORT_H

#include <stdint.h>
#include "mex.h"
#include "lmnet.h"

#define MEX_MAX_NATIVES 8

typedef struct mex_call {
    lmnet_network *networks[MEX_MAX_NATIVES];
    lmnet_options *options[MEX_MAX_NATIVES];
    lmnet_record *records[MEX_MAX_NATIVES];
    const char *command;                  /* for messages: "train", "sim", ... */
} mex_call;

void mex_call_init(mex_call *call, const char *command);
/* Frees every registered native object. */
void mex_call_release(mex_call *call);

/* Registration: the call owns the object from now on (NULL is ignored). */
void mex_own_network(mex_call *call, lmnet_network *net);
void mex_own_options(mex_call *call, lmnet_options *opts);
void mex_own_record(mex_call *call, lmnet_record *rec);

/* Releases the call's natives, then raises a MATLAB error. Never returns. */
void mex_fail(mex_call *call, const char *id, const char *fmt, ...);
/* Identifier for a status: LMNET_ERR_DIMENSION -> "lmnet:dimension", ... */
const char *mex_status_id(lmnet_status status);
/* If status is not LMNET_OK: fail with the library's message, prefixed by
 * what (for example "setting option 'epochs'"). */
void mex_check(mex_call *call, lmnet_status status, const char *what);

/* Argument readers; each fails with a clear 'lmnet:*' error. */
char *mex_string(mex_call *call, const mxArray *a, const char *what);     /* mxFree the result */
double mex_scalar(mex_call *call, const mxArray *a, const char *what);
int mex_logical(mex_call *call, const mxArray *a, const char *what);
const mxArray *mex_field(mex_call *call, const mxArray *s, const char *name, const char *what);
/* A real, full, double matrix (no copy). */
const double *mex_double_matrix(mex_call *call, const mxArray *a, const char *what,
                                int64_t *rows, int64_t *cols);
/* Non-negative integer values (for seeds and indices); offset is added to each. */
int64_t *mex_int64_vector(mex_call *call, const mxArray *a, const char *what,
                          int64_t offset, int64_t *n);

mxArray *mex_row_string_cell(const char *const *items, int n);

#endif
