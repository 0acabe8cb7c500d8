function test_example_noisy_fit(ctx)
% examples/matlab/noisy_fit.m runs in a fresh Octave and reports trainlm,
% trainbr and multi-start fits; trainbr's is the closest to the noise-free
% function there (a wide margin on this data set).
  example = fullfile(ctx.repo, 'examples', 'matlab', 'noisy_fit.m');
  octave = fullfile(OCTAVE_HOME(), 'bin', 'octave-cli');
  if ~exist(octave, 'file')
    octave = 'octave-cli';
  end
  [status, output] = system(sprintf('cd "%s" && %s --no-init-file --quiet "%s" 2>&1', ctx.tmp, octave, example));
  check(status == 0, 'the example failed:\n%s', output);
  lm = regexp(output, 'trainlm +error (\S+)', 'tokens', 'once');
  br = regexp(output, 'trainbr +error (\S+) +\((\S+) of (\d+) parameters effective', 'tokens', 'once');
  ms = regexp(output, 'multi-start +error (\S+) +\(start (\d+) of 8 wins', 'tokens', 'once');
  check(~isempty(lm) && ~isempty(br) && ~isempty(ms), 'unexpected output:\n%s', output);
  errors = str2double({lm{1}, br{1}, ms{1}});
  check(all(isfinite(errors) & errors > 0), 'errors %s', mat2str(errors));
  gamk = str2double(br{2});
  check(gamk > 0 && gamk <= str2double(br{3}), 'effective parameters %g of %s', gamk, br{3});
  check(errors(2) < errors(1), 'trainbr error %g is not below trainlm''s %g', errors(2), errors(1));
  winner = str2double(ms{2});
  check(winner >= 1 && winner <= 8, 'winner %d', winner);
end
