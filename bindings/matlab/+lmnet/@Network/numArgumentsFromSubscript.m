function n = numArgumentsFromSubscript(net, s, context)
% numArgumentsFromSubscript  (MATLAB) net(x) returns one value.
  if strcmp(s(1).type, '()')
    n = 1;
  else
    n = builtin('numArgumentsFromSubscript', net, s, context);
  end
end
