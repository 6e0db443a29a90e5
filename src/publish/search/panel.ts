// The search form, filters and result list of search.html, with the scripts that run it.

import { html, type SafeMarkup } from '../../markup/html.js';
import { searchScripts } from './assets.js';

export interface SearchPanelOptions {
  /** 实施主体 offered by the department filter, in the order to show. */
  readonly departments: readonly string[];
  /** Act type labels offered by the type filter, in the order to show. */
  readonly actTypes: readonly string[];
}

const option = (value: string): SafeMarkup => html`<option value="${value}">${value}</option>`;

/**
 * The panel for search.html at the site root. The form submits to search.html with ?q=, so a header form on any page
 * (`<form action="search.html"><input name="q">`) lands here with its query; ?department= and ?type= preset the filters.
 * Results are filled in by search/search-page.js, which sets only textContent.
 */
export function renderSearchPanel(options: SearchPanelOptions): SafeMarkup {
  return html`<section class="search-panel" aria-labelledby="search-heading">
<h2 id="search-heading">搜索执法事项</h2>
<form id="search-form" class="search-form" role="search" action="search.html" method="get">
<p><label for="search-q">名称、编码或关键词</label>
<input id="search-q" name="q" type="search" autocomplete="off" placeholder="例如：食品经营许可"></p>
<p><label for="search-department">实施主体</label>
<select id="search-department" name="department"><option value="">全部部门</option>${options.departments.map(option)}</select></p>
<p><label for="search-type">事项类型</label>
<select id="search-type" name="type"><option value="">全部类型</option>${options.actTypes.map(option)}</select></p>
<p><button type="submit">搜索</button></p>
</form>
<p id="search-status" class="search-status" role="status" aria-live="polite"></p>
<ol id="search-results" class="search-results"></ol>
<noscript><p>搜索需要启用 JavaScript。也可以从首页按部门或按事项类型浏览全部事项。</p></noscript>
</section>
${searchScripts.map((src) => html`<script src="${src}"></script>\n`)}`;
}
