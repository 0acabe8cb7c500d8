function net = fitnet(varargin)
% FITNET  LMNet stand-in for the toolbox's fitnet: returns lmnet.fitnet(...).
% On the path only when you want unmodified toolbox scripts to use LMNet
% (see bindings/matlab/README.md). train, sim, perform, configure, init, getwb
% and setwb need no stand-in: they are methods of the network LMNet returns.
  ensure_lmnet_on_path();
  net = lmnet.fitnet(varargin{:});
end
