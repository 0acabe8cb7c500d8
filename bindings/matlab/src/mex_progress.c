/*
 * mex_progress.c — command-line training progress (see mex_progress.h).
 * Line format, as the toolbox prints it:
 *   Epoch 25/1000, Time 0.41, Performance 1.2e-05/0, Gradient 0.0031/1e-07,
 *   Mu 1e-05/10000000000, Validation Checks 0/6
 */
#include "mex_progress.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

void mex_format_number(char *buf, size_t capacity, double v)
{
    if (isnan(v)) { snprintf(buf, capacity, "NaN"); return; }
    if (isinf(v)) { snprintf(buf, capacity, v > 0 ? "Inf" : "-Inf"); return; }
    if (v == floor(v) && fabs(v) < 1e15) { snprintf(buf, capacity, "%.0f", v); return; }
    /* num2str: significant digits = max(floor(log10|v|) + 5, 5). */
    int digits = (int)floor(log10(fabs(v))) + 5;
    if (digits < 5) digits = 5;
    if (digits > 17) digits = 17;
    snprintf(buf, capacity, "%.*g", digits, v);
}

static double option_or_nan(const lmnet_options *opts, const char *key)
{
    double v = NAN;
    if (lmnet_options_get(opts, key, &v) != LMNET_OK) return NAN;
    return v;
}

void mex_progress_init(mex_call *call, mex_progress *p, const lmnet_options *opts, double show)
{
    memset(p, 0, sizeof *p);
    p->show = show;
    p->epochs = option_or_nan(opts, "epochs");
    p->goal = option_or_nan(opts, "goal");
    p->min_grad = option_or_nan(opts, "min_grad");
    p->mu_max = option_or_nan(opts, "mu_max");
    p->max_fail = option_or_nan(opts, "max_fail");
    char name[32] = "trainlm";
    int64_t length = 0;
    mex_check(call, lmnet_options_get_string(opts, "trainFcn", name, (int64_t)sizeof name, &length),
              "reading trainFcn");
    p->bayesian = strcmp(name, "trainbr") == 0;
    for (size_t i = 0; i < sizeof p->train_fcn - 1 && name[i] != '\0'; i++)
        p->train_fcn[i] = (char)toupper((unsigned char)name[i]);
}

static double value(const lmnet_record *rec, const char *key)
{
    double v = NAN;
    if (lmnet_record_get_value(rec, key, -1, &v) != LMNET_OK) return NAN;
    return v;
}

int mex_progress_print(const lmnet_record *rec, void *user)
{
    mex_progress *p = (mex_progress *)user;
    if (p->finished) return 0;
    double epoch = value(rec, "epoch");
    double stop_reason = 0.0;
    if (lmnet_record_get_scalar(rec, "stop_reason", &stop_reason) != LMNET_OK) stop_reason = 0.0;
    int last = stop_reason != (double)LMNET_STOP_NONE;

    if (epoch == 0.0) mexPrintf("Training with %s.\n", p->train_fcn);
    int periodic = p->show > 0 && !isnan(p->show) && fmod(epoch, p->show) == 0.0;
    if (periodic || last) {
        char e[48], ep[48], t[48], pf[48], g[48], gr[48], mg[48], mu[48], mm[48], c3[48], c4[48];
        mex_format_number(e, sizeof e, epoch);
        mex_format_number(ep, sizeof ep, p->epochs);
        mex_format_number(t, sizeof t, value(rec, "time"));
        mex_format_number(pf, sizeof pf, value(rec, "perf"));
        mex_format_number(g, sizeof g, p->goal);
        mex_format_number(gr, sizeof gr, value(rec, "gradient"));
        mex_format_number(mg, sizeof mg, p->min_grad);
        mex_format_number(mu, sizeof mu, value(rec, "mu"));
        mex_format_number(mm, sizeof mm, p->mu_max);
        if (p->bayesian) {
            mex_format_number(c3, sizeof c3, value(rec, "gamk"));
            mex_format_number(c4, sizeof c4, value(rec, "ssX"));
            mexPrintf("Epoch %s/%s, Time %s, Performance %s/%s, Gradient %s/%s, Mu %s/%s, "
                      "Effective # Param %s, Sum Squared Param %s\n",
                      e, ep, t, pf, g, gr, mg, mu, mm, c3, c4);
        } else {
            mex_format_number(c3, sizeof c3, value(rec, "val_fail"));
            mex_format_number(c4, sizeof c4, p->max_fail);
            mexPrintf("Epoch %s/%s, Time %s, Performance %s/%s, Gradient %s/%s, Mu %s/%s, "
                      "Validation Checks %s/%s\n",
                      e, ep, t, pf, g, gr, mg, mu, mm, c3, c4);
        }
    }
    if (last) {
        char stop[256] = "";
        int64_t length = 0;
        if (lmnet_record_get_string(rec, "stop", stop, (int64_t)sizeof stop, &length) != LMNET_OK) stop[0] = '\0';
        mexPrintf("Training with %s completed: %s\n", p->train_fcn, stop);
        p->finished = 1;
    }
    return 0;
}
