function net = fromStruct(s)
% fromStruct  net = lmnet.Network.fromStruct(s): the inverse of toStruct.
  if ~isstruct(s) || ~isscalar(s) || ~isfield(s, 'class') || ~strcmp(s.class, 'lmnet.Network')
    error('lmnet:invalidArgument', 'fromStruct: expected a struct made by toStruct (field class = ''lmnet.Network'')');
  end
  if s.formatVersion > 1
    error('lmnet:formatVersion', 'fromStruct: struct format %d is newer than this LMNet understands', s.formatVersion);
  end
  sizes = cellfun(@(l) l.size, s.layers(:)');
  net = lmnet.Network(sizes(1:end - 1), s.trainFcn);
  % trainFcn and divideFcn reset their parameter structs, so they come first.
  names = {'divideFcn', 'name', 'inputs', 'layers', 'outputs', 'initFcn', 'divideMode', 'divideParam', ...
           'performFcn', 'performParam', 'trainParam', 'plotFcns', 'IW', 'LW', 'b', 'userdata'};
  for k = 1:numel(names)
    net.(names{k}) = s.(names{k});
  end
  getwb(net);   % the weights must match the layer sizes
end
