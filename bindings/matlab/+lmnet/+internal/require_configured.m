function require_configured(net, operation)
% require_configured  Error unless configure or train has set the sizes.
  if ~isConfigured(net)
    error('lmnet:notConfigured', ['%s: the network is not configured (input and output sizes are 0); ' ...
          'train it or call net = configure(net, x, t) first'], operation);
  end
end
