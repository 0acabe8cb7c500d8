function test_getwb_setwb(ctx)
% getwb/setwb use the order b{1}, IW{1,1}(:), b{2}, LW{2,1}(:), ... and round trip.
  [x, t] = reference_data(50);
  rng(4);
  net = configure(lmnet.fitnet([3 2]), x, t);
  wb = getwb(net);
  check(isequal(size(wb), [net.numWeightElements 1]), 'getwb returns a column of numWeightElements');
  check(net.numWeightElements == 3 * 2 + 2 * 4 + 1 * 3, 'numWeightElements %d', net.numWeightElements);
  expected = [net.b{1}; net.IW{1, 1}(:); net.b{2}; net.LW{2, 1}(:); net.b{3}; net.LW{3, 2}(:)];
  check(isequal(wb, expected), 'getwb order');

  y = net(x);
  changed = setwb(net, 2 * wb);
  check(isequal(getwb(changed), 2 * wb), 'setwb stores the vector');
  check(isequal(changed.LW{2, 1}, 2 * net.LW{2, 1}), 'setwb fills LW{2,1}');
  check(~isequal(changed(x), y), 'the changed weights change the outputs');
  back = setwb(changed, wb);
  check_close(back(x), y, 0, 'setwb(getwb) restores the outputs exactly');

  manual = net;
  manual.IW{1, 1} = zeros(3, 1);
  manual.b{3} = 0.25;
  check(all(manual(x) == manual(x(:, 1))), 'IW{1,1} = 0 makes the output independent of x');
  check(isequal(getwb(manual), [net.b{1}; zeros(3, 1); net.b{2}; net.LW{2, 1}(:); 0.25; net.LW{3, 2}(:)]), ...
        'assigning IW and b by index is seen by getwb');
  check_error(@() setwb(net, wb(1:end - 1)), 'lmnet:dimension');
end
