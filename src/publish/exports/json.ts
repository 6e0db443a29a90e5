// The inventory as JSON: the whole site in one file and each power in its own, beside its page.

import type { OutputFile } from '../../output/output-file.js';
import type { PublicationView } from '../../view/index.js';
import { powerJsonPath } from '../paths.js';
import { basisRecord, powerRecord } from './records.js';

export interface ExportMeta {
  readonly title: string;
  readonly date?: string;
}

/** Pretty-printed, keys in a fixed order, undefined fields dropped: same view, same bytes. */
const serialise = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

export function inventoryJson(view: PublicationView, meta: ExportMeta): OutputFile {
  return {
    path: 'data/inventory.json',
    contents: serialise({
      title: meta.title,
      date: meta.date,
      departments: view.departments.map((department) => ({
        name: department.name,
        powers: department.powers.map((power) => powerRecord(power, department)),
        posts: department.posts,
        officers: department.officers,
      })),
      bases: view.bases.map(basisRecord),
    }),
  };
}

export function powerJsonFiles(view: PublicationView): OutputFile[] {
  return view.departments.flatMap((department) =>
    department.powers.map((power) => ({ path: powerJsonPath(power), contents: serialise(powerRecord(power, department)) })),
  );
}
