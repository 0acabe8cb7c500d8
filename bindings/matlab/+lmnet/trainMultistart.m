function [net, tr, ms] = trainMultistart(net, x, t, varargin)
% lmnet.trainMultistart  Train K networks from K seeds on parallel threads and
% keep the best (Levenberg-Marquardt finds local minima; retraining from other
% initial weights and keeping the best is the usual remedy).
%
%   [net, tr, ms] = lmnet.trainMultistart(net, x, t, K)
%   [net, tr, ms] = lmnet.trainMultistart(net, x, t, K, 'threads', N)
%   [net, tr, ms] = lmnet.trainMultistart(net, x, t, 'seeds', seeds, ...
%                                         'divisionSeed', d, 'threads', N)
%
% Every start trains a copy of net with net.trainFcn, trainParam, divideFcn,
% ... exactly as train does, from its own initial weights: an unconfigured net
% is configured from x and t with the start's seed, a configured one is
% re-initialized with it (its processing settings are kept, its weights are
% not). All starts share one division of the data. The winner has the lowest
% best validation performance, or the lowest best training performance when
% there is no validation set; ties go to the earlier start. The result does not
% depend on the number of threads. net and tr are the winner's, as train
% returns them.
%
% Seeds: without 'seeds', K seeds are drawn as floor(rand() * 2^32) from the
% global generator, then (without 'divisionSeed') one more for the division,
% so rng(s) makes the call reproducible. 'threads' defaults to the library's
% thread count (environment variable LMNET_NUM_THREADS, else the CPUs).
%
% ms: seeds (1-by-K), divisionSeed, winner (1-based index into seeds),
% best_vperf and best_perf (1-by-K, every start's best values; best_vperf is
% NaN without a validation set), threads.
  if nargin < 4
    error('lmnet:invalidArgument', 'usage: [net, tr, ms] = lmnet.trainMultistart(net, x, t, K [, ''threads'', N])');
  end
  if ~isa(net, 'lmnet.Network')
    error('lmnet:invalidArgument', 'lmnet.trainMultistart: net must be an lmnet.Network (from lmnet.fitnet)');
  end
  [count, seeds, divisionSeed, threads] = parse_arguments(varargin);
  [x, t] = lmnet.internal.training_data(net, x, t);
  if isempty(seeds)
    seeds = zeros(1, count);
    for k = 1:count
      seeds(k) = lmnet.internal.draw_seed();
    end
  end
  if isempty(divisionSeed)
    divisionSeed = lmnet.internal.draw_seed();
  end

  [state, record, recordBytes, result] = lmnet_mex('train_multistart', nativeState(net), ...
                                                   nativeOptions(net, divisionSeed), x, t, seeds, threads);
  trained = applyNativeState(net, state);
  tr = trainingRecord(trained, record, recordBytes, size(t));
  ms = struct('seeds', seeds, 'divisionSeed', divisionSeed, 'winner', result.winner, ...
              'best_vperf', result.best_vperf, 'best_perf', result.best_perf, 'threads', result.threads);
  if logical(net.trainParam.showCommandLine)
    print_summary(upper(net.trainFcn), ms, tr);
  end
  net = trained;
end

function [count, seeds, divisionSeed, threads] = parse_arguments(args)
  count = [];
  seeds = [];
  divisionSeed = [];
  threads = [];
  k = 1;
  if ~isempty(args) && ~ischar(args{1})
    count = args{1};
    if ~isnumeric(count) || ~isscalar(count) || ~isreal(count) || ~(count >= 1) || count ~= round(count) ...
        || ~isfinite(count)
      error('lmnet:invalidArgument', 'lmnet.trainMultistart: K (the number of starts) must be a positive integer');
    end
    count = double(count);
    k = 2;
  end
  while k <= numel(args)
    name = args{k};
    if ~ischar(name)
      error('lmnet:invalidArgument', 'lmnet.trainMultistart: expected an option name (''seeds'', ''divisionSeed'', ''threads'')');
    end
    if k == numel(args)
      error('lmnet:invalidArgument', 'lmnet.trainMultistart: option ''%s'' needs a value', name);
    end
    value = args{k + 1};
    switch lower(name)
      case 'seeds'
        seeds = seed_values(value, 'seeds');
        if isempty(seeds)
          error('lmnet:dimension', 'lmnet.trainMultistart: ''seeds'' must hold at least one seed');
        end
      case 'divisionseed'
        divisionSeed = seed_values(value, 'divisionSeed');
        if ~isscalar(divisionSeed)
          error('lmnet:invalidArgument', 'lmnet.trainMultistart: ''divisionSeed'' must be one seed');
        end
      case 'threads'
        if ~isnumeric(value) || ~isscalar(value) || ~isreal(value) || ~(value >= 1) || value ~= round(value) ...
            || ~isfinite(value)
          error('lmnet:invalidArgument', 'lmnet.trainMultistart: ''threads'' must be a positive integer');
        end
        threads = double(value);
      otherwise
        error('lmnet:invalidArgument', 'lmnet.trainMultistart: unknown option ''%s''', name);
    end
    k = k + 2;
  end
  if isempty(count) && isempty(seeds)
    error('lmnet:invalidArgument', 'lmnet.trainMultistart: give the number of starts K or ''seeds''');
  end
  if ~isempty(count) && ~isempty(seeds) && numel(seeds) ~= count
    error('lmnet:dimension', 'lmnet.trainMultistart: K is %d but %d seeds were given', count, numel(seeds));
  end
end

function v = seed_values(value, what)
  % Seeds are integers in [0, 2^53] (exact in a double).
  if ~isnumeric(value) || ~isreal(value) || (~isempty(value) && ~isvector(value)) || ...
      any(~(value(:) >= 0) | value(:) > 2^53 | value(:) ~= round(value(:)))
    error('lmnet:invalidArgument', 'lmnet.trainMultistart: ''%s'' must hold integers in [0, 2^53]', what);
  end
  v = double(value(:)');
end

function print_summary(trainFcn, ms, tr)
  K = numel(ms.seeds);
  workers = min(ms.threads, K);
  fprintf('Multi-start with %s: %d starts on %d thread%s.\n', trainFcn, K, workers, plural(workers));
  for k = 1:K
    fprintf('Start %d/%d, Seed %d, Best Performance %s, Best Validation Performance %s\n', ...
            k, K, ms.seeds(k), num2str(ms.best_perf(k)), num2str(ms.best_vperf(k)));
  end
  fprintf('Multi-start with %s completed: start %d wins (%s)\n', trainFcn, ms.winner, tr.stop);
end

function s = plural(n)
  s = '';
  if n ~= 1
    s = 's';
  end
end
