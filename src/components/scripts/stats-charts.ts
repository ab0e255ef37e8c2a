/**
 * Draws each `/stats/` chart from the data table beside it (the table is the source of truth and what screen readers
 * read; the canvas is aria-hidden). chart.js is imported piece by piece so that the bundle holds only bar charts.
 */
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

const PALETTE = ['#b3261e', '#e8710a', '#6a4c93', '#1967d2', '#0b8043', '#5f6368', '#188038', '#c5221f'];

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
    backgroundColor: PALETTE[column % PALETTE.length]!,
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
