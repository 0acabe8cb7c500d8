function test_errors(ctx)
% Bad input raises an Octave error with an 'lmnet:*' identifier and a clear
% message; Octave keeps running and the binding keeps working afterwards.
  [x, t] = reference_data(50);
  net = lmnet.fitnet(3);
  net.trainParam.epochs = 2;

  check_error(@() train(net, x, t(1:end - 1)), 'lmnet:dimension', 'samples');
  bad = x;
  bad(7) = NaN;
  check_error(@() train(net, bad, t), 'lmnet:nonFinite');
  bad(7) = Inf;
  check_error(@() train(net, bad, t), 'lmnet:nonFinite');
  check_error(@() train(net, complex(x, 1), t), 'lmnet:invalidArgument');
  check_error(@() train(net, {x, x}, t), 'lmnet:notSupported');
  check_error(@() train(net, x, t, {}, {}, [], 'notAnOption', 1), 'lmnet:invalidArgument');
  check_error(@() train(net, [], t), 'lmnet:dimension');

  check_error(@() set_field(net, 'layers', 1, 'transferFcn', 'nosuchsig'), 'lmnet:unknownName', 'nosuchsig');
  check_error(@() set_field(net, 'layers', 1, 'size', -2), 'lmnet:invalidArgument');
  check_error(@() set_field(net, 'layers', 1, 'size', 2.5), 'lmnet:invalidArgument');
  check_error(@() set_property(net, 'trainFcn', 'trainscg'), 'lmnet:unknownName', 'trainscg');
  check_error(@() set_property(net, 'divideFcn', 'dividenothing'), 'lmnet:unknownName');
  check_error(@() set_property(net, 'performFcn', 'mae'), 'lmnet:unknownName');
  check_error(@() set_property(net, 'trainFcn', 42), 'lmnet:invalidArgument');

  check_error(@() train_with(net, 'trainParam', 'epochs', -1, x, t), 'lmnet:invalidArgument', 'epochs');
  check_error(@() train_with(net, 'trainParam', 'mu_dec', 2, x, t), 'lmnet:invalidArgument', 'mu_dec');
  check_error(@() train_with(net, 'trainParam', 'mu', NaN, x, t), 'lmnet:invalidArgument', 'mu');
  check_error(@() train_with(net, 'trainParam', 'epochs', 'many', x, t), 'lmnet:invalidArgument', 'epochs');
  check_error(@() train_with(net, 'trainParam', 'noSuchParam', 1, x, t), 'lmnet:unknownName', 'noSuchParam');
  check_error(@() train_with(net, 'divideParam', 'trainRatio', -0.5, x, t), 'lmnet:invalidArgument', 'trainRatio');
  check_error(@() train_with(net, 'performParam', 'regularization', 2, x, t), 'lmnet:invalidArgument');
  check_error(@() train_with(net, 'performParam', 'normalization', 'standard', x, t), 'lmnet:notSupported');
  ind = net;
  ind.divideFcn = 'divideind';
  check_error(@() train_with(ind, 'divideParam', 'trainInd', [0 1 2], x, t), 'lmnet:invalidArgument');
  check_error(@() train_with(ind, 'divideParam', 'trainInd', [1.5 2], x, t), 'lmnet:invalidArgument');

  check_error(@() lmnet.fitnet(-1), 'lmnet:invalidArgument');
  check_error(@() lmnet.fitnet(1.5), 'lmnet:invalidArgument');
  check_error(@() lmnet.fitnet([10 NaN]), 'lmnet:invalidArgument');
  check_error(@() lmnet.fitnet(10, 'trainxx'), 'lmnet:unknownName');

  check_error(@() sim(net, x), 'lmnet:notConfigured', 'configure');
  check_error(@() net(x), 'lmnet:notConfigured');
  trained = train(net, x, t);
  check_error(@() trained([x; x]), 'lmnet:dimension', 'inputs');
  check_error(@() trained(bad), 'lmnet:nonFinite');
  check_error(@() train(trained, [x; x], t), 'lmnet:dimension');
  check_error(@() setwb(trained, ones(3, 1)), 'lmnet:dimension');
  broken = trained;
  broken.IW{1, 1} = ones(3, 4);
  check_error(@() broken(x), 'lmnet:dimension', 'init');
  tt = [t; t];
  check_error(@() configure(net, x, tt(:, 1:end - 1)), 'lmnet:dimension');

  check_error(@() lmnet.loadModel(fullfile(ctx.tmp, 'does_not_exist.h5')), 'lmnet:io');
  junk = fullfile(ctx.tmp, 'junk.h5');
  f = fopen(junk, 'w'); fprintf(f, 'not an HDF5 file\n'); fclose(f);
  check_error(@() lmnet.loadModel(junk), 'lmnet:format');
  check_error(@() lmnet.saveModel(net, fullfile(ctx.tmp, 'x.h5')), 'lmnet:notConfigured');
  check_error(@() lmnet.saveModel(trained, fullfile(ctx.tmp, 'no_such_dir', 'x.h5')), 'lmnet:io');
  check_error(@() lmnet.saveModel(trained, fullfile(ctx.tmp, 'x.h5'), struct('a', 1)), 'lmnet:invalidArgument');

  check_error(@() lmnet_mex('no_such_command'), 'lmnet:invalidArgument', 'unknown command');
  check_error(@() lmnet_mex(), 'lmnet:invalidArgument');
  check_error(@() lmnet_mex('sim', struct(), x), 'lmnet:invalidArgument', 'hiddenSizes');
  check_error(@() lmnet_mex('sim', 'text', x), 'lmnet:invalidArgument');
  check_error(@() lmnet_mex('configure', nativeState(net), x, t, -1), 'lmnet:invalidArgument', 'seed');
  check_error(@() lmnet_mex('train', nativeState(trained), struct('epochs', [1 2]), x, t, -1), ...
              'lmnet:invalidArgument');
  check_error(@() lmnet.plotperform(struct('perf', 1)), 'lmnet:invalidArgument');

  % Still alive and working.
  [again, tr] = train(trained, x, t);
  check(tr.num_epochs >= 1 && all(isfinite(again(x))), 'training works after the errors');
end

function net = set_property(net, name, value)
  net.(name) = value;
end

function net = set_field(net, property, index, field, value)
  cells = net.(property);
  cells{index}.(field) = value;
  net.(property) = cells;
end

function train_with(net, group, field, value, x, t)
  s = net.(group);
  s.(field) = value;
  net.(group) = s;
  train(net, x, t);
end
