function s = toStruct(net)
% toStruct  The network as a plain struct (for save -v7 / -text in Octave,
% which cannot save classdef objects). lmnet.Network.fromStruct(s) restores it.
  s = struct('class', 'lmnet.Network', 'formatVersion', 1);
  names = {'name', 'inputs', 'layers', 'outputs', 'initFcn', 'divideFcn', 'divideMode', 'divideParam', ...
           'performFcn', 'performParam', 'trainFcn', 'trainParam', 'plotFcns', 'IW', 'LW', 'b', 'userdata'};
  for k = 1:numel(names)
    s.(names{k}) = net.(names{k});
  end
end
