function tr = trainingRecord(net, rec, recordBytes, targetSize)
% trainingRecord  MATLAB's tr from the record lmnet_mex read: the toolbox's
% fields in its order, division indices 1-based, plus tr.lmnet with what only
% LMNet records (stop_reason, timings, the record bytes lmnet.save stores).
  tr = struct();
  tr.trainFcn = text_field(rec, 'trainFcn', net.trainFcn);
  tr.trainParam = net.trainParam;
  tr.performFcn = text_field(rec, 'performFcn', net.performFcn);
  tr.performParam = net.performParam;
  tr.derivFcn = 'defaultderiv';
  tr.divideFcn = text_field(rec, 'divideFcn', net.divideFcn);
  tr.divideMode = net.divideMode;
  tr.divideParam = net.divideParam;
  tr.trainInd = rec.trainInd;
  tr.valInd = rec.valInd;
  tr.testInd = rec.testInd;
  tr.stop = rec.stop;
  tr.num_epochs = rec.num_epochs;
  tr.trainMask = {mask(targetSize, rec.trainInd)};
  tr.valMask = {mask(targetSize, rec.valInd)};
  tr.testMask = {mask(targetSize, rec.testInd)};
  tr.best_epoch = rec.best_epoch;
  tr.goal = rec.goal;
  % The toolbox's state lists: trainbr reports gamk and ssX instead of val_fail.
  if strcmp(tr.trainFcn, 'trainbr')
    states = {'epoch', 'time', 'perf', 'vperf', 'tperf', 'mu', 'gradient', 'gamk', 'ssX'};
  else
    states = {'epoch', 'time', 'perf', 'vperf', 'tperf', 'mu', 'gradient', 'val_fail'};
  end
  tr.states = states(isfield(rec, states));
  for k = 1:numel(tr.states)
    tr.(tr.states{k}) = rec.(tr.states{k});
  end
  tr.best_perf = rec.best_perf;
  tr.best_vperf = rec.best_vperf;
  tr.best_tperf = rec.best_tperf;
  extra = struct();
  for key = {'stop_reason', 'num_samples', 'num_threads', 'time_jacobian', 'time_jtj', 'time_solve', ...
             'time_forward', 'time_total', 'num_solves'}
    if isfield(rec, key{1})
      extra.(key{1}) = rec.(key{1});
    end
  end
  extra.record = recordBytes;
  tr.lmnet = extra;
end

function m = mask(targetSize, indices)
  % The toolbox's masks: 1 where a target belongs to the subset, NaN elsewhere.
  m = NaN(targetSize);
  m(:, indices) = 1;
end

function s = text_field(rec, key, fallback)
  if isfield(rec, key) && ~isempty(rec.(key))
    s = rec.(key);
  else
    s = fallback;
  end
end
