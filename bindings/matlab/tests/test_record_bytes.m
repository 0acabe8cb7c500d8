function test_record_bytes(ctx)
% tr.lmnet.record holds the training record as the bytes of the library's own
% record file, made and read in memory (lmnet_record_save_bytes /
% _load_bytes): C loads them as a record file, they survive a model file
% unchanged, and damaged bytes are refused with a clear error.
  [x, t] = reference_data(120);
  rng(17);
  net = lmnet.fitnet(4);
  net.trainParam.epochs = 12;
  [net, tr] = train(net, x, t);
  bytes = tr.lmnet.record;
  check(isa(bytes, 'uint8') && iscolumn(bytes) && numel(bytes) > 100, 'tr.lmnet.record is a uint8 column');

  file = fullfile(ctx.tmp, 'record.lmnet');
  f = fopen(file, 'wb');
  fwrite(f, bytes, 'uint8');
  fclose(f);
  c = run_c_reference(ctx, 'record', file, fullfile(ctx.tmp, 'c_record.txt'));
  check(isequal(c.perf, tr.perf), 'C reads the bytes as a record file (lmnet_record_load): perf');
  check(isequal(c.trainInd + 1, tr.trainInd) && isequal(c.valInd + 1, tr.valInd) && ...
        isequal(c.testInd + 1, tr.testInd), 'C reads the division indices');

  model = fullfile(ctx.tmp, 'record_model.h5');
  lmnet.saveModel(net, model, tr);
  [~, loaded] = lmnet.loadModel(model);
  check(isequal(loaded.lmnet.record, bytes), 'the record bytes survive a model file unchanged');
  check(isequal(loaded.perf, tr.perf) && isequal(loaded.gradient, tr.gradient) && strcmp(loaded.stop, tr.stop), ...
        'the record read back');

  [winner, trm] = lmnet.trainMultistart(net, x, t, 2, 'threads', 1);
  lmnet.saveModel(winner, model, trm);
  [~, loaded] = lmnet.loadModel(model);
  check(isequal(loaded.perf, trm.perf), 'a multi-start record saves and loads');

  damaged = tr;
  damaged.lmnet.record(end - 40) = bitxor(damaged.lmnet.record(end - 40), uint8(4));
  target = fullfile(ctx.tmp, 'damaged.h5');
  check_error(@() lmnet.saveModel(net, target, damaged), 'lmnet:format', 'record');
  check(~exist(target, 'file'), 'nothing is written for a damaged record');
  truncated = tr;
  truncated.lmnet.record = bytes(1:floor(end / 2));
  check_error(@() lmnet.saveModel(net, target, truncated), 'lmnet:format');
  retyped = tr;
  retyped.lmnet.record = double(bytes);
  check_error(@() lmnet.saveModel(net, target, retyped), 'lmnet:invalidArgument', 'uint8');
  check(~exist(target, 'file'), 'nothing is written for bad record bytes');
end
