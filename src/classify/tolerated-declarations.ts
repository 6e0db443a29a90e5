// Declared types DOMAIN.md accepts beside the classifier's for some cues: published lists legitimately differ there,
// so power-type-mismatch does not warn (DOMAIN §1.2 审核转报, §1.5 备案/年检, §1.6 items 4 and 6).

import type { ActTypeId } from '../model/act-types.js';

export interface ToleratedDeclaration {
  readonly id: string;
  /** Cue or trap ids (cues.ts, traps.ts) whose decision this applies to. */
  readonly cueIds: readonly string[];
  /** Declared types accepted for such a name. */
  readonly declared: readonly ActTypeId[];
  readonly why: string;
}

export const toleratedDeclarations = [
  { id: 'filing-as-confirmation', cueIds: ['other-filing', 'filing-record'], declared: ['confirmation'],
    why: '备案 is 其他 or, in some lists, 行政确认 (DOMAIN §1.5; issue 12); never 许可 unless catalogued' },
  { id: 'forward-review-underlying', cueIds: ['forward-review', 'preliminary-review'], declared: ['licensing', 'confirmation', 'reward', 'payment'],
    why: '审核转报/初审 is an attribute that keeps the underlying type, usually 许可 (DOMAIN §1.2, §1.6 item 6)' },
  { id: 'annual-check-as-licence', cueIds: ['annual-inspection'], declared: ['licensing', 'confirmation'],
    why: '年检/年审 that decides whether an activity may go on is listed as 许可 or 确认 (DOMAIN §1.5 其他; issue 12)' },
  { id: 'registration-either-way', cueIds: ['confirmation-register'], declared: ['licensing', 'other'],
    why: 'a bare 登记 is 许可 (设立登记), 确认 or 其他 (备案-like) by the catalogue (DOMAIN §1.6 item 4)' },
] as const satisfies readonly ToleratedDeclaration[];

/** Whether a declared type is one DOMAIN accepts for a name the cue `cueId` decided. */
export function isToleratedDeclaration(cueId: string | undefined, declared: ActTypeId): boolean {
  if (cueId === undefined) return false;
  return toleratedDeclarations.some((t) => (t.cueIds as readonly string[]).includes(cueId) && (t.declared as readonly ActTypeId[]).includes(declared));
}
