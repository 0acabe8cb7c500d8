function state = nativeState(net, withWeights)
% nativeState  The plain struct lmnet_mex rebuilds the native network from
% (fields documented in src/mex_network.h). withWeights = false leaves the
% weights out (configure and init replace them anyway).
  if nargin < 2, withWeights = true; end
  L = numel(net.layers);
  state = struct();
  state.hiddenSizes = zeros(1, L - 1);
  for k = 1:L - 1
    state.hiddenSizes(k) = net.layers{k}.size;
  end
  state.transferFcns = cell(1, L);
  for k = 1:L
    state.transferFcns{k} = net.layers{k}.transferFcn;
  end
  state.inputProcessFcns = join_fcns(net.inputs{1}.processFcns, 'net.inputs{1}.processFcns');
  state.outputProcessFcns = join_fcns(net.outputs{end}.processFcns, 'net.outputs{end}.processFcns');
  state.configured = isConfigured(net);
  state.inputRange = double(net.inputs{1}.range);
  state.outputRange = double(net.outputs{end}.range);
  if withWeights && state.configured
    state.weights = getwb(net);
  else
    state.weights = zeros(0, 1);
  end
end

function text = join_fcns(fcns, what)
  if ischar(fcns)
    fcns = {fcns};
  end
  if ~iscell(fcns) || ~all(cellfun(@ischar, fcns))
    error('lmnet:invalidArgument', '%s must be a cell array of function names', what);
  end
  text = strjoin(fcns(:)', ',');
end
