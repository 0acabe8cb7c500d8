function test_to_from_struct(ctx)
% Octave cannot save classdef objects: toStruct/fromStruct is the .mat path.
  [x, t] = reference_data(60);
  rng(16);
  net = lmnet.fitnet(4);
  net.trainParam.epochs = 5;
  net.divideFcn = 'divideblock';
  net = train(net, x, t);
  s = toStruct(net);
  check(isstruct(s) && strcmp(s.class, 'lmnet.Network'), 'toStruct gives a tagged struct');
  file = fullfile(ctx.tmp, 'net.mat');
  save('-v7', file, 's');
  loaded = load(file);
  back = lmnet.Network.fromStruct(loaded.s);
  check(isequal(back(x), net(x)), 'fromStruct restores the outputs');
  check(strcmp(back.divideFcn, 'divideblock') && back.trainParam.epochs == 5, 'fromStruct restores the settings');
  unconfigured = lmnet.Network.fromStruct(toStruct(lmnet.fitnet([3 2])));
  check(unconfigured.inputs{1}.size == 0 && unconfigured.numLayers == 3, 'an unconfigured network round trips');
  check_error(@() lmnet.Network.fromStruct(struct('a', 1)), 'lmnet:invalidArgument');
end
