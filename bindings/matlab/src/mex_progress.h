/*
 * mex_progress.h — MATLAB-like command-line progress for train when
 * net.trainParam.showCommandLine is true: a header line, one line every `show`
 * epochs and at the last epoch, then "Training with TRAINLM completed: <stop>".
 * The callback only prints (mexPrintf); it never raises a MATLAB error, since
 * it runs inside the library.
 */
#ifndef LMNET_MEX_PROGRESS_H
#define LMNET_MEX_PROGRESS_H

#include "mex_support.h"

typedef struct mex_progress {
    double show;            /* epochs between lines; NaN or <= 0: only the last */
    double epochs, goal, min_grad, mu_max, max_fail;
    int bayesian;           /* trainbr: effective parameters instead of validation checks */
    char train_fcn[32];     /* upper case, e.g. "TRAINLM" */
    int finished;           /* the closing line was printed */
} mex_progress;

/* Fills the limits shown after each '/' from the options. */
void mex_progress_init(mex_call *call, mex_progress *p, const lmnet_options *opts, double show);
/* lmnet_progress_fn; user is a mex_progress*. Always returns 0 (continue). */
int mex_progress_print(const lmnet_record *rec, void *user);

/* MATLAB num2str-like text of a scalar: integers in full, others with at
 * least 5 significant digits. */
void mex_format_number(char *buf, size_t capacity, double v);

#endif
