/**
 * Draws each `/stats/` chart from the data table beside it (the table is the source of truth and what screen readers
 * read; the canvas is aria-hidden). chart.js is imported piece by piece so that the bundle holds only bar charts.
 */
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

// One colour per action, wherever it appears (restorations green, nothing else is); other series take the first.
const ACTION_COLOURS: Record<string, string> = {
  ban: '#b3261e',
  suspend: '#e8710a',
  remove: '#6a4c93',
  terminate: '#1967d2',
  block: '#7a4a1d',
  restrict: '#5f6368',
  reinstate: '#188038',
};
const DEFAULT_COLOUR = '#1a5bb5';

for (const figure of document.querySelectorAll<HTMLElement>('figure[data-chart]')) {
  const table = figure.querySelector('table');
  const canvas = figure.querySelector('canvas');
  if (!table || !canvas) continue;
  const series = [...table.querySelectorAll('thead th')].slice(1).map((cell) => cell.textContent ?? '');
  const rows = [...table.querySelectorAll('tbody tr')];
  const labels = rows.map((row) => row.querySelector('th')?.textContent ?? '');
  const datasets = series.map((label, column) => ({
    label,
    data: rows.map((row) => Number(row.querySelectorAll('td')[column]?.textContent ?? '0')),
    backgroundColor: ACTION_COLOURS[label] ?? DEFAULT_COLOUR,
  }));
  const stacked = figure.dataset['chart'] === 'stacked';
  const horizontal = figure.dataset['chart'] === 'horizontal';
  new Chart(canvas, {
    type: 'bar',
    data: { labels, datasets },
    options: {
      animation: false,
      maintainAspectRatio: false,
      indexAxis: horizontal ? 'y' : 'x',
      plugins: { legend: { display: series.length > 1 } },
      scales: { x: { stacked }, y: { stacked, beginAtZero: true } },
    },
  });
}
