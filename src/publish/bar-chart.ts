// An accessible horizontal bar chart as inline SVG (role="img" with title and description; the table beside it holds the numbers).

import { html, type SafeMarkup } from '../markup/html.js';

export interface Bar {
  readonly label: string;
  readonly value: number;
}

const rowHeight = 28;
const labelWidth = 200;
const chartWidth = 640;
const barArea = chartWidth - labelWidth - 60;

/** A chart every label and number of which is text in the SVG, so it scales, prints and reads aloud. */
export function barChart(id: string, title: string, bars: readonly Bar[]): SafeMarkup {
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  const height = bars.length * rowHeight + 10;
  const description = bars.map((bar) => `${bar.label}：${bar.value}`).join('；');
  const rows = bars.map((bar, i) => {
    const y = i * rowHeight + 5;
    const width = Math.round((bar.value / max) * barArea);
    const label = bar.label.length > 14 ? `${bar.label.slice(0, 13)}…` : bar.label;
    return html`<g><text x="${labelWidth - 8}" y="${y + 18}" text-anchor="end" font-size="14">${label}</text><rect x="${labelWidth}" y="${y + 4}" width="${width}" height="${rowHeight - 10}" fill="#0b4f9c"></rect><text x="${labelWidth + width + 6}" y="${y + 18}" font-size="14">${bar.value}</text></g>`;
  });
  return html`<figure class="chart"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${chartWidth} ${height}" width="${chartWidth}" height="${height}" role="img" aria-labelledby="${id}-t ${id}-d" font-family="Noto Sans CJK SC, sans-serif"><title id="${id}-t">${title}</title><desc id="${id}-d">${description}</desc>${rows}</svg><figcaption>${title}</figcaption></figure>`;
}
