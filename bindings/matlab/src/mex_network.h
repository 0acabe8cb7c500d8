/*
 * mex_network.h — the network crosses the MEX boundary as a plain struct
 * (the "state"); these functions rebuild a native network from it and read one
 * back into it. Fields of the state (all MATLAB orientation):
 *   hiddenSizes        1 x H double, positive integers
 *   transferFcns       1 x (H+1) cell of char (layer 1 .. output layer)
 *   inputProcessFcns   char, comma-separated ("removeconstantrows,mapminmax")
 *   outputProcessFcns  char
 *   configured         logical scalar
 *   inputRange         R x 2 double [xmin xmax] per input row   (when configured)
 *   outputRange        S x 2 double [xmin xmax] per target row  (when configured)
 *   weights            numWeightElements x 1 double, getwb order (when configured)
 * Read back only (ignored on input):
 *   layerSizes 1 x L, layerInputs 1 x L (inputs of each layer after
 *   processing), numInputs, numOutputs, numWeightElements.
 */
#ifndef LMNET_MEX_NETWORK_H
#define LMNET_MEX_NETWORK_H

#include "mex_support.h"

/* How much of the state to apply. */
typedef enum mex_state_part {
    MEX_STATE_STRUCTURE = 0, /* layers and processing functions: unconfigured (for configure) */
    MEX_STATE_RANGES = 1,    /* ... plus processing settings when configured (for init) */
    MEX_STATE_ALL = 2        /* ... plus the weights */
} mex_state_part;

/* A new native network owned by call. */
lmnet_network *mex_network_from_state(mex_call *call, const mxArray *state, mex_state_part part);
mxArray *mex_network_to_state(mex_call *call, const lmnet_network *net);

#endif
