function test_matlab_style_script(ctx)
% A toolbox-style script runs unchanged in a fresh Octave whose path holds only
% bindings/matlab/compat (fitnet, plot* stand-ins; train, perform, ... are methods).
  if exist('OCTAVE_VERSION', 'builtin') && isempty(available_graphics_toolkits())
    skip_test('no Octave graphics toolkit for the script''s plots (install gnuplot-nox)');
  end
  octave = fullfile(OCTAVE_HOME(), 'bin', 'octave-cli');
  if ~exist(octave, 'file')
    octave = 'octave-cli';
  end
  script = fullfile(ctx.tests, 'matlab_style_script.m');
  command = sprintf(['%s --no-init-file --quiet --eval "warning(''off'', ''Octave:gnuplot-graphics''); ' ...
                     'addpath(''%s''); run(''%s'')" 2>&1'], octave, fullfile(ctx.root, 'compat'), script);
  [status, output] = system(command);
  check(status == 0, 'the script failed:\n%s', output);
  tokens = regexp(output, 'SCRIPT OK (\d+) (\S+) (\S+) (\S+) (\d+) (\d+)', 'tokens', 'once');
  check(~isempty(tokens), 'the script did not finish:\n%s', output);
  values = str2double(tokens);
  check(values(1) >= 1 && values(1) <= 60, 'num_epochs %d', values(1));
  check(values(2) < 0.05, 'the two-output fit is poor: mse %g', values(2));
  check_close(values(3), values(4), 1e-9, 'perform on the validation mask equals tr.best_vperf');
  % 1-8-4-2 network: 8*(1+1) + 4*(8+1) + 2*(4+1) = 62; IW 8, LW{2,1} 32, b{1} 8.
  check(values(5) == 62 && values(6) == 48, 'weight counts %d and %d', values(5), values(6));
end
