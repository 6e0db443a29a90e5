// One edition reduced to what a diff compares: per power its identity, type, place, citations and the texts whose
// changes matter; per basis its title key and status. Built inventory by inventory so a model can be let go as soon
// as it is read (two 10⁵-power editions never need two models in memory at once).

import { formatLocator, normaliseTitle, parseCitations } from '../citation/index.js';
import type { SourceLocation } from '../diagnostics/types.js';
import type { ActTypeId } from '../model/act-types.js';
import type { BasisStatus } from '../model/basis-vocab.js';
import { departmentOf } from '../model/department.js';
import { at } from '../model/location.js';
import { compactText } from '../model/plain-text.js';
import type { Inventory, PowerRecord } from '../model/types.js';

/** One citation: the title's key, as written, and the locator in canonical words ('' for the whole law). */
export interface CitedArticle {
  readonly titleKey: string;
  readonly title: string;
  readonly locator: string;
}

export interface EditionPower {
  readonly department: string;
  readonly code: string;
  readonly name: string;
  readonly subItem?: string;
  readonly type?: ActTypeId;
  readonly unit?: string;
  readonly citations: readonly CitedArticle[];
  readonly statutoryLimit?: string;
  readonly promisedLimit?: string;
  readonly responsibilities?: string;
  readonly accountability?: string;
  readonly location: SourceLocation;
}

export interface EditionBasis {
  readonly department: string;
  readonly title: string;
  /** normaliseTitle of the title; also of the short title, when there is one. */
  readonly keys: readonly string[];
  readonly status?: BasisStatus;
  readonly promulgated?: string;
  readonly location: SourceLocation;
}

export interface Edition {
  readonly sources: string[];
  readonly powers: EditionPower[];
  readonly bases: EditionBasis[];
}

export const emptyEdition = (): Edition => ({ sources: [], powers: [], bases: [] });

/** Texts compare without width, space or line-break differences: re-typing a cell is not a change. */
export const sameText = (a: string | undefined, b: string | undefined): boolean => compactText(a ?? '') === compactText(b ?? '');

const trimmed = (text: string | undefined): string | undefined => {
  const t = text?.trim();
  return t === undefined || t === '' ? undefined : t;
};

/** Citations of a 实施依据 cell, once per distinct text (many powers cite the same articles). */
function citationReader(): (text: string) => readonly CitedArticle[] {
  const seen = new Map<string, readonly CitedArticle[]>();
  return (text) => {
    let found = seen.get(text);
    if (found === undefined) {
      const distinct = new Map<string, CitedArticle>();
      for (const c of parseCitations(text).citations) {
        const article: CitedArticle = { titleKey: normaliseTitle(c.title), title: c.title, locator: formatLocator(c) };
        distinct.set(`${article.titleKey}\u0000${article.locator}`, article);
      }
      found = [...distinct.values()];
      seen.set(text, found);
    }
    return found;
  };
}

/** Adds one inventory to an edition being built; the inventory may be dropped afterwards. */
export function addInventory(edition: Edition, inventory: Inventory, read = citationReader()): void {
  const department = departmentOf(inventory) ?? inventory.source;
  edition.sources.push(inventory.source);
  for (const power of inventory.powers) edition.powers.push(editionPower(power, department, read));
  for (const basis of inventory.bases) {
    const keys = [normaliseTitle(basis.title)];
    if (basis.shortTitle !== undefined && basis.shortTitle.trim() !== '') keys.push(normaliseTitle(basis.shortTitle));
    edition.bases.push({
      department,
      title: basis.title,
      keys,
      ...(basis.status === undefined ? {} : { status: basis.status }),
      ...(basis.promulgated === undefined ? {} : { promulgated: basis.promulgated }),
      location: at(basis.source),
    });
  }
}

function editionPower(power: PowerRecord, department: string, read: (text: string) => readonly CitedArticle[]): EditionPower {
  const subItem = trimmed(power.subItem);
  const unit = trimmed(power.unit);
  const statutoryLimit = trimmed(power.statutoryLimit);
  const promisedLimit = trimmed(power.promisedLimit);
  const responsibilities = trimmed(power.responsibilities);
  const accountability = trimmed(power.accountability);
  return {
    department: trimmed(power.department) ?? department,
    code: power.code?.trim() ?? '',
    name: power.name.trim(),
    ...(subItem === undefined ? {} : { subItem }),
    ...(power.type === undefined ? {} : { type: power.type }),
    ...(unit === undefined ? {} : { unit }),
    citations: read(power.basisText ?? ''),
    ...(statutoryLimit === undefined ? {} : { statutoryLimit }),
    ...(promisedLimit === undefined ? {} : { promisedLimit }),
    ...(responsibilities === undefined ? {} : { responsibilities }),
    ...(accountability === undefined ? {} : { accountability }),
    location: at(power.source),
  };
}

/** Builds an edition from inventories already in memory. */
export function editionOf(inventories: readonly Inventory[]): Edition {
  const edition = emptyEdition();
  const read = citationReader();
  for (const inventory of inventories) addInventory(edition, inventory, read);
  return edition;
}
