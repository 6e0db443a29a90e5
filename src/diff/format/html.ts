// `--format html`: one self-contained page (no script, no outside resource) with the counts and the three tables;
// every value from a spreadsheet goes through the `html` template helper.

import { html, joinMarkup, raw } from '../../markup/html.js';
import type { DiffFormatter } from './types.js';
import { diffTables } from './rows.js';
import { countsLine, editionLine, word } from './words.js';

const style = raw(`body{font-family:system-ui,"Noto Sans CJK SC",sans-serif;margin:2rem;color:#1a1a1a}
table{border-collapse:collapse;margin:1rem 0;font-size:.9rem}th,td{border:1px solid #bbb;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f0f0f0}caption{text-align:left;font-weight:bold;font-size:1.1rem;padding:.5rem 0}`);

export const htmlPage: DiffFormatter = (diff, { lang }) => {
  const tables = diffTables(diff, lang).filter((t) => t.rows.length > 0).map((t) => html`<table>
<caption>${t.title}</caption>
<thead><tr>${t.header.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>
<tbody>
${joinMarkup(t.rows.map((r) => html`<tr>${r.map((c) => html`<td>${c}</td>`)}</tr>`), '\n')}
</tbody>
</table>`);
  const page = html`<!DOCTYPE html>
<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${word('title', lang)}</title>
<style>${style}</style>
</head>
<body>
<main>
<h1>${word('title', lang)}</h1>
<ul><li>${editionLine('old', diff.old, lang)}</li><li>${editionLine('new', diff.new, lang)}</li></ul>
<p>${diff.changed ? countsLine(diff.counts, diff.bases.length, lang) : word('nothing', lang)}</p>
${joinMarkup(tables, '\n')}
</main>
</body>
</html>
`;
  return page.toString();
};
