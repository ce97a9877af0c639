// Bar charts of questionnaire results, drawn from the table that follows each .survey-chart (label, count).
// Drawn on a canvas: the SVG renderer writes style="" attributes, which the Content-Security-Policy refuses;
// the height goes to ECharts rather than onto the element for the same reason.
document.addEventListener('DOMContentLoaded', function () {
  if (typeof echarts === 'undefined') {
    return;
  }
  var numbers = new Intl.NumberFormat('ru-RU');
  var format = function (value) {
    return numbers.format(typeof value === 'object' ? value.value : value);
  };
  document.querySelectorAll('.survey-chart').forEach(function (element) {
    var table = element.nextElementSibling;
    if (!table) {
      return;
    }
    var labels = [];
    var counts = [];
    table.querySelectorAll('tbody tr').forEach(function (row) {
      labels.push(row.cells[0].textContent.trim());
      counts.push(Number(row.cells[1].textContent.replace(/\s/g, '')));
    });
    // long answers wrap onto as many lines as they need instead of being cut off
    var labelWidth = Math.max(120, Math.min(360, Math.round(element.clientWidth * 0.4)));
    var charsPerLine = Math.max(10, Math.floor(labelWidth / 7));
    var height = 40;
    labels.forEach(function (label) {
      height += Math.max(34, 16 * Math.ceil(label.length / charsPerLine) + 12);
    });
    var chart = echarts.init(element, null, { renderer: 'canvas', height: Math.max(120, height) });
    chart.setOption({
      animation: false,
      grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1, axisLabel: { formatter: format } },
      yAxis: {
        type: 'category', inverse: true, data: labels,
        axisLabel: { width: labelWidth, overflow: 'break', lineHeight: 16, interval: 0 }
      },
      series: [{
        type: 'bar', data: counts, itemStyle: { color: '#0a58ca' },
        label: { show: true, position: 'right', formatter: function (p) { return format(p.value); } }
      }]
    });
    element.classList.add('survey-chart-ready');
    window.addEventListener('resize', function () { chart.resize(); });
  });
});
