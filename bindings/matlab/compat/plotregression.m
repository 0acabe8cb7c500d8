function varargout = plotregression(varargin)
% PLOTREGRESSION  LMNet stand-in for the toolbox's plotregression: calls lmnet.plotregression(...).
% On the path only when you want unmodified toolbox scripts to use LMNet
% (see bindings/matlab/README.md).
  ensure_lmnet_on_path();
  [varargout{1:nargout}] = lmnet.plotregression(varargin{:});
end
