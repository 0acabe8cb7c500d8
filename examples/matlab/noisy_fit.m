% noisy_fit.m  Noisy samples of sin(3x) fitted three ways with LMNet in GNU
% Octave (or MATLAB): trainlm, trainbr (Bayesian regularization), and trainlm
% multi-start (8 initializations trained on parallel threads, the best by
% validation performance kept). Prints each fit's error against the noise-free
% function.
%
%   octave-cli examples/matlab/noisy_fit.m      (from the repository root,
%                                                after bindings/matlab/make.m)

addpath(fullfile(fileparts(mfilename('fullpath')), '..', '..', 'bindings', 'matlab'));

f = @(x) sin(3 * x);
rng(7);                                   % reproducible data, weights and divisions
x = linspace(-1, 1, 60);
t = f(x) + 0.2 * randn(size(x));
grid = linspace(-1, 1, 401);
error_of = @(net) mean((net(grid) - f(grid)) .^ 2);

lm = lmnet.fitnet(10);                    % trainlm, early stopping on validation
[lm, trl] = train(lm, x, t);

br = lmnet.fitnet(10, 'trainbr');         % trainbr: mu 0.005, max_fail 0
br.trainParam.epochs = 300;
[br, trb] = train(br, x, t);

[ms_net, trm, ms] = lmnet.trainMultistart(lmnet.fitnet(10), x, t, 8);

fprintf('trainlm              error %.3g  (%s after %d epochs)\n', error_of(lm), trl.stop, trl.num_epochs);
fprintf('trainbr              error %.3g  (%.1f of %d parameters effective, %s)\n', ...
        error_of(br), trb.gamk(end), br.numWeightElements, trb.stop);
fprintf('trainlm multi-start  error %.3g  (start %d of %d wins, best validation mse %.3g; all: %s)\n', ...
        error_of(ms_net), ms.winner, numel(ms.seeds), trm.best_vperf, mat2str(ms.best_vperf, 3));
