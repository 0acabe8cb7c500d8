function run_tests(mode)
% run_tests  The Octave/MATLAB binding's test suite. Runs every test_*.m in
% this folder, prints one line per test and finally "N passed, N failed"
% (", N skipped" when some could not run here), then exits with status 1 if
% any test failed (0 otherwise). run_tests('noexit') returns instead of exiting.
%
%   octave-cli --eval "cd bindings/matlab/tests; run_tests"
%
% The MEX must be built first (bindings/matlab/make.m, or run_tests.sh).
  if nargin < 1, mode = 'exit'; end
  here = fileparts(mfilename('fullpath'));
  ctx = make_test_context(here);
  cleanup = onCleanup(@() remove_dir(ctx.tmp));
  addpath(ctx.root);
  addpath(here);
  if exist('OCTAVE_VERSION', 'builtin')
    warning('off', 'Octave:gnuplot-graphics');
  end

  files = dir(fullfile(here, 'test_*.m'));
  names = sort(cellfun(@(f) f(1:end - 2), {files.name}, 'UniformOutput', false));
  passed = 0; failed = 0; skipped = 0;
  failures = {};
  for k = 1:numel(names)
    started = tic;
    try
      feval(names{k}, ctx);
      passed = passed + 1;
      fprintf('PASS  %-34s %6.2f s\n', names{k}, toc(started));
    catch err
      if strcmp(err.identifier, 'lmnet_test:skip')
        skipped = skipped + 1;
        fprintf('SKIP  %-34s %s\n', names{k}, err.message);
      else
        failed = failed + 1;
        where = '';
        frames = err.stack(strcmp({err.stack.name}, names{k}));   % the line in the test itself
        if isempty(frames)
          frames = err.stack;
        end
        if ~isempty(frames)
          where = sprintf(' (%s line %d)', frames(1).name, frames(1).line);
        end
        failures{end + 1} = sprintf('%s: [%s] %s%s', names{k}, err.identifier, err.message, where); %#ok<AGROW>
        fprintf('FAIL  %-34s [%s] %s%s\n', names{k}, err.identifier, err.message, where);
      end
    end
    close all;
  end
  if ~isempty(failures)
    fprintf('\nFailures:\n');
    fprintf('  %s\n', failures{:});
  end
  summary = sprintf('%d passed, %d failed', passed, failed);
  if skipped > 0
    summary = sprintf('%s, %d skipped', summary, skipped);
  end
  fprintf('%s\n', summary);
  if ~strcmp(mode, 'noexit')
    clear cleanup;
    exit(double(failed > 0));
  end
end

function remove_dir(d)
  if exist(d, 'dir')
    if exist('confirm_recursive_rmdir', 'builtin') || exist('confirm_recursive_rmdir', 'file')
      confirm_recursive_rmdir(false);
    end
    rmdir(d, 's');
  end
end
