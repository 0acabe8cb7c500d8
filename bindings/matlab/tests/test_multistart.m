function test_multistart(ctx)
% lmnet.trainMultistart: K starts from K seeds, the winner by best validation
% performance (training performance without a validation set), the same
% result on 1 and on 4 threads, seeds from rng, and the winner identical to
% training its start alone, through the C API and through the MEX.
  [x, t] = reference_data(200);
  K = 4;
  rng(31);
  net = lmnet.fitnet([6 4]);
  net.trainParam.epochs = 20;
  [one, tr1, ms1] = lmnet.trainMultistart(net, x, t, K, 'threads', 1);
  rng(31);
  expected = floor(rand(1, K + 1) * 2^32);
  check(isequal([ms1.seeds ms1.divisionSeed], expected), 'seeds are drawn from rand(): K starts, then the division');
  check(isequal(size(ms1.best_vperf), [1 K]) && isequal(size(ms1.best_perf), [1 K]), 'best_vperf and best_perf are 1-by-K');
  check(numel(unique(ms1.best_vperf)) == K, 'the starts differ: %s', mat2str(ms1.best_vperf));
  [~, lowest] = min(ms1.best_vperf);
  check(ms1.winner == lowest, 'winner %d, lowest best_vperf at %d', ms1.winner, lowest);
  check(tr1.best_vperf == ms1.best_vperf(ms1.winner) && tr1.best_perf == ms1.best_perf(ms1.winner), ...
        'tr is the winner''s record');
  check(isequal(one(x), sim(one, x)) && all(isfinite(one(x))), 'the winner simulates');

  rng(31);
  [four, tr4, ms4] = lmnet.trainMultistart(net, x, t, K, 'threads', 4);
  check(ms4.threads == 4 && ms1.threads == 1, 'threads reported');
  check(ms4.winner == ms1.winner, 'winner on 4 threads %d, on 1 thread %d', ms4.winner, ms1.winner);
  check(isequal(getwb(four), getwb(one)), '4 threads give bit-identical weights');
  check(isequal(ms4.best_vperf, ms1.best_vperf) && isequal(ms4.best_perf, ms1.best_perf) && ...
        isequal(tr4.perf, tr1.perf), '4 threads give identical performances');

  % The winner alone, through the C API: configure with its seed, train with
  % the division seed.
  data = fullfile(ctx.tmp, 'multistart_data.bin');
  write_samples(data, x, t);
  winnerSeed = sprintf('%d', ms1.seeds(ms1.winner));
  c = run_c_reference(ctx, 'train', data, '6,4', winnerSeed, sprintf('%d', ms1.divisionSeed), '20', ...
                      'dividerand', fullfile(ctx.tmp, 'c_alone.txt'));
  check(isequal(getwb(one)', c.weights), 'the winner equals its start trained alone through the C API');
  check(isequal(tr1.perf, c.perf) && isequal(tr1.trainInd, c.trainInd + 1), 'and so does its record');
  % The whole multi-start through the C API.
  seedList = strjoin(arrayfun(@(s) sprintf('%d', s), ms1.seeds, 'UniformOutput', false), ',');
  c = run_c_reference(ctx, 'multistart', data, '6,4', seedList, sprintf('%d', ms1.divisionSeed), '20', '2', ...
                      fullfile(ctx.tmp, 'c_multistart.txt'));
  check(c.winner + 1 == ms1.winner && isequal(c.weights, getwb(one)'), 'C multi-start picks the same winner');
  check(isequal(c.best_vperf, ms1.best_vperf) && isequal(c.best_perf, ms1.best_perf), 'C multi-start performances');

  % A configured network: every start re-initializes it (init) with its seed.
  rng(5);
  configured = configure(net, x, t);
  [best, ~, ms] = lmnet.trainMultistart(configured, x, t, 'seeds', [11 12 13], 'divisionSeed', 99, 'threads', 2);
  check(isequal(ms.seeds, [11 12 13]) && ms.divisionSeed == 99, 'explicit seeds are used as given');
  check(isequal(best.inputs{1}.range, configured.inputs{1}.range), 'processing settings are kept');
  state = lmnet_mex('init', nativeState(configured, false), ms.seeds(ms.winner));
  state = lmnet_mex('train', state, nativeOptions(configured, ms.divisionSeed), x, t, -1);
  check(isequal(getwb(best), state.weights), 'the winner equals init with its seed, then train (same MEX)');

  % Without a validation set the winner has the lowest best training performance.
  plain = net;
  plain.divideFcn = 'dividetrain';
  rng(8);
  [~, trp, msp] = lmnet.trainMultistart(plain, x, t, 3);
  [~, lowest] = min(msp.best_perf);
  check(all(isnan(msp.best_vperf)) && msp.winner == lowest, 'no validation set: winner by best_perf');
  check(isempty(trp.valInd), 'dividetrain has no validation samples');

  % Reproducible with rng; progress summary on the command line.
  verbose = net;
  verbose.trainParam.showCommandLine = true;
  rng(31);
  text = evalc('[again, ~, msv] = lmnet.trainMultistart(verbose, x, t, K, ''threads'', 2);');
  check(isequal(getwb(again), getwb(one)) && isequal(msv.seeds, ms1.seeds), 'rng makes multi-start reproducible');
  lines = strsplit(strtrim(text), sprintf('\n'));
  check(strcmp(lines{1}, 'Multi-start with TRAINLM: 4 starts on 2 threads.'), 'first line "%s"', lines{1});
  check(numel(lines) == K + 2 && ~isempty(regexp(lines{2}, '^Start 1/4, Seed \d+, Best Performance', 'once')), ...
        'one line per start:\n%s', text);
  check(strcmp(lines{end}, sprintf('Multi-start with TRAINLM completed: start %d wins (%s)', ms1.winner, tr1.stop)), ...
        'last line "%s"', lines{end});

  check_error(@() lmnet.trainMultistart(net, x, t, 0), 'lmnet:invalidArgument', 'K');
  check_error(@() lmnet.trainMultistart(net, x, t, 2.5), 'lmnet:invalidArgument', 'K');
  check_error(@() lmnet.trainMultistart(net, x, t), 'lmnet:invalidArgument', 'usage');
  check_error(@() lmnet.trainMultistart(net, x, t, 2, 'threads', 0), 'lmnet:invalidArgument', 'threads');
  check_error(@() lmnet.trainMultistart(net, x, t, 2, 'seeds', [1 2 3]), 'lmnet:dimension', 'seeds');
  check_error(@() lmnet.trainMultistart(net, x, t, 'seeds', [1 -2]), 'lmnet:invalidArgument', 'seeds');
  check_error(@() lmnet.trainMultistart(net, x, t, 'seeds', []), 'lmnet:dimension', 'seeds');
  check_error(@() lmnet.trainMultistart(net, x, t, 2, 'noSuchOption', 1), 'lmnet:invalidArgument', 'noSuchOption');
  check_error(@() lmnet.trainMultistart(net, x, t(1:end - 1), 2), 'lmnet:dimension', 'samples');
  check_error(@() lmnet.trainMultistart(configured, [x; x], t, 2), 'lmnet:dimension', 'configured');
  bad = x;
  bad(3) = NaN;
  check_error(@() lmnet.trainMultistart(net, bad, t, 2), 'lmnet:nonFinite');
  check_error(@() lmnet.trainMultistart(struct(), x, t, 2), 'lmnet:invalidArgument', 'lmnet.Network');
  check_error(@() lmnet_mex('train_multistart', nativeState(net), struct(), x, t, zeros(1, 0), []), ...
              'lmnet:dimension', 'seed');
  check_error(@() lmnet_mex('train_multistart', nativeState(net), struct(), x, t, 1, 2000), ...
              'lmnet:invalidArgument', 'threads');
end
