function [net, tr] = train(net, x, t, varargin)
% train  [net, tr] = train(net, x, t): Levenberg-Marquardt training (trainlm)
% or Bayesian regularization (trainbr) as net.trainFcn says, with
% net.trainParam, net.divideFcn/divideParam and net.performFcn/performParam.
%
% x is R-by-Q, t is S-by-Q (NaN targets are "don't care"). An unconfigured
% network is configured first (weights from a seed drawn from rand(), as the
% toolbox draws from its generator); a configured one continues from its
% weights. Each call draws one more seed for the data division. On return net
% holds the best network (best validation performance, or best training
% performance without a validation set) and tr the training record with the
% toolbox's field names. net.trainParam.showCommandLine = true prints progress
% every net.trainParam.show epochs.
%
% Also accepted: train(net, x, t, {}, {}, []) (empty Xi, Ai, EW) and the
% name-value options 'useParallel', 'useGPU', 'showResources' and 'reduction',
% which have no effect (LMNet always accumulates the Jacobian in blocks and runs
% on the CPU).
  if nargin < 3
    error('lmnet:invalidArgument', 'usage: [net, tr] = train(net, x, t)');
  end
  check_extra_arguments(varargin);
  [x, t] = lmnet.internal.training_data(net, x, t);
  if ~isConfigured(net)
    net = configure(net, x, t);
  end
  divisionSeed = lmnet.internal.draw_seed();
  opts = nativeOptions(net, divisionSeed);
  show = -1;
  if logical(net.trainParam.showCommandLine)
    show = net.trainParam.show;
  end
  if nargout > 1
    [state, record, recordBytes] = lmnet_mex('train', nativeState(net), opts, x, t, show);
    net = applyNativeState(net, state);
    tr = trainingRecord(net, record, recordBytes, size(t));
  else
    net = applyNativeState(net, lmnet_mex('train', nativeState(net), opts, x, t, show));
  end
end

function check_extra_arguments(args)
  k = 1;
  while k <= numel(args)
    a = args{k};
    if ischar(a)
      if ~any(strcmpi(a, {'useParallel', 'useGPU', 'showResources', 'reduction'}))
        error('lmnet:invalidArgument', 'train: unknown option ''%s''', a);
      end
      if k == numel(args)
        error('lmnet:invalidArgument', 'train: option ''%s'' needs a value', a);
      end
      k = k + 2;
    elseif isempty(a) || (k == 3 && isnumeric(a) && all(a(:) == 1))
      k = k + 1;   % empty Xi, Ai, or EW of ones
    else
      error('lmnet:notSupported', ['train: only static networks are supported: Xi and Ai must be empty ' ...
            'and error weights EW all ones']);
    end
  end
end
