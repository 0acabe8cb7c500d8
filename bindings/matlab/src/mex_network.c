/*
 * mex_network.c — native network <-> plain struct (see mex_network.h).
 * Rebuild order: create (hidden sizes) -> transfer functions -> processing
 * functions -> processing settings (this configures) -> weights.
 */
#include "mex_network.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

static const char *const state_fields[] = {
    "hiddenSizes", "transferFcns", "inputProcessFcns", "outputProcessFcns", "configured",
    "inputRange", "outputRange", "weights", "layerSizes", "layerInputs",
    "numInputs", "numOutputs", "numWeightElements"};
#define STATE_FIELD_COUNT ((int)(sizeof state_fields / sizeof state_fields[0]))

static int64_t *read_hidden_sizes(mex_call *call, const mxArray *a, int64_t *count)
{
    int64_t rows, cols;
    const double *v = mex_double_matrix(call, a, "hidden layer sizes", &rows, &cols);
    if (rows > 1 && cols > 1) mex_fail(call, "lmnet:dimension", "hidden layer sizes must be a vector");
    *count = rows * cols;
    int64_t *sizes = (int64_t *)mxMalloc((size_t)(*count > 0 ? *count : 1) * sizeof(int64_t));
    for (int64_t i = 0; i < *count; i++) {
        if (!(v[i] >= 1.0) || v[i] > 1e9 || v[i] != floor(v[i]))
            mex_fail(call, "lmnet:invalidArgument",
                     "layer sizes must be positive integers (hidden layer %lld has size %g)",
                     (long long)(i + 1), v[i]);
        sizes[i] = (int64_t)v[i];
    }
    return sizes;
}

static void apply_transfer_fcns(mex_call *call, lmnet_network *net, const mxArray *fcns, int64_t layers)
{
    if (!mxIsCell(fcns) || (int64_t)mxGetNumberOfElements(fcns) != layers)
        mex_fail(call, "lmnet:dimension", "transfer functions: expected a cell with %lld names (one per layer)",
                 (long long)layers);
    for (int64_t k = 1; k <= layers; k++) {
        char what[64];
        snprintf(what, sizeof what, "net.layers{%lld}.transferFcn", (long long)k);
        char *name = mex_string(call, mxGetCell(fcns, (mwIndex)(k - 1)), what);
        mex_check(call, lmnet_network_set_transfer_fcn(net, k, name), what);
        mxFree(name);
    }
}

static void apply_range(mex_call *call, lmnet_network *net, int32_t side, const mxArray *range)
{
    const char *what = side == LMNET_INPUT ? "net.inputs{1}.range" : "net.outputs{end}.range";
    int64_t rows, cols;
    const double *r = mex_double_matrix(call, range, what, &rows, &cols);
    if (cols != 2 || rows < 1) mex_fail(call, "lmnet:dimension", "%s must be an N-by-2 matrix [min max]", what);
    /* Column-major N x 2: first column the minima, second the maxima. */
    mex_check(call, lmnet_network_set_process_settings(net, side, r, r + rows, rows), what);
}

lmnet_network *mex_network_from_state(mex_call *call, const mxArray *state, mex_state_part part)
{
    const char *what = "network state";
    int64_t hidden_count;
    int64_t *hidden = read_hidden_sizes(call, mex_field(call, state, "hiddenSizes", what), &hidden_count);
    lmnet_network *net = NULL;
    mex_check(call, lmnet_network_create(hidden, hidden_count, &net), "creating the network");
    mex_own_network(call, net);
    mxFree(hidden);

    apply_transfer_fcns(call, net, mex_field(call, state, "transferFcns", what), hidden_count + 1);

    char *in_fcns = mex_string(call, mex_field(call, state, "inputProcessFcns", what), "net.inputs{1}.processFcns");
    mex_check(call, lmnet_network_set_process_fcns(net, LMNET_INPUT, in_fcns), "net.inputs{1}.processFcns");
    mxFree(in_fcns);
    char *out_fcns = mex_string(call, mex_field(call, state, "outputProcessFcns", what), "net.outputs{end}.processFcns");
    mex_check(call, lmnet_network_set_process_fcns(net, LMNET_OUTPUT, out_fcns), "net.outputs{end}.processFcns");
    mxFree(out_fcns);

    if (part == MEX_STATE_STRUCTURE || !mex_logical(call, mex_field(call, state, "configured", what), "configured"))
        return net;

    apply_range(call, net, LMNET_INPUT, mex_field(call, state, "inputRange", what));
    apply_range(call, net, LMNET_OUTPUT, mex_field(call, state, "outputRange", what));
    if (part == MEX_STATE_RANGES) return net;

    int64_t expected = 0, rows, cols;
    mex_check(call, lmnet_network_num_weights(net, &expected), "counting weights");
    const double *w = mex_double_matrix(call, mex_field(call, state, "weights", what), "weights", &rows, &cols);
    if (rows * cols != expected)
        mex_fail(call, "lmnet:dimension",
                 "the network has %lld weights and biases for its layer sizes and processed "
                 "input/output sizes, but %lld values were given (IW, LW and b do not match the "
                 "configuration; call configure or init)",
                 (long long)expected, (long long)(rows * cols));
    mex_check(call, lmnet_network_set_weights(net, w, expected), "setting weights");
    return net;
}

static mxArray *scalar(double v) { return mxCreateDoubleScalar(v); }

static mxArray *transfer_fcn_name(mex_call *call, const lmnet_network *net, int64_t layer)
{
    char buf[256];
    int64_t length = 0;
    mex_check(call, lmnet_network_get_transfer_fcn(net, layer, buf, (int64_t)sizeof buf, &length),
              "reading a transfer function");
    return mxCreateString(buf);
}

static mxArray *process_fcns_text(mex_call *call, const lmnet_network *net, int32_t side)
{
    char small[256];
    int64_t length = 0;
    lmnet_status st = lmnet_network_get_process_fcns(net, side, small, (int64_t)sizeof small, &length);
    if (st != LMNET_ERR_BUFFER_TOO_SMALL) {
        mex_check(call, st, "reading processing functions");
        return mxCreateString(small);
    }
    char *big = (char *)mxMalloc((size_t)length + 1);
    mex_check(call, lmnet_network_get_process_fcns(net, side, big, length + 1, &length),
              "reading processing functions");
    mxArray *s = mxCreateString(big);
    mxFree(big);
    return s;
}

static mxArray *range_matrix(mex_call *call, const lmnet_network *net, int32_t side, int64_t n)
{
    mxArray *m = mxCreateDoubleMatrix((mwSize)n, 2, mxREAL);
    if (n > 0) {
        double *p = mxGetPr(m);
        mex_check(call, lmnet_network_get_process_settings(net, side, p, p + n, n), "reading processing settings");
    }
    return m;
}

mxArray *mex_network_to_state(mex_call *call, const lmnet_network *net)
{
    int64_t layers = 0, inputs = 0, outputs = 0, weights = 0;
    int32_t configured = 0;
    mex_check(call, lmnet_network_num_layers(net, &layers), "reading the network");
    mex_check(call, lmnet_network_num_inputs(net, &inputs), "reading the network");
    mex_check(call, lmnet_network_num_outputs(net, &outputs), "reading the network");
    mex_check(call, lmnet_network_num_weights(net, &weights), "reading the network");
    mex_check(call, lmnet_network_is_configured(net, &configured), "reading the network");

    mxArray *s = mxCreateStructMatrix(1, 1, STATE_FIELD_COUNT, (const char **)state_fields);
    mxArray *hidden = mxCreateDoubleMatrix(1, (mwSize)(layers - 1), mxREAL);
    mxArray *sizes = mxCreateDoubleMatrix(1, (mwSize)layers, mxREAL);
    mxArray *layer_inputs = mxCreateDoubleMatrix(1, (mwSize)layers, mxREAL);
    mxArray *fcns = mxCreateCellMatrix(1, (mwSize)layers);
    double accounted = 0.0; /* weights of layers 2..L */
    for (int64_t k = 1; k <= layers; k++) {
        int64_t size = 0;
        mex_check(call, lmnet_network_layer_size(net, k, &size), "reading a layer size");
        mxGetPr(sizes)[k - 1] = (double)size;
        if (k < layers) mxGetPr(hidden)[k - 1] = (double)size;
        if (k > 1) {
            mxGetPr(layer_inputs)[k - 1] = mxGetPr(sizes)[k - 2];
            accounted += (double)size * (mxGetPr(sizes)[k - 2] + 1.0);
        }
        mxSetCell(fcns, (mwIndex)(k - 1), transfer_fcn_name(call, net, k));
    }
    /* numWeightElements = S_1 (in_1 + 1) + (weights of the later layers). */
    double s1 = mxGetPr(sizes)[0];
    mxGetPr(layer_inputs)[0] = (configured && s1 > 0) ? ((double)weights - accounted) / s1 - 1.0 : 0.0;

    mxArray *w = mxCreateDoubleMatrix((mwSize)weights, 1, mxREAL);
    if (weights > 0) mex_check(call, lmnet_network_get_weights(net, mxGetPr(w), weights), "reading weights");

    mxSetField(s, 0, "hiddenSizes", hidden);
    mxSetField(s, 0, "transferFcns", fcns);
    mxSetField(s, 0, "inputProcessFcns", process_fcns_text(call, net, LMNET_INPUT));
    mxSetField(s, 0, "outputProcessFcns", process_fcns_text(call, net, LMNET_OUTPUT));
    mxSetField(s, 0, "configured", mxCreateLogicalScalar(configured != 0));
    mxSetField(s, 0, "inputRange", range_matrix(call, net, LMNET_INPUT, configured ? inputs : 0));
    mxSetField(s, 0, "outputRange", range_matrix(call, net, LMNET_OUTPUT, configured ? outputs : 0));
    mxSetField(s, 0, "weights", w);
    mxSetField(s, 0, "layerSizes", sizes);
    mxSetField(s, 0, "layerInputs", layer_inputs);
    mxSetField(s, 0, "numInputs", scalar((double)inputs));
    mxSetField(s, 0, "numOutputs", scalar((double)outputs));
    mxSetField(s, 0, "numWeightElements", scalar((double)weights));
    return s;
}
