// What the rules of other tables need of the powers once the last power has gone by: code keys, units, and the
// first power of each code that has a procedure. Small next to the records, so a streamed powers table is not held.

import { keyOf } from './build-index.js';
import type { PowerRecord } from './types.js';

/** Of the first power listed under a code: what a procedure's time limits are judged against. */
export type ProcedureOwner = Pick<PowerRecord, 'code' | 'type' | 'statutoryLimit' | 'note'>;

export interface PowerFacts {
  /** True when a power of the model has this code key. */
  readonly hasCode: (codeKey: string) => boolean;
  /** True when a power has this code key, rows left out of the model for an empty name included. */
  readonly isKnownCode: (codeKey: string) => boolean;
  /** Unit name keys named by powers (承办机构). */
  readonly units: ReadonlySet<string>;
  /** The first power with this code key, for the codes the steps table names. */
  readonly ownerOf: (codeKey: string) => ProcedureOwner | undefined;
}

/** Gathers PowerFacts one power at a time, in reading order. */
export class PowerFactsBuilder {
  private readonly codes = new Set<string>();
  private readonly units = new Set<string>();
  private readonly owners = new Map<string, ProcedureOwner>();

  /** `procedureCodes`: the code keys the steps table names (only their first powers are kept whole). */
  constructor(private readonly procedureCodes: Pick<ReadonlySet<string>, 'has'>) {}

  add(power: PowerRecord): void {
    if (power.unit !== undefined) this.units.add(keyOf(power.unit));
    if (power.code === undefined) return;
    const code = keyOf(power.code);
    this.codes.add(code);
    if (this.procedureCodes.has(code) && !this.owners.has(code)) {
      this.owners.set(code, { code: power.code, type: power.type, statutoryLimit: power.statutoryLimit, note: power.note });
    }
  }

  finish(omittedCodes: readonly string[]): PowerFacts {
    const { codes, units, owners } = this;
    const omitted = new Set(omittedCodes.map(keyOf));
    return {
      hasCode: (key) => codes.has(key),
      isKnownCode: (key) => codes.has(key) || omitted.has(key),
      units,
      ownerOf: (key) => owners.get(key),
    };
  }
}
