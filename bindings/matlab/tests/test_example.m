function test_example(ctx)
% examples/matlab/fit_reference.m runs in a fresh Octave, fits the reference
% problem, writes the plotperform PNG and a model file that loads back.
  if exist('OCTAVE_VERSION', 'builtin') && isempty(available_graphics_toolkits())
    skip_test('no Octave graphics toolkit for the example''s plot (install gnuplot-nox)');
  end
  example = fullfile(ctx.repo, 'examples', 'matlab', 'fit_reference.m');
  octave = fullfile(OCTAVE_HOME(), 'bin', 'octave-cli');
  if ~exist(octave, 'file')
    octave = 'octave-cli';
  end
  folder = fullfile(ctx.tmp, 'example');
  mkdir(folder);
  [status, output] = system(sprintf('cd "%s" && %s --no-init-file --quiet "%s" 2>&1', folder, octave, example));
  check(status == 0, 'the example failed:\n%s', output);
  check(~isempty(strfind(output, 'Training with TRAINLM.')), 'the example shows progress');
  best = regexp(output, 'Best validation performance (\S+) at epoch (\d+)', 'tokens', 'once');
  check(~isempty(best), 'no summary line:\n%s', output);
  check(str2double(best{1}) < 1e-6, 'best validation mse %s is not below 1e-6', best{1});
  png = dir(fullfile(folder, 'fit_reference_perform.png'));
  check(~isempty(png) && png.bytes > 1000, 'no plotperform PNG');
  [net, tr] = lmnet.loadModel(fullfile(folder, 'fit_reference.h5'));
  [x, t] = reference_data(1000);
  check_close(tr.best_vperf, str2double(best{1}), 1e-3, 'the saved record');
  check(perform(net, t(tr.valInd), net(x(tr.valInd))) < 1e-6, 'the saved network fits the validation set');
end
