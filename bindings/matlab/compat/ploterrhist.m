function varargout = ploterrhist(varargin)
% PLOTERRHIST  LMNet stand-in for the toolbox's ploterrhist: calls lmnet.ploterrhist(...).
% On the path only when you want unmodified toolbox scripts to use LMNet
% (see bindings/matlab/README.md).
  ensure_lmnet_on_path();
  [varargout{1:nargout}] = lmnet.ploterrhist(varargin{:});
end
