function net = applyNativeState(net, state)
% applyNativeState  Copy what lmnet_mex read back from the native network
% (sizes, processing settings, weights) into the MATLAB-shaped properties.
  L = numel(state.layerSizes);
  if numel(net.layers) ~= L
    error('lmnet:internal', 'the native network has %d layers, the object %d', L, numel(net.layers));
  end
  layers = net.layers;
  for k = 1:L
    layers{k}.size = state.layerSizes(k);
    layers{k}.transferFcn = state.transferFcns{k};
  end
  net.layers = layers;

  in = net.inputs{1};
  in.processFcns = split_fcns(state.inputProcessFcns);
  in.size = state.numInputs;
  in.range = state.inputRange;
  [in.processSettings, in.processedRange] = lmnet.internal.process_settings(in.processFcns, state.inputRange);
  in.processedSize = size(in.processedRange, 1);
  net.inputs{1} = in;

  out = net.outputs{L};
  out.processFcns = split_fcns(state.outputProcessFcns);
  out.size = state.numOutputs;
  out.range = state.outputRange;
  [out.processSettings, out.processedRange] = lmnet.internal.process_settings(out.processFcns, state.outputRange);
  out.processedSize = size(out.processedRange, 1);
  net.outputs{L} = out;

  % Flat vector in getwb order: per layer its bias, then its weights column-major.
  w = state.weights;
  offset = 0;
  for k = 1:L
    S = state.layerSizes(k);
    if state.configured
      R = state.layerInputs(k);
    elseif k == 1
      R = 0;
    else
      R = state.layerSizes(k - 1);
    end
    if state.configured
      net.b{k} = w(offset + (1:S));
      W = reshape(w(offset + S + (1:S * R)), S, R);
      offset = offset + S * (R + 1);
    else
      net.b{k} = zeros(S, 1);
      W = zeros(S, R);
    end
    if k == 1
      net.IW{1, 1} = W;
    else
      net.LW{k, k - 1} = W;
    end
  end
end

function fcns = split_fcns(text)
  if isempty(text)
    fcns = {};
  else
    fcns = strsplit(text, ',');
  end
end
