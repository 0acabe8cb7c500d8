function seed = draw_seed()
% draw_seed  One integer seed for the C library, drawn from the global random
% generator at the moment the toolbox would draw (configure/init for weights,
% each train for the division), so rng(s) makes runs reproducible.
  seed = floor(rand() * 2^32);
end
