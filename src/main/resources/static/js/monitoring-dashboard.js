// The dashboard's grouped bar charts, drawn from the JSON data block #dashboard-data (the CSP forbids inline
// scripts and styles). Canvas renderer and the height passed to ECharts: the SVG renderer writes style="" attributes.
document.addEventListener('DOMContentLoaded', function () {
  var block = document.getElementById('dashboard-data');
  if (typeof echarts === 'undefined' || !block) {
    return;
  }
  var numbers = new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 1 });
  var colours = ['#0a58ca', '#adb5bd', '#198754'];
  JSON.parse(block.textContent).charts.forEach(function (spec) {
    var element = document.getElementById(spec.id);
    if (!element || spec.categories.length === 0) {
      return;
    }
    var height = Math.max(160, 48 + spec.categories.length * 28 * spec.series.length);
    var chart = echarts.init(element, null, { renderer: 'canvas', height: height });
    chart.setOption({
      animation: false,
      legend: { top: 0 },
      grid: { left: 8, right: 56, top: 32, bottom: 8, containLabel: true },
      xAxis: { type: 'value', max: spec.percent ? 100 : null, axisLabel: { formatter: function (v) { return numbers.format(v); } } },
      yAxis: { type: 'category', inverse: true, data: spec.categories, axisLabel: { width: 220, overflow: 'break' } },
      series: spec.series.map(function (s, i) {
        return {
          type: 'bar', name: s.name, data: s.data, itemStyle: { color: colours[i % colours.length] },
          label: { show: true, position: 'right', formatter: function (p) {
            return p.value == null ? '' : numbers.format(p.value) + (spec.percent ? ' %' : '');
          } }
        };
      })
    });
    element.classList.add('dashboard-chart-ready');
    window.addEventListener('resize', function () { chart.resize(); });
  });
});
