// The canonical inventory: one row type per table (what the JSON Schemas in schemas/ describe),
// and the records rules read, each keeping where it came from.

import type { ActTypeId } from './act-types.js';
import type { BasisLevel, BasisStatus } from './basis-vocab.js';
import type { TableKind } from './tables.js';

/** ISO date "YYYY-MM-DD". */
export type IsoDate = string;

/** A legal norm in the bases table (执法依据). */
export interface BasisRow {
  readonly seq?: string;
  readonly title: string;
  readonly shortTitle?: string;
  readonly level: BasisLevel;
  readonly issuer?: string;
  readonly docNumber?: string;
  readonly promulgated?: IsoDate;
  readonly effective?: IsoDate;
  readonly status: BasisStatus;
  readonly validUntil?: IsoDate;
  readonly note?: string;
}

/** A power in the powers table (执法事项 / 权责清单). */
export interface PowerRow {
  readonly seq?: string;
  readonly code: string;
  readonly name: string;
  readonly subItem?: string;
  readonly type: ActTypeId;
  readonly basisText: string;
  readonly department?: string;
  readonly unit?: string;
  readonly posts?: readonly string[];
  readonly level?: string;
  readonly responsibilities?: string;
  readonly responsibilityBasis?: string;
  readonly accountabilityScope?: string;
  readonly accountability?: string;
  /** 廉政风险点 (and their prevention), where the inventory lists them. */
  readonly integrityRisk?: string;
  readonly forwardReview?: boolean;
  readonly legalReview?: boolean;
  readonly feeBasis?: string;
  readonly statutoryLimit?: string;
  readonly promisedLimit?: string;
  readonly conditions?: string;
  /** Service-guide fields (服务指南, DOMAIN.md §2.5): 申请材料, 办理地点, 办理时间, 咨询电话, 表格下载. */
  readonly materials?: string;
  readonly place?: string;
  readonly hours?: string;
  readonly consultation?: string;
  readonly forms?: string;
  readonly flowchart?: string;
  readonly supervision?: string;
  readonly remedy?: string;
  readonly note?: string;
}

/** A post in the posts table (执法岗位). */
export interface PostRow {
  readonly id: string;
  readonly name: string;
  readonly unit: string;
  readonly duties?: string;
  readonly powers?: readonly string[];
  readonly note?: string;
}

/** An enforcement officer (执法人员). */
export interface OfficerRow {
  readonly seq?: string;
  readonly name: string;
  readonly gender?: string;
  readonly unit: string;
  readonly title?: string;
  readonly post?: string;
  readonly certificateNo?: string;
  readonly category?: string;
  readonly area?: string;
  readonly issuer?: string;
  readonly certificateExpiry?: IsoDate;
  readonly legalReviewer?: boolean;
  readonly note?: string;
}

/** One step of a power's procedure (执法流程). */
export interface StepRow {
  readonly powerCode: string;
  readonly stepId: string;
  readonly name: string;
  readonly post?: string;
  readonly timeLimit?: string;
  readonly next?: readonly string[];
  readonly condition?: string;
  readonly note?: string;
}

export interface RowTypes {
  readonly bases: BasisRow;
  readonly powers: PowerRow;
  readonly posts: PostRow;
  readonly officers: OfficerRow;
  readonly steps: StepRow;
}

/** Fields a record cannot exist without: a row missing one is reported and left out of the model. */
export const identityFields = {
  bases: ['title'],
  powers: ['name'],
  posts: ['id'],
  officers: ['name'],
  steps: ['powerCode', 'stepId'],
} as const satisfies { readonly [K in TableKind]: readonly (keyof RowTypes[K])[] };

type IdentityOf<K extends TableKind> = (typeof identityFields)[K][number];

/**
 * A record in the model: the row's valid values. A value that failed its schema is reported and
 * left out, so every field but the identity fields may be absent.
 */
export type RecordOf<K extends TableKind> = Pick<RowTypes[K], IdentityOf<K> & keyof RowTypes[K]> &
  Partial<Omit<RowTypes[K], IdentityOf<K>>> & {
    readonly source: RowRef;
    /** Unknown columns, kept by header text. */
    readonly extra?: ReadonlyMap<string, string>;
  };

export type BasisRecord = RecordOf<'bases'>;
export type PowerRecord = RecordOf<'powers'>;
export type PostRecord = RecordOf<'posts'>;
export type OfficerRecord = RecordOf<'officers'>;
export type StepRecord = RecordOf<'steps'>;

/** One table as found in a file; shared by all its rows so a row costs one small object. */
export interface TableSource {
  readonly kind: TableKind;
  readonly file: string;
  readonly sheet?: string;
  readonly headerRow: number;
  /** Canonical field → column letter. */
  readonly columnOf: ReadonlyMap<string, string>;
  /** Number of data records read. */
  readonly rowCount: number;
}

/** Where a record sits. */
export interface RowRef {
  readonly table: TableSource;
  /** 1-based Excel row of the record's first row. */
  readonly row: number;
}

/** One department's inventory: a workbook or a folder of CSV files. */
export interface Inventory {
  readonly source: string;
  readonly tables: readonly TableSource[];
  readonly bases: readonly BasisRecord[];
  readonly powers: readonly PowerRecord[];
  readonly posts: readonly PostRecord[];
  readonly officers: readonly OfficerRecord[];
  readonly steps: readonly StepRecord[];
  /**
   * Codes and ids of rows left out of the model because a required identity cell was empty
   * (reported by the schema check), so references to them are not reported a second time.
   */
  readonly omittedKeys: OmittedKeys;
}

export interface OmittedKeys {
  readonly powerCodes: readonly string[];
  readonly postNames: readonly string[];
}
