% fit_reference.m  The reference problem t = -x sin(10 x) fitted the way a
% MATLAB user writes it with fitnet and train; runs unchanged in GNU Octave
% (and in MATLAB) on LMNet.
%
%   octave-cli examples/matlab/fit_reference.m       (from the repository root,
%                                                      after bindings/matlab/make.m)
%
% It writes fit_reference_perform.png (plotperform) and fit_reference.h5 (the
% trained model, readable from Python and C) into the current folder.

% LMNet setup: the only line that differs from a toolbox script. The compat
% folder provides fitnet and the plot functions; train, sim, perform, ... are
% methods of the network it returns.
addpath(fullfile(fileparts(mfilename('fullpath')), '..', '..', 'bindings', 'matlab', 'compat'));

x = 0.001 * (1:1000);
t = -x .* sin(10 * x);

rng(0);                                   % reproducible initialization and division
net = fitnet([20 20 10]);                 % 1-20-20-10-1, tansig hidden layers, trainlm
net.trainParam.showCommandLine = true;    % progress every 25 epochs, as in MATLAB
net.trainParam.showWindow = false;

[net, tr] = train(net, x, t);

y = net(x);
performance = perform(net, t, y);
fprintf('\nStopped: %s\n', tr.stop);
fprintf('Best validation performance %.4g at epoch %d; mse on all data %.4g\n', ...
        tr.best_vperf, tr.best_epoch, performance);
fprintf('Division: %d training, %d validation, %d test samples\n', ...
        numel(tr.trainInd), numel(tr.valInd), numel(tr.testInd));

if exist('OCTAVE_VERSION', 'builtin')
  warning('off', 'Octave:gnuplot-graphics');
end
figure('visible', 'off');
plotperform(tr);
print('-dpng', 'fit_reference_perform.png');
fprintf('Wrote %s\n', fullfile(pwd, 'fit_reference_perform.png'));

lmnet.saveModel(net, 'fit_reference.h5', tr);   % LMNet's HDF5 model file
fprintf('Wrote %s\n', fullfile(pwd, 'fit_reference.h5'));
