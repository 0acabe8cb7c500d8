function varargout = plotperform(varargin)
% PLOTPERFORM  LMNet stand-in for the toolbox's plotperform: calls lmnet.plotperform(...).
% On the path only when you want unmodified toolbox scripts to use LMNet
% (see bindings/matlab/README.md).
  ensure_lmnet_on_path();
  [varargout{1:nargout}] = lmnet.plotperform(varargin{:});
end
