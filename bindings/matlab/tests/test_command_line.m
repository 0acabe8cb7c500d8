function test_command_line(ctx)
% showCommandLine prints MATLAB-like progress every `show` epochs and at the
% end, then the stop sentence; nothing is printed by default.
  [x, t] = reference_data(100);
  rng(9);
  net = lmnet.fitnet(4);
  net.trainParam.epochs = 12;
  quiet = evalc('[~, ~] = train(net, x, t);');
  check(isempty(quiet), 'train printed with showCommandLine false:\n%s', quiet);

  net.trainParam.showCommandLine = true;
  net.trainParam.showWindow = false;
  net.trainParam.show = 5;
  rng(9);
  text = evalc('[~, tr] = train(net, x, t);');
  lines = strsplit(strtrim(text), sprintf('\n'));
  check(strcmp(lines{1}, 'Training with TRAINLM.'), 'first line "%s"', lines{1});
  epochs = regexp(text, 'Epoch (\d+)/12,', 'tokens');
  epochs = cellfun(@(c) str2double(c{1}), epochs);
  last = tr.num_epochs;
  expected = unique([0:5:last last]);
  check(isequal(epochs, expected), 'progress lines at epochs %s, expected %s', mat2str(epochs), mat2str(expected));
  pattern = ['^Epoch \d+/12, Time [0-9.e+-]+, Performance [0-9.e+-]+/0, Gradient [0-9.e+-]+/1e-07, ' ...
             'Mu [0-9.e+-]+/10000000000, Validation Checks \d+/6$'];
  check(~isempty(regexp(lines{2}, pattern, 'once')), 'line format: "%s"', lines{2});
  check(strcmp(lines{end}, ['Training with TRAINLM completed: ' tr.stop]), 'last line "%s"', lines{end});
  final = regexp(lines{end - 1}, 'Performance ([0-9.e+-]+)/', 'tokens', 'once');
  check_close(str2double(final{1}), tr.perf(end), 1e-4, 'the last line shows the final performance');
end
