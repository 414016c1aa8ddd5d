/* global document, uPlot */
// Draws each chart described by a [data-chart] element with uPlot. The same figures are in the
// table beside it, which is what screen readers and keyboard users read.
(function () {
  'use strict';

  var PALETTE = ['#1f5fa8', '#b3261e', '#2e7d32', '#6a1b9a', '#8d5a00', '#00695c'];

  function draw(el) {
    if (el.getAttribute('data-drawn') === '1' || typeof uPlot === 'undefined') return;
    var spec;
    try {
      spec = JSON.parse(el.getAttribute('data-chart'));
    } catch {
      return;
    }
    el.setAttribute('data-drawn', '1');
    var width = Math.max(280, Math.min(760, el.clientWidth || 600));
    var series = [{}].concat(
      spec.series.map(function (s, i) {
        return { label: s.label, stroke: PALETTE[i % PALETTE.length], width: 2, spanGaps: true };
      }),
    );
    var data = [spec.x].concat(
      spec.series.map(function (s) {
        return s.values;
      }),
    );
    var opts = {
      width: width,
      height: 240,
      series: series,
      scales: { x: { time: spec.time !== false } },
      axes: [{}, { label: spec.yLabel || '' }],
    };
    new uPlot(opts, data, el);
  }

  function drawAll(root) {
    var nodes = (root || document).querySelectorAll('[data-chart]');
    for (var i = 0; i < nodes.length; i++) draw(nodes[i]);
  }

  document.addEventListener('htmx:afterSettle', function (event) {
    drawAll(event.target);
  });
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', function () {
      drawAll();
    });
  } else drawAll();
})();
