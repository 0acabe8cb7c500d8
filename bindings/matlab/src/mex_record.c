/*
 * mex_record.c — native record -> struct / bytes, bytes -> native record.
 */
#include "mex_record.h"

#include <string.h>

static const char *const series_keys[] = {
    "epoch", "time", "perf", "vperf", "tperf", "mu", "gradient", "val_fail", "gamk", "ssX"};
static const char *const scalar_keys[] = {
    "num_epochs", "best_epoch", "best_perf", "best_vperf", "best_tperf", "goal", "stop_reason",
    "num_samples", "num_threads", "time_jacobian", "time_jtj", "time_solve", "time_forward",
    "time_total", "num_solves"};
static const char *const string_keys[] = {"stop", "trainFcn", "performFcn", "divideFcn"};
static const char *const index_keys[] = {"trainInd", "valInd", "testInd"};
#define COUNT(a) ((int)(sizeof(a) / sizeof((a)[0])))

static void add_field(mxArray *s, const char *name, mxArray *value)
{
    int k = mxGetFieldNumber(s, name);
    if (k < 0) k = mxAddField(s, name);
    mxSetFieldByNumber(s, 0, k, value);
}

mxArray *mex_record_to_struct(mex_call *call, const lmnet_record *rec)
{
    mxArray *s = mxCreateStructMatrix(1, 1, 0, NULL);
    int64_t epochs = 0;
    mex_check(call, lmnet_record_num_epochs(rec, &epochs), "reading the training record");

    for (int i = 0; i < COUNT(series_keys); i++) {
        mxArray *row = mxCreateDoubleMatrix(1, (mwSize)(epochs + 1), mxREAL);
        int64_t length = 0;
        lmnet_status st = lmnet_record_get_series(rec, series_keys[i], mxGetPr(row), epochs + 1, &length);
        if (st == LMNET_ERR_UNKNOWN_NAME) { mxDestroyArray(row); continue; } /* e.g. gamk for trainlm */
        mex_check(call, st, "reading the training record");
        add_field(s, series_keys[i], row);
    }
    for (int i = 0; i < COUNT(scalar_keys); i++) {
        double v = 0.0;
        lmnet_status st = lmnet_record_get_scalar(rec, scalar_keys[i], &v);
        if (st == LMNET_ERR_UNKNOWN_NAME) continue;
        mex_check(call, st, "reading the training record");
        add_field(s, scalar_keys[i], mxCreateDoubleScalar(v));
    }
    for (int i = 0; i < COUNT(string_keys); i++) {
        char buf[512];
        int64_t length = 0;
        lmnet_status st = lmnet_record_get_string(rec, string_keys[i], buf, (int64_t)sizeof buf, &length);
        if (st == LMNET_ERR_UNKNOWN_NAME) continue;
        mex_check(call, st, "reading the training record");
        add_field(s, string_keys[i], mxCreateString(buf));
    }
    for (int i = 0; i < COUNT(index_keys); i++) {
        int64_t length = 0;
        lmnet_status st = lmnet_record_get_indices(rec, index_keys[i], NULL, 0, &length);
        if (st == LMNET_ERR_UNKNOWN_NAME) continue;
        mex_check(call, st, "reading the training record");
        int64_t *buf = (int64_t *)mxMalloc((size_t)(length > 0 ? length : 1) * sizeof(int64_t));
        if (length > 0)
            mex_check(call, lmnet_record_get_indices(rec, index_keys[i], buf, length, &length),
                      "reading the training record");
        mxArray *row = mxCreateDoubleMatrix(1, (mwSize)length, mxREAL);
        for (int64_t j = 0; j < length; j++) mxGetPr(row)[j] = (double)buf[j] + 1.0; /* 1-based */
        mxFree(buf);
        add_field(s, index_keys[i], row);
    }
    return s;
}

mxArray *mex_record_to_bytes(mex_call *call, const lmnet_record *rec)
{
    /* Size query, then the bytes straight into the uint8 array MATLAB gets. */
    int64_t length = 0;
    mex_check(call, lmnet_record_save_bytes(rec, NULL, 0, &length), "writing the training record to memory");
    mxArray *bytes = mxCreateNumericMatrix((mwSize)length, 1, mxUINT8_CLASS, mxREAL);
    lmnet_status st = lmnet_record_save_bytes(rec, (uint8_t *)mxGetData(bytes), length, &length);
    if (st != LMNET_OK) mxDestroyArray(bytes);
    mex_check(call, st, "writing the training record to memory");
    return bytes;
}

lmnet_record *mex_record_from_bytes(mex_call *call, const mxArray *bytes)
{
    if (bytes == NULL || mxIsEmpty(bytes)) return NULL;
    if (!mxIsUint8(bytes) || mxIsComplex(bytes) || mxIsSparse(bytes))
        mex_fail(call, "lmnet:invalidArgument", "the training record bytes must be uint8 (as train returned them)");
    lmnet_record *rec = NULL;
    lmnet_status st = lmnet_record_load_bytes((const uint8_t *)mxGetData(bytes),
                                              (int64_t)mxGetNumberOfElements(bytes), &rec);
    mex_own_record(call, rec);
    mex_check(call, st, "reading the training record");
    return rec;
}
