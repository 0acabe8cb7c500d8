/*
 * mex_record.h — the training record (MATLAB's tr) as a plain struct, and as
 * bytes. A record that must survive between MEX calls (tr.lmnet.record, saved
 * later by lmnet.saveModel) is carried as the bytes of the library's own record
 * file, made and read in memory (lmnet_record_save_bytes / _load_bytes).
 */
#ifndef LMNET_MEX_RECORD_H
#define LMNET_MEX_RECORD_H

#include "mex_support.h"

/* Struct with the record's series (1 x (num_epochs+1) rows), scalars, strings
 * and 1-based division indices; keys the library does not know are left out. */
mxArray *mex_record_to_struct(mex_call *call, const lmnet_record *rec);
/* uint8 column with the record file's bytes. */
mxArray *mex_record_to_bytes(mex_call *call, const lmnet_record *rec);
/* A record owned by call, rebuilt (and validated) from bytes; NULL when bytes is empty. */
lmnet_record *mex_record_from_bytes(mex_call *call, const mxArray *bytes);

#endif
