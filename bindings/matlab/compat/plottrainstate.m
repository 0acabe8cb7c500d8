function varargout = plottrainstate(varargin)
% PLOTTRAINSTATE  LMNet stand-in for the toolbox's plottrainstate: calls lmnet.plottrainstate(...).
% On the path only when you want unmodified toolbox scripts to use LMNet
% (see bindings/matlab/README.md).
  ensure_lmnet_on_path();
  [varargout{1:nargout}] = lmnet.plottrainstate(varargin{:});
end
