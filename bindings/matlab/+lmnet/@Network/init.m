function net = init(net)
% init  net = init(net): new initial weights for a configured network, from a
% seed drawn from rand(). An unconfigured network is returned unchanged.
  if ~isConfigured(net)
    return;
  end
  seed = lmnet.internal.draw_seed();
  net = applyNativeState(net, lmnet_mex('init', nativeState(net, false), seed));
end
