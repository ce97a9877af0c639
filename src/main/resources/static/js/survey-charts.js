// Bar charts of questionnaire results, drawn from the table that follows each .survey-chart (label, count).
document.addEventListener('DOMContentLoaded', function () {
  if (typeof echarts === 'undefined') {
    return;
  }
  document.querySelectorAll('.survey-chart').forEach(function (element) {
    var table = element.nextElementSibling;
    if (!table) {
      return;
    }
    var labels = [];
    var counts = [];
    table.querySelectorAll('tbody tr').forEach(function (row) {
      labels.push(row.cells[0].textContent);
      counts.push(Number(row.cells[1].textContent));
    });
    element.style.height = Math.max(120, 34 * labels.length + 40) + 'px';
    var chart = echarts.init(element, null, { renderer: 'svg' });
    chart.setOption({
      animation: false,
      grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', inverse: true, data: labels, axisLabel: { width: 280, overflow: 'truncate' } },
      series: [{ type: 'bar', data: counts, label: { show: true, position: 'right' }, itemStyle: { color: '#0d6efd' } }]
    });
    element.classList.add('survey-chart-ready');
    window.addEventListener('resize', function () { chart.resize(); });
  });
});
