function varargout = subsref(net, s)
% subsref  y = net(x) simulates the network (as sim); everything else is the
% ordinary property access.
  if strcmp(s(1).type, '()')
    y = sim(net, s(1).subs{:});
    if numel(s) > 1
      [varargout{1:max(nargout, 1)}] = subsref(y, s(2:end));
    else
      varargout = {y};
    end
  else
    [varargout{1:max(nargout, 1)}] = builtin('subsref', net, s);
  end
end
