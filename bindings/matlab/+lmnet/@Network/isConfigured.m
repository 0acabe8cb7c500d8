function tf = isConfigured(net)
% isConfigured  True once configure (or train) has set the input and output sizes.
  tf = net.inputs{1}.size > 0 && net.outputs{end}.size > 0;
end
