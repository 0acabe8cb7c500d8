/*
 * mex_record.h — the training record (MATLAB's tr) as a plain struct, and as
 * bytes. The C API has no record constructor, so a record that must survive
 * between MEX calls (to be saved with lmnet.save later) is carried as the
 * bytes of the library's own record file (lmnet_record_save), written to and
 * read from a scratch path the caller provides.
 */
#ifndef LMNET_MEX_RECORD_H
#define LMNET_MEX_RECORD_H

#include "mex_support.h"

/* Struct with the record's series (1 x (num_epochs+1) rows), scalars, strings
 * and 1-based division indices; keys the library does not know are left out. */
mxArray *mex_record_to_struct(mex_call *call, const lmnet_record *rec);
/* uint8 column with the record file's bytes; [] if the library cannot write it. */
mxArray *mex_record_to_bytes(mex_call *call, const lmnet_record *rec, const char *scratch_path);
/* A record owned by call, rebuilt from bytes; NULL when bytes is empty. */
lmnet_record *mex_record_from_bytes(mex_call *call, const mxArray *bytes, const char *scratch_path);

#endif
