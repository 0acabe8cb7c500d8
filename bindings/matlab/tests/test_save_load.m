function test_save_load(ctx)
% lmnet.saveModel / lmnet.loadModel write and read LMNet's HDF5 model file
% through the library; the C API reads the same file.
  [x, t] = reference_data(140);
  rng(14);
  net = lmnet.fitnet([5 3]);
  net.trainParam.epochs = 20;
  net.trainParam.mu_inc = 8;
  net.divideParam.trainRatio = 0.6;
  net.divideParam.valRatio = 0.2;
  net.divideParam.testRatio = 0.2;
  net.layers{2}.transferFcn = 'logsig';
  [net, tr] = train(net, x, t);
  path = fullfile(ctx.tmp, 'model.h5');
  lmnet.saveModel(net, path, tr);
  check(exist(path, 'file') == 2, 'no model file');

  [loaded, tr2] = lmnet.loadModel(path);
  check(isa(loaded, 'lmnet.Network'), 'loadModel returns a network');
  check(isequal(getwb(loaded), getwb(net)), 'weights survive the file exactly');
  check(isequal(loaded(x), net(x)), 'outputs survive the file exactly');
  check(strcmp(loaded.layers{2}.transferFcn, 'logsig'), 'transfer functions survive');
  check(loaded.trainParam.epochs == 20 && loaded.trainParam.mu_inc == 8, 'trainParam survives');
  check(loaded.divideParam.trainRatio == 0.6, 'divideParam survives');
  check(isequal(loaded.inputs{1}.range, net.inputs{1}.range), 'processing settings survive');
  check(isstruct(tr2) && isequal(tr2.perf, tr.perf) && isequal(tr2.trainInd, tr.trainInd) && ...
        strcmp(tr2.stop, tr.stop) && tr2.best_epoch == tr.best_epoch, 'the training record survives');
  [again, tr3] = train(loaded, x, t);
  check(tr3.num_epochs >= 1 && all(isfinite(again(x))), 'a loaded network trains on');

  bare = fullfile(ctx.tmp, 'bare.h5');
  lmnet.saveModel(net, bare);
  [loaded, none] = lmnet.loadModel(bare);
  check(isempty(none), 'a file saved without tr has no record');
  check(isequal(loaded(x), net(x)), 'outputs of the file saved without tr');
  lmnet.saveModel(loaded, bare, tr2);   % a record read from a file can be saved again
  [~, tr4] = lmnet.loadModel(bare);
  check(isequal(tr4.perf, tr.perf), 'record re-saved from a loaded file');

  data = fullfile(ctx.tmp, 'save_data.bin');
  write_samples(data, x, t);
  c = run_c_reference(ctx, 'sim', path, data, fullfile(ctx.tmp, 'c_sim.txt'));
  check(isequal(c.weights, getwb(net)'), 'C reads the weights Octave saved');
  check_close(c.y, net(x), 1e-15, 'C simulates the file Octave saved');
end
