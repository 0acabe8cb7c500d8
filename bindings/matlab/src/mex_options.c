/*
 * mex_options.c — flat options struct <-> native lmnet_options (see mex_options.h).
 */
#include "mex_options.h"

#include <stdio.h>
#include <string.h>

static const char *const numeric_keys[] = {
    "epochs", "goal", "max_fail", "min_grad", "mu", "mu_dec", "mu_inc", "mu_max", "time", "show",
    "trainRatio", "valRatio", "testRatio", "regularization", "seed"};
static const char *const string_keys[] = {"trainFcn", "divideFcn", "performFcn"};
static const char *const index_keys[] = {"trainInd", "valInd", "testInd"};
#define COUNT(a) ((int)(sizeof(a) / sizeof((a)[0])))

static int is_index_key(const char *key)
{
    for (int i = 0; i < COUNT(index_keys); i++)
        if (strcmp(key, index_keys[i]) == 0) return 1;
    return 0;
}

static void apply_field(mex_call *call, lmnet_options *opts, const char *key, const mxArray *value)
{
    char what[128];
    snprintf(what, sizeof what, "option '%s'", key);
    if (mxIsChar(value)) {
        char *text = mex_string(call, value, what);
        mex_check(call, lmnet_options_set_string(opts, key, text), what);
        mxFree(text);
    } else if (is_index_key(key)) {
        int64_t n = 0;
        int64_t *indices = mex_int64_vector(call, value, what, -1, &n); /* 1-based -> 0-based */
        mex_check(call, lmnet_options_set_indices(opts, key, indices, n), what);
        mxFree(indices);
    } else {
        mex_check(call, lmnet_options_set(opts, key, mex_scalar(call, value, what)), what);
    }
}

lmnet_options *mex_options_from_struct(mex_call *call, const mxArray *s)
{
    lmnet_options *opts = NULL;
    mex_check(call, lmnet_options_create(&opts), "creating options");
    mex_own_options(call, opts);
    if (s == NULL || mxIsEmpty(s)) return opts;
    if (!mxIsStruct(s) || mxGetNumberOfElements(s) != 1)
        mex_fail(call, "lmnet:invalidArgument", "options must be a scalar struct");

    const mxArray *train_fcn = mxGetField(s, 0, "trainFcn");
    if (train_fcn != NULL) apply_field(call, opts, "trainFcn", train_fcn);
    int fields = mxGetNumberOfFields(s);
    for (int i = 0; i < fields; i++) {
        const char *key = mxGetFieldNameByNumber(s, i);
        if (strcmp(key, "trainFcn") == 0) continue;
        apply_field(call, opts, key, mxGetFieldByNumber(s, 0, i));
    }
    return opts;
}

static mxArray *string_option(mex_call *call, const lmnet_options *opts, const char *key)
{
    char buf[256];
    int64_t length = 0;
    mex_check(call, lmnet_options_get_string(opts, key, buf, (int64_t)sizeof buf, &length), "reading options");
    return mxCreateString(buf);
}

static mxArray *index_option(mex_call *call, const lmnet_options *opts, const char *key)
{
    int64_t length = 0;
    mex_check(call, lmnet_options_get_indices(opts, key, NULL, 0, &length), "reading options");
    int64_t *buf = (int64_t *)mxMalloc((size_t)(length > 0 ? length : 1) * sizeof(int64_t));
    if (length > 0) mex_check(call, lmnet_options_get_indices(opts, key, buf, length, &length), "reading options");
    mxArray *row = mxCreateDoubleMatrix(1, (mwSize)length, mxREAL);
    for (int64_t i = 0; i < length; i++) mxGetPr(row)[i] = (double)buf[i] + 1.0;
    mxFree(buf);
    return row;
}

mxArray *mex_options_to_struct(mex_call *call, const lmnet_options *opts)
{
    const char *names[COUNT(numeric_keys) + COUNT(string_keys) + COUNT(index_keys)];
    int n = 0;
    for (int i = 0; i < COUNT(string_keys); i++) names[n++] = string_keys[i];
    for (int i = 0; i < COUNT(numeric_keys); i++) names[n++] = numeric_keys[i];
    for (int i = 0; i < COUNT(index_keys); i++) names[n++] = index_keys[i];
    mxArray *s = mxCreateStructMatrix(1, 1, n, names);
    for (int i = 0; i < COUNT(string_keys); i++)
        mxSetField(s, 0, string_keys[i], string_option(call, opts, string_keys[i]));
    for (int i = 0; i < COUNT(numeric_keys); i++) {
        double v = 0.0;
        mex_check(call, lmnet_options_get(opts, numeric_keys[i], &v), "reading options");
        mxSetField(s, 0, numeric_keys[i], mxCreateDoubleScalar(v));
    }
    for (int i = 0; i < COUNT(index_keys); i++)
        mxSetField(s, 0, index_keys[i], index_option(call, opts, index_keys[i]));
    return s;
}
