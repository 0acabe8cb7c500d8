function disp(net)
% disp  A short description of the network.
  L = numel(net.layers);
  sizes = cellfun(@(l) l.size, net.layers(:)');
  fcns = cellfun(@(l) l.transferFcn, net.layers(:)', 'UniformOutput', false);
  if isConfigured(net)
    shape = sprintf('%d-%s', net.inputs{1}.size, strjoin(arrayfun(@num2str, sizes, 'UniformOutput', false), '-'));
    state = sprintf('configured: %d input(s), %d output(s), %d weights and biases', ...
                    net.inputs{1}.size, net.outputs{end}.size, net.numWeightElements);
  else
    shape = sprintf('?-%s', strjoin(arrayfun(@num2str, sizes(1:end - 1), 'UniformOutput', false), '-'));
    if L > 1
      shape = [shape '-?'];
    else
      shape = '?-?';
    end
    state = 'not configured (train or configure sets the input and output sizes)';
  end
  fprintf('    LMNet network (lmnet.Network): %s\n', net.name);
  fprintf('      layers:       %s  (%s)\n', shape, strjoin(fcns, ', '));
  fprintf('      %s\n', state);
  fprintf('      trainFcn:     ''%s''   performFcn: ''%s''   divideFcn: ''%s''\n', ...
          net.trainFcn, net.performFcn, net.divideFcn);
  fprintf('      processFcns:  inputs {%s}, outputs {%s}\n', strjoin(net.inputs{1}.processFcns, ', '), ...
          strjoin(net.outputs{end}.processFcns, ', '));
  fprintf('      properties:   inputs, layers, outputs, trainParam, divideParam, performParam, IW, LW, b, ...\n');
  fprintf('      methods:      train, sim, net(x), perform, configure, init, getwb, setwb, toStruct\n');
end
