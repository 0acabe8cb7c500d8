function net = setwb(net, wb)
% setwb  net = setwb(net, wb): the inverse of getwb (same order and length).
  if ~isnumeric(wb) || ~isreal(wb) || (~isempty(wb) && ~isvector(wb))
    error('lmnet:invalidArgument', 'setwb: wb must be a real vector');
  end
  n = net.numWeightElements;
  if numel(wb) ~= n
    error('lmnet:dimension', 'setwb: the network has %d weights and biases, wb has %d elements', n, numel(wb));
  end
  getwb(net);   % checks that IW, LW and b match the layer sizes
  wb = double(wb(:));
  offset = 0;
  for k = 1:numel(net.layers)
    S = numel(net.b{k});
    net.b{k} = wb(offset + (1:S));
    offset = offset + S;
    if k == 1
      shape = size(net.IW{1, 1});
      net.IW{1, 1} = reshape(wb(offset + (1:prod(shape))), shape);
    else
      shape = size(net.LW{k, k - 1});
      net.LW{k, k - 1} = reshape(wb(offset + (1:prod(shape))), shape);
    end
    offset = offset + prod(shape);
  end
end
