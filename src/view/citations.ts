// A power's 实施依据 cell as cited articles, each resolved to the catalogue entry its title names.

import { formatDocNumber, formatLocator, parseCitations, type TitleIndex } from '../citation/index.js';
import type { ViewCitation } from './types.js';

/**
 * One entry per cited locator. `keyAt(position)` turns a position in the department's bases table into the site
 * key of that basis. Titles the table does not carry are kept, unlinked.
 */
export function resolveCitations(text: string | undefined, titles: TitleIndex, keyAt: (position: number) => string): ViewCitation[] {
  if (text === undefined || text.trim() === '') return [];
  return parseCitations(text).citations.map((citation) => {
    const position = titles.lookup(citation.title);
    let title = `《${citation.title}》`;
    if (citation.version !== undefined) title += `（${citation.version}）`;
    if (citation.docNumber !== undefined) title += `（${formatDocNumber(citation.docNumber)}）`;
    return {
      title,
      locator: formatLocator(citation),
      ...(citation.quote === undefined ? {} : { quote: citation.quote }),
      ...(position === undefined ? {} : { basisKey: keyAt(position) }),
    };
  });
}
