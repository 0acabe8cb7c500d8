function fig = plot_figure(plotName)
% plot_figure  The figure a plot function draws into: the current figure
% (created if there is none), cleared. Gives a clear error when Octave has no
% graphics toolkit (headless machine without gnuplot).
  if exist('OCTAVE_VERSION', 'builtin') && isempty(available_graphics_toolkits())
    error('lmnet:noGraphics', ['%s: Octave has no graphics toolkit here. On a headless machine install ' ...
          'gnuplot (Debian: apt-get install gnuplot-nox fonts-freefont-otf) and draw into ' ...
          'figure(''visible'', ''off'') before print.'], plotName);
  end
  fig = gcf();
  clf(fig);
end
