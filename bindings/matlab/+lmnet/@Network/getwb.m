function wb = getwb(net)
% getwb  All weights and biases as one column: for each layer k its bias b{k},
% then its weight matrix (IW{1,1} for k = 1, LW{k,k-1} otherwise) column-major.
  L = numel(net.layers);
  parts = cell(2 * L, 1);
  previous = size(net.IW{1, 1}, 2);
  for k = 1:L
    if k == 1
      W = net.IW{1, 1};
    else
      W = net.LW{k, k - 1};
    end
    S = net.layers{k}.size;
    if ~isequal(size(W), [S previous]) || ~isequal(size(net.b{k}), [S 1])
      error('lmnet:dimension', ['the weights of layer %d (%dx%d, bias %dx%d) do not match its size %d ' ...
            'and %d inputs; call init(net) or configure(net, x, t)'], k, size(W, 1), size(W, 2), ...
            size(net.b{k}, 1), size(net.b{k}, 2), S, previous);
    end
    parts{2 * k - 1} = double(net.b{k});
    parts{2 * k} = double(W(:));
    previous = S;
  end
  wb = vertcat(parts{:});
end
