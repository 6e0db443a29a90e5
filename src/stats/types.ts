// The result of `inventoryStats`: every figure a legal office reports about inventories, as plain data
// (the CLI's formatters and the portal's statistics page both read this shape; keep it stable).

import type { ClassifiedTypeId, ClassifyVariant } from '../classify/index.js';
import type { Bilingual, SourceLocation } from '../diagnostics/types.js';
import type { ActTypeId } from '../model/act-types.js';
import type { BasisLevel, BasisStatus } from '../model/basis-vocab.js';
import type { IsoDate } from '../model/types.js';

export interface StatsOptions {
  /** Legal reviewers per enforcement officer a department needs (configuration thresholds.reviewerRatio); default 0.05. */
  readonly reviewerRatio?: number;
  /** Day certificates must be valid on, "YYYY-MM-DD" (configuration referenceDate); default today (UTC). */
  readonly referenceDate?: IsoDate;
  /** The configuration's act-type variant, for the classifier. */
  readonly variant?: ClassifyVariant;
}

/** A count for each of the ten national act types, every type present (zeros included), in `actTypes` order. */
export type TypeCounts = Readonly<Record<ActTypeId, number>>;

/** Powers of one group — a department, a unit, or the whole run — by act type. */
export interface PowerGroup {
  /** The department (实施主体) or unit (承办机构) as written; '' for a unit left empty and for the totals. */
  readonly name: string;
  /** For a unit, the department it belongs to. */
  readonly department?: string;
  readonly total: number;
  /** Powers by their declared type, or, where the row declares none, the type the classifier infers. */
  readonly byType: TypeCounts;
  /** The part of `byType` whose type the classifier inferred (the row declared none). */
  readonly inferred: TypeCounts;
  readonly inferredTotal: number;
}

/** A power a list names, with the cell it sits in. */
export interface PowerRef {
  readonly code?: string;
  readonly name: string;
  readonly subItem?: string;
  /** The department it is counted under. */
  readonly department: string;
  /** The type it is counted as (declared, else inferred). */
  readonly type: ActTypeId;
  readonly inferred: boolean;
  readonly location: SourceLocation;
}

/** A level's row of the bases table, or the row of bases whose level cell is empty or unreadable ('unknown'). */
export interface BasisLevelRow {
  readonly level: BasisLevel | 'unknown';
  /** Catalogue rows of this level. */
  readonly bases: number;
  readonly byStatus: Readonly<Record<BasisStatus | 'unknown', number>>;
  /** Powers citing at least one catalogued basis of this level (a power citing several levels counts under each). */
  readonly powers: number;
}

export interface BasisRef {
  readonly title: string;
  readonly level?: BasisLevel;
  readonly status?: BasisStatus;
  readonly location: SourceLocation;
}

export interface BasesStats {
  /** Catalogue rows, summed over the inventories. */
  readonly total: number;
  /** Distinct titles over the inventories (the same law in two departments' catalogues counts once). */
  readonly distinctTitles: number;
  /** In the order of `basisLevels` (法律 … 规范性文件), then 'unknown'; only levels with bases or citing powers. */
  readonly byLevel: readonly BasisLevelRow[];
  readonly byStatus: Readonly<Record<BasisStatus | 'unknown', number>>;
  /** Catalogue rows no power cites. */
  readonly uncited: readonly BasisRef[];
  /** Powers every one of whose citations resolves to a 规范性文件 (no law, regulation or rule behind them). */
  readonly onlyNormative: readonly PowerRef[];
  /** Powers citing at least one catalogued basis. */
  readonly citingCatalogue: number;
  /** Powers citing a title the catalogue does not list. */
  readonly uncataloguedCitations: number;
  /** Powers whose 实施依据 cites nothing recognisable as 《title》. */
  readonly withoutCitation: number;
}

/** One inventory's enforcement staff. */
export interface StaffingRow {
  readonly department: string;
  /** The inventory (workbook or CSV folder) as read. */
  readonly source: string;
  readonly posts: number;
  readonly officers: number;
  /** Officers with a certificate number whose 有效期至, when stated, is on or after the reference date. */
  readonly certified: number;
  /** Legal reviewers (法制审核人员 是); undefined when the officers table has no such column. */
  readonly reviewers?: number;
  /** reviewers ÷ officers; undefined without the column or without officers. */
  readonly ratio?: number;
  /** Reviewers the threshold asks for: ⌈threshold × officers⌉. */
  readonly required?: number;
  /** True when reviewers ≥ required; undefined when it cannot be told. */
  readonly meetsThreshold?: boolean;
}

export interface StaffingStats {
  /** The threshold applied (reviewerRatio). */
  readonly threshold: number;
  readonly rows: readonly StaffingRow[];
  /** Sums over the rows (reviewers over rows that state them). */
  readonly total: Omit<StaffingRow, 'department' | 'source'>;
}

/** A power whose declared type a confident classification contradicts (the power-type-mismatch rule's judgement). */
export interface Disagreement extends PowerRef {
  readonly declared: ActTypeId;
  readonly classified: ClassifiedTypeId;
  readonly confidence: number;
  readonly reason: Bilingual;
}

export interface InventoryStats {
  readonly referenceDate: IsoDate;
  /** The inventories counted, in input order, with the department each belongs to. */
  readonly inventories: readonly { readonly source: string; readonly department: string; readonly powers: number }[];
  readonly powers: {
    readonly totals: PowerGroup;
    /** In order of first appearance. */
    readonly byDepartment: readonly PowerGroup[];
    /** Department by department, units in order of first appearance. */
    readonly byUnit: readonly PowerGroup[];
  };
  readonly bases: BasesStats;
  readonly staffing: StaffingStats;
  /** Powers flagged 法制审核 是 (重大执法决定法制审核). */
  readonly legalReview: readonly PowerRef[];
  readonly disagreements: readonly Disagreement[];
}
