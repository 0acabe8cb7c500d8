classdef Network
% lmnet.Network  A feed-forward fitting network with the properties and
% methods of the toolbox's network object that fitnet scripts use.
%
% Create one with lmnet.fitnet or lmnet.feedforwardnet. Methods (they dispatch
% on the object, so no package prefix is needed): train, sim, net(x), perform,
% configure, init, getwb, setwb, toStruct; static fromStruct.
%
% The object is a value: every method returns the changed network. The native
% network of liblmnet exists only during one lmnet_mex call; between calls the
% network is the plain data below (weights in IW, LW and b, processing settings
% in inputs{1}.range and outputs{end}.range).

  properties
    name = 'Feed-Forward Neural Network'
    numInputs = 1
    numLayers = 2
    numOutputs = 1
    inputs = {}          % {1x1}: size, range [min max] per row, processFcns, processSettings, ...
    layers = {}          % {numLayers x 1}: name, size, transferFcn, initFcn, netInputFcn
    outputs = {}         % {1 x numLayers}: [] except the output layer's
    biasConnect = []
    inputConnect = []
    layerConnect = []
    outputConnect = []
    initFcn = 'initlay'
    divideFcn = 'dividerand'
    divideMode = 'sample'
    divideParam = struct('trainRatio', 0.7, 'valRatio', 0.15, 'testRatio', 0.15)
    performFcn = 'mse'
    performParam = struct('regularization', 0, 'normalization', 'none')
    trainFcn = 'trainlm'
    trainParam = struct()
    plotFcns = {'plotperform', 'plottrainstate', 'ploterrhist', 'plotregression'}
    IW = {}              % IW{1,1}: S1 x R' (R' inputs left after processing)
    LW = {}              % LW{k,k-1}: Sk x S(k-1)
    b = {}               % b{k}: Sk x 1
    userdata = struct('note', 'Put your custom information here.')
  end

  properties (Dependent)
    numWeightElements
  end

  methods
    function net = Network(hiddenSizes, trainFcn, kind)
      % Network(hiddenSizes, trainFcn, kind) with kind 'fitnet' or 'feedforwardnet'.
      if nargin < 1, hiddenSizes = 10; end
      if nargin < 2 || isempty(trainFcn), trainFcn = 'trainlm'; end
      if nargin < 3, kind = 'feedforwardnet'; end
      check_hidden_sizes(hiddenSizes);
      sizes = [hiddenSizes(:)' 0];
      if sum(sizes(1:end - 1) .* [0 sizes(1:end - 2)]) > 2^27
        error('lmnet:outOfMemory', 'hidden layers of sizes %s need more weights than fit in memory', ...
              mat2str(hiddenSizes));
      end
      L = numel(sizes);
      net.numLayers = L;
      layers = cell(L, 1);
      for k = 1:L
        if k < L
          layers{k} = layer_struct(sprintf('Hidden Layer %d', k), sizes(k), 'tansig');
        else
          layers{k} = layer_struct('Output Layer', 0, 'purelin');
        end
      end
      net.layers = layers;
      net.inputs = {struct('name', 'Input', 'size', 0, 'range', zeros(0, 2), ...
                           'processFcns', {{'removeconstantrows', 'mapminmax'}}, ...
                           'processSettings', {{}}, 'processedSize', 0, 'processedRange', zeros(0, 2))};
      outputs = cell(1, L);
      outputs{L} = struct('name', 'Output', 'size', 0, 'range', zeros(0, 2), ...
                          'processFcns', {{'removeconstantrows', 'mapminmax'}}, ...
                          'processSettings', {{}}, 'processedSize', 0, 'processedRange', zeros(0, 2));
      net.outputs = outputs;
      net.biasConnect = ones(L, 1);
      net.inputConnect = [1; zeros(L - 1, 1)];
      net.layerConnect = diag(ones(L - 1, 1), -1);
      net.outputConnect = [zeros(1, L - 1) 1];
      net.IW = cell(L, 1);
      net.IW{1, 1} = zeros(sizes(1), 0);
      net.LW = cell(L, L);
      for k = 2:L
        net.LW{k, k - 1} = zeros(sizes(k), sizes(k - 1));
      end
      net.b = arrayfun(@(s) zeros(s, 1), sizes(:), 'UniformOutput', false);
      if strcmp(kind, 'fitnet')
        net.name = 'Function Fitting Neural Network';
        net.plotFcns = {'plotperform', 'plottrainstate', 'ploterrhist', 'plotregression', 'plotfit'};
      end
      net.trainFcn = trainFcn;   % also sets trainParam to that function's defaults
    end

    function n = get.numWeightElements(net)
      n = 0;
      for k = 1:numel(net.b)
        n = n + numel(net.b{k});
      end
      n = n + numel(net.IW{1, 1});
      for k = 2:size(net.LW, 1)
        n = n + numel(net.LW{k, k - 1});
      end
    end

    function net = set.trainFcn(net, value)
      % As in the toolbox, choosing a training function resets trainParam to its defaults.
      defaults = lmnet_mex('options', struct('trainFcn', check_text(value, 'net.trainFcn')));
      net.trainFcn = defaults.trainFcn;
      net.trainParam = train_param_from_options(defaults);
    end

    function net = set.divideFcn(net, value)
      % As in the toolbox, choosing a division function resets divideParam.
      defaults = lmnet_mex('options', struct('divideFcn', check_text(value, 'net.divideFcn')));
      net.divideFcn = defaults.divideFcn;
      net.divideParam = divide_param_defaults(net.divideFcn, defaults);
    end

    function net = set.performFcn(net, value)
      defaults = lmnet_mex('options', struct('performFcn', check_text(value, 'net.performFcn')));
      net.performFcn = defaults.performFcn;
    end

    function net = set.layers(net, value)
      check_layers(value, net.numLayers);
      net.layers = value;
      if ~isempty(net.inputs) && ~isConfigured(net)
        % Unconfigured weights are empty placeholders that follow the layer sizes.
        sizes = cellfun(@(l) l.size, value(:)');
        net.IW{1, 1} = zeros(sizes(1), 0);
        for k = 2:numel(sizes)
          net.LW{k, k - 1} = zeros(sizes(k), sizes(k - 1));
        end
        net.b = arrayfun(@(n) zeros(n, 1), sizes(:), 'UniformOutput', false);
      end
    end

    % Methods defined in their own files.
    [net, tr] = train(net, x, t, varargin)
    y = sim(net, x, varargin)
    perf = perform(net, t, y, ew)
    net = configure(net, x, t)
    net = init(net)
    wb = getwb(net)
    net = setwb(net, wb)
    disp(net)
    s = toStruct(net)
    varargout = subsref(net, s)
    n = numArgumentsFromSubscript(net, s, context)
  end

  methods (Hidden)
    % Conversions to and from the plain data lmnet_mex exchanges.
    state = nativeState(net)
    net = applyNativeState(net, state)
    opts = nativeOptions(net, seed)
    tf = isConfigured(net)
    tr = trainingRecord(net, rec, recordBytes, targetSize)
  end

  methods (Static)
    net = fromStruct(s)
  end
end

function layer = layer_struct(name, size, transferFcn)
  layer = struct('name', name, 'size', size, 'transferFcn', transferFcn, ...
                 'initFcn', 'initnw', 'netInputFcn', 'netsum');
end

function check_hidden_sizes(h)
  if ~isnumeric(h) || ~isreal(h) || (~isempty(h) && ~isvector(h)) || any(~isfinite(h(:))) ...
      || any(h(:) < 1) || any(h(:) ~= round(h(:)))
    error('lmnet:invalidArgument', 'hiddenSizes must be a row vector of positive integers');
  end
end

function text = check_text(value, what)
  if ~ischar(value) || (~isempty(value) && ~isrow(value))
    error('lmnet:invalidArgument', '%s must be a character vector', what);
  end
  text = value;
end

function check_layers(layers, numLayers)
  if ~iscell(layers)
    error('lmnet:invalidArgument', 'net.layers must be a cell array of layer structs');
  end
  if numel(layers) ~= numLayers
    error('lmnet:notSupported', ['the network has %d layers; changing the number of layers is not ' ...
          'supported: create a new network with fitnet'], numLayers);
  end
  for k = 1:numel(layers)
    layer = layers{k};
    if ~isstruct(layer) || ~isfield(layer, 'size') || ~isfield(layer, 'transferFcn')
      error('lmnet:invalidArgument', 'net.layers{%d} must be a struct with fields size and transferFcn', k);
    end
    s = layer.size;
    if ~isnumeric(s) || ~isscalar(s) || ~isreal(s) || ~isfinite(s) || s < 0 || s ~= round(s)
      error('lmnet:invalidArgument', 'net.layers{%d}.size must be a positive integer', k);
    end
    if ~ischar(layer.transferFcn)
      error('lmnet:invalidArgument', 'net.layers{%d}.transferFcn must be a character vector', k);
    end
    try
      lmnet_mex('check_transfer_fcn', layer.transferFcn);
    catch err
      error('lmnet:unknownName', 'net.layers{%d}.transferFcn: %s', k, err.message);
    end
  end
end

function p = train_param_from_options(o)
  p = struct('epochs', o.epochs, 'goal', o.goal, 'max_fail', o.max_fail, 'min_grad', o.min_grad, ...
             'mu', o.mu, 'mu_dec', o.mu_dec, 'mu_inc', o.mu_inc, 'mu_max', o.mu_max, ...
             'show', o.show, 'showCommandLine', false, 'showWindow', true, 'time', o.time);
end

function p = divide_param_defaults(divideFcn, o)
  switch divideFcn
    case 'divideind'
      p = struct('trainInd', [], 'valInd', [], 'testInd', []);
    case 'dividetrain'
      p = struct();
    otherwise
      p = struct('trainRatio', o.trainRatio, 'valRatio', o.valRatio, 'testRatio', o.testRatio);
  end
end
