// The pages an edition adds when the previous one is given (publish --previous): the change log, a page at every old
// URL this edition no longer serves, and withdrawn.txt.

import { diffEditions, editionOf } from '../../diff/index.js';
import type { OutputFile } from '../../output/output-file.js';
import { buildView, type CheckedInventory, type PublicationView } from '../../view/index.js';
import type { SiteFrame } from '../layout.js';
import { changeLogPage, changeLogPath } from './change-log.js';
import { keysByRow } from './edition-urls.js';
import { oldUrls, withdrawnList } from './withdrawn.js';

export { changeLogPath };

export interface EditionFiles {
  /** The change log, to be listed with the site's pages. */
  readonly changeLog: OutputFile;
  /** Pages at the old URLs (not in the sitemap: they say the power is gone) and withdrawn.txt. */
  readonly withdrawn: readonly OutputFile[];
}

/** What this edition (`current`, already viewed as `view`) changed against `previous`, as site files. */
export function editionFiles(site: SiteFrame, view: PublicationView, current: readonly CheckedInventory[], previous: readonly CheckedInventory[]): EditionFiles {
  const diff = diffEditions(editionOf(previous.map((c) => c.inventory)), editionOf(current.map((c) => c.inventory)));
  const oldKey = keysByRow(previous, buildView(previous));
  const newKey = keysByRow(current, view);
  const served = new Set(view.powers.map((p) => `powers/${p.key}.html`));
  const urls = oldUrls(site, diff, oldKey, newKey, served);
  return {
    changeLog: changeLogPage(site, diff, newKey, urls),
    withdrawn: [...urls.map((u) => u.page), withdrawnList(urls, site.baseUrl)],
  };
}
