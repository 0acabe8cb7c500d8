/*
 * mex_options.h — training options cross the MEX boundary as a flat struct
 * keyed by the C library's option keys ("trainFcn", "epochs", "divideFcn",
 * "trainRatio", "trainInd", "regularization", "seed", ...). Char values are
 * string options, "trainInd"/"valInd"/"testInd" are 1-based index vectors
 * (converted to 0-based here), every other field is a real scalar.
 * "trainFcn" is applied first because it resets the training parameters.
 */
#ifndef LMNET_MEX_OPTIONS_H
#define LMNET_MEX_OPTIONS_H

#include "mex_support.h"

/* New native options owned by call; s may be NULL or [] for the defaults. */
lmnet_options *mex_options_from_struct(mex_call *call, const mxArray *s);
/* Every known option of opts, in the same flat form (indices 1-based). */
mxArray *mex_options_to_struct(mex_call *call, const lmnet_options *opts);

#endif
