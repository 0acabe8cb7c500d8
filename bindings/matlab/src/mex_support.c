/*
 * mex_support.c — native-object bookkeeping, errors and argument readers for
 * the lmnet_mex gateway (see mex_support.h for the rules).
 */
#include "mex_support.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

void mex_call_init(mex_call *call, const char *command)
{
    memset(call, 0, sizeof *call);
    call->command = command;
}

void mex_call_release(mex_call *call)
{
    for (int i = 0; i < MEX_MAX_NATIVES; i++) {
        lmnet_network_free(call->networks[i]);
        lmnet_options_free(call->options[i]);
        lmnet_record_free(call->records[i]);
        call->networks[i] = NULL;
        call->options[i] = NULL;
        call->records[i] = NULL;
    }
}

#define MEX_OWN(slot_array, object)                                          \
    do {                                                                     \
        if ((object) == NULL) return;                                        \
        for (int i = 0; i < MEX_MAX_NATIVES; i++) {                          \
            if ((slot_array)[i] == NULL) { (slot_array)[i] = (object); return; } \
        }                                                                    \
    } while (0)

void mex_own_network(mex_call *call, lmnet_network *net)
{
    MEX_OWN(call->networks, net);
    lmnet_network_free(net);
    mex_fail(call, "lmnet:internal", "lmnet_mex: too many native networks in one call");
}

void mex_own_options(mex_call *call, lmnet_options *opts)
{
    MEX_OWN(call->options, opts);
    lmnet_options_free(opts);
    mex_fail(call, "lmnet:internal", "lmnet_mex: too many native options in one call");
}

void mex_own_record(mex_call *call, lmnet_record *rec)
{
    MEX_OWN(call->records, rec);
    lmnet_record_free(rec);
    mex_fail(call, "lmnet:internal", "lmnet_mex: too many native records in one call");
}

void mex_fail(mex_call *call, const char *id, const char *fmt, ...)
{
    char message[2048];
    va_list args;
    va_start(args, fmt);
    vsnprintf(message, sizeof message, fmt, args);
    va_end(args);
    mex_call_release(call);
    mexErrMsgIdAndTxt(id, "%s", message);
}

const char *mex_status_id(lmnet_status status)
{
    switch (status) {
    case LMNET_ERR_INVALID_ARGUMENT: return "lmnet:invalidArgument";
    case LMNET_ERR_DIMENSION: return "lmnet:dimension";
    case LMNET_ERR_NON_FINITE: return "lmnet:nonFinite";
    case LMNET_ERR_UNKNOWN_NAME: return "lmnet:unknownName";
    case LMNET_ERR_BUFFER_TOO_SMALL: return "lmnet:bufferTooSmall";
    case LMNET_ERR_NOT_CONFIGURED: return "lmnet:notConfigured";
    case LMNET_ERR_IO: return "lmnet:io";
    case LMNET_ERR_FORMAT: return "lmnet:format";
    case LMNET_ERR_FORMAT_VERSION: return "lmnet:formatVersion";
    case LMNET_ERR_OUT_OF_MEMORY: return "lmnet:outOfMemory";
    default: return "lmnet:internal";
    }
}

void mex_check(mex_call *call, lmnet_status status, const char *what)
{
    if (status == LMNET_OK) return;
    /* The library's message lives until its next call: copy it before freeing. */
    char message[1024];
    const char *library_message = lmnet_last_error_message();
    snprintf(message, sizeof message, "%s", library_message != NULL ? library_message : "");
    if (message[0] == '\0') snprintf(message, sizeof message, "%s", lmnet_status_name(status));
    mex_fail(call, mex_status_id(status), "%s: %s", what, message);
}

char *mex_string(mex_call *call, const mxArray *a, const char *what)
{
    if (a == NULL || !mxIsChar(a) || (mxGetM(a) > 1 && mxGetN(a) > 0))
        mex_fail(call, "lmnet:invalidArgument", "%s must be a character vector", what);
    char *s = mxArrayToString(a);
    if (s == NULL) mex_fail(call, "lmnet:invalidArgument", "%s could not be read as text", what);
    return s;
}

double mex_scalar(mex_call *call, const mxArray *a, const char *what)
{
    if (a == NULL || mxGetNumberOfElements(a) != 1 || mxIsComplex(a) || mxIsSparse(a) ||
        !(mxIsDouble(a) || mxIsLogical(a)))
        mex_fail(call, "lmnet:invalidArgument", "%s must be a real double scalar", what);
    return mxIsLogical(a) ? (mxGetLogicals(a)[0] ? 1.0 : 0.0) : mxGetPr(a)[0];
}

int mex_logical(mex_call *call, const mxArray *a, const char *what)
{
    double v = mex_scalar(call, a, what);
    if (isnan(v)) mex_fail(call, "lmnet:invalidArgument", "%s must be true or false", what);
    return v != 0.0;
}

const mxArray *mex_field(mex_call *call, const mxArray *s, const char *name, const char *what)
{
    if (s == NULL || !mxIsStruct(s) || mxGetNumberOfElements(s) != 1)
        mex_fail(call, "lmnet:invalidArgument", "%s must be a scalar struct", what);
    const mxArray *f = mxGetField(s, 0, name);
    if (f == NULL) mex_fail(call, "lmnet:invalidArgument", "%s has no field '%s'", what, name);
    return f;
}

const double *mex_double_matrix(mex_call *call, const mxArray *a, const char *what,
                                int64_t *rows, int64_t *cols)
{
    if (a == NULL || !mxIsDouble(a) || mxIsComplex(a) || mxIsSparse(a) ||
        mxGetNumberOfDimensions(a) > 2)
        mex_fail(call, "lmnet:invalidArgument", "%s must be a real, full, double matrix", what);
    *rows = (int64_t)mxGetM(a);
    *cols = (int64_t)mxGetN(a);
    return mxGetPr(a);
}

int64_t *mex_int64_vector(mex_call *call, const mxArray *a, const char *what,
                          int64_t offset, int64_t *n)
{
    int64_t rows, cols;
    const double *v = mex_double_matrix(call, a, what, &rows, &cols);
    if (rows > 1 && cols > 1) mex_fail(call, "lmnet:dimension", "%s must be a vector", what);
    *n = rows * cols;
    int64_t *out = (int64_t *)mxMalloc((size_t)(*n > 0 ? *n : 1) * sizeof(int64_t));
    for (int64_t i = 0; i < *n; i++) {
        double x = v[i] + (double)offset;
        if (!(x >= 0.0) || x > 9007199254740992.0 || x != floor(x))
            mex_fail(call, "lmnet:invalidArgument",
                     "%s must hold integers >= %lld (element %lld is %g)", what,
                     (long long)-offset, (long long)(i + 1), v[i]);
        out[i] = (int64_t)x;
    }
    return out;
}

mxArray *mex_row_string_cell(const char *const *items, int n)
{
    mxArray *c = mxCreateCellMatrix(1, (mwSize)n);
    for (int i = 0; i < n; i++) mxSetCell(c, (mwIndex)i, mxCreateString(items[i]));
    return c;
}
