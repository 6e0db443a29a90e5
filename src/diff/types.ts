// The result of `diffEditions`: every change between two editions of an inventory (or of a batch), each with the
// old and new values and the cell in both editions; plus what the portal must withdraw. Keep this shape stable:
// `quanze diff` formats it and `publish --previous` builds the change log and withdrawal pages from it.

import type { SourceLocation } from '../diagnostics/types.js';
import type { ActTypeId } from '../model/act-types.js';
import type { BasisStatus } from '../model/basis-vocab.js';

/** A power as one edition has it: enough to name it and find its row. */
export interface PowerSide {
  /** The department it belongs to: its 实施主体, else its inventory's department. */
  readonly department: string;
  readonly code: string;
  readonly name: string;
  readonly subItem?: string;
  readonly type?: ActTypeId;
  readonly unit?: string;
  readonly location: SourceLocation;
}

/** What changed in a power's 实施依据: citations by title, and titles whose article numbers differ. */
export interface CitationChange {
  /** Citations, canonically written (《title》第X条…), only in the new edition. */
  readonly added: readonly string[];
  readonly removed: readonly string[];
  /** The same title cited at other articles: 《title》 with the old and new locators. */
  readonly articles: readonly { readonly title: string; readonly old: readonly string[]; readonly new: readonly string[] }[];
}

export const powerChangeKinds = [
  'added', 'removed', 'renamed', 'recoded', 'retyped', 'moved-department', 'moved-unit', 'bases', 'statutory-limit',
  'promised-limit', 'responsibilities', 'accountability',
] as const;

/**
 * added / removed: no counterpart in the other edition. renamed: same code, new name. recoded: same name (by
 * similarity) and same bases under a new code. retyped: new act type. moved-department / moved-unit: new 实施主体 or
 * 承办机构. bases: citations added, removed or re-numbered. The rest: the text of that field changed.
 */
export type PowerChangeKind = (typeof powerChangeKinds)[number];

export interface PowerChange {
  readonly kind: PowerChangeKind;
  /** Absent for `added`. */
  readonly old?: PowerSide;
  /** Absent for `removed`. */
  readonly new?: PowerSide;
  /** The field's old and new text (names, codes, type ids, departments, units, time limits, responsibilities …). */
  readonly from?: string;
  readonly to?: string;
  /** For `recoded`: name similarity of the pair, 0..1 (1 when the names are the same). */
  readonly score?: number;
  /** For `bases`. */
  readonly citations?: CitationChange;
}

/** A legal basis whose 时效性 changed between the editions, and every power of the new edition that cites it. */
export interface BasisStatusChange {
  readonly department: string;
  readonly title: string;
  readonly from?: BasisStatus;
  readonly to?: BasisStatus;
  readonly old: SourceLocation;
  readonly new: SourceLocation;
  /** Powers citing it, in the new edition (in the old one for powers since removed). */
  readonly powers: readonly PowerSide[];
}

/** Why a removed power left the list, as far as the editions tell. */
export type WithdrawalReason =
  /** A basis it cited is repealed in the new edition, or no longer in the new catalogue. */
  | { readonly kind: 'basis-repealed'; readonly titles: readonly string[] }
  /** A power of the new edition now carries all its citations (合并): that power. */
  | { readonly kind: 'merged'; readonly into: PowerSide }
  /** Its department's new edition no longer lists it and nothing above explains it (下放, 取消 …): say so plainly. */
  | { readonly kind: 'unstated' };

export interface Withdrawal {
  readonly power: PowerSide;
  readonly reason: WithdrawalReason;
}

export interface EditionSummary {
  /** Inventories read, as given. */
  readonly sources: readonly string[];
  readonly powers: number;
  readonly bases: number;
}

export interface EditionDiff {
  readonly old: EditionSummary;
  readonly new: EditionSummary;
  /** Ordered by department, code, name, then kind (in `powerChangeKinds` order): the same inputs, the same order. */
  readonly changes: readonly PowerChange[];
  readonly bases: readonly BasisStatusChange[];
  /** Every removed power, with why; the portal's pages for them and withdrawn.txt are built from this. */
  readonly withdrawals: readonly Withdrawal[];
  /** Counts of `changes` by kind, every kind present. */
  readonly counts: Readonly<Record<PowerChangeKind, number>>;
  /** True when anything changed (powers or bases). */
  readonly changed: boolean;
}

export interface DiffOptions {
  /** Name similarity (0..1) a re-coded pair needs besides identical bases; default 0.85. */
  readonly recodeThreshold?: number;
}
