/*
 * mex_record.c — native record -> struct / bytes, bytes -> native record.
 */
#include "mex_record.h"

#include <stdio.h>
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

mxArray *mex_record_to_bytes(mex_call *call, const lmnet_record *rec, const char *scratch_path)
{
    if (scratch_path == NULL || scratch_path[0] == '\0') return mxCreateNumericMatrix(0, 0, mxUINT8_CLASS, mxREAL);
    mex_own_scratch_file(call, scratch_path);
    if (lmnet_record_save(rec, scratch_path) != LMNET_OK)
        return mxCreateNumericMatrix(0, 0, mxUINT8_CLASS, mxREAL);
    FILE *f = fopen(scratch_path, "rb");
    if (f == NULL) return mxCreateNumericMatrix(0, 0, mxUINT8_CLASS, mxREAL);
    long size = -1;
    if (fseek(f, 0, SEEK_END) == 0) size = ftell(f);
    mxArray *bytes = mxCreateNumericMatrix(size > 0 ? (mwSize)size : 0, size > 0 ? 1 : 0, mxUINT8_CLASS, mxREAL);
    if (size > 0 && (fseek(f, 0, SEEK_SET) != 0 ||
                     fread(mxGetData(bytes), 1, (size_t)size, f) != (size_t)size)) {
        mxDestroyArray(bytes);
        bytes = mxCreateNumericMatrix(0, 0, mxUINT8_CLASS, mxREAL);
    }
    fclose(f);
    return bytes;
}

lmnet_record *mex_record_from_bytes(mex_call *call, const mxArray *bytes, const char *scratch_path)
{
    if (bytes == NULL || mxIsEmpty(bytes)) return NULL;
    if (!mxIsUint8(bytes))
        mex_fail(call, "lmnet:invalidArgument", "the training record bytes must be uint8 (as train returned them)");
    mex_own_scratch_file(call, scratch_path);
    FILE *f = fopen(scratch_path, "wb");
    if (f == NULL) mex_fail(call, "lmnet:io", "cannot write the scratch file '%s'", scratch_path);
    size_t n = mxGetNumberOfElements(bytes);
    size_t written = fwrite(mxGetData(bytes), 1, n, f);
    if (fclose(f) != 0 || written != n) mex_fail(call, "lmnet:io", "cannot write the scratch file '%s'", scratch_path);
    lmnet_record *rec = NULL;
    mex_check(call, lmnet_record_load(scratch_path, &rec), "reading the training record");
    mex_own_record(call, rec);
    return rec;
}
