// The publication view: what the disclosure site shows, built once from checked inventories; pages read only this.

import type { ClassifiedTypeId, ClassifyVariant } from '../classify/index.js';
import type { Diagnostic } from '../diagnostics/types.js';
import type { FlowLayout } from '../flow/index.js';
import type { LargeAmountThresholds } from '../law/fine-amounts.js';
import type { BasisLevel, BasisStatus } from '../model/basis-vocab.js';
import type { Inventory, IsoDate, PowerRow } from '../model/types.js';
import type { InventoryStats } from '../stats/index.js';

/** One inventory as `checkInventory` returns it (read once, checked once): all the view is built from. */
export interface CheckedInventory {
  readonly source: string;
  readonly inventory: Inventory;
  readonly diagnostics: readonly Diagnostic[];
}

/** A power's act type: the declared one, or the classifier's when the row declares none it could read. */
export interface ViewActType {
  readonly id: ClassifiedTypeId;
  readonly label: string;
  /** True when the type comes from the classifier, not from the inventory. */
  readonly inferred: boolean;
}

/** One cited article of a power, resolved against the bases catalogue where the title is in it. */
export interface ViewCitation {
  /** 《title》 as cited, with version and document number: 《行政处罚法》（2021年修订）. */
  readonly title: string;
  /** 第五十八条第一款, or '' when the citation names the whole norm. */
  readonly locator: string;
  /** Article text quoted in the cell after the citation. */
  readonly quote?: string;
  /** Key of the basis in `PublicationView.bases`, when the title resolves. */
  readonly basisKey?: string;
}

export interface ViewPost {
  readonly id: string;
  readonly name: string;
  readonly unit: string;
  readonly duties?: string;
  /** Codes of the powers the posts table assigns to it. */
  readonly powers: readonly string[];
}

export interface ViewStep {
  readonly id: string;
  readonly name: string;
  /** The post's name when the reference resolves, else the reference as written. */
  readonly post?: string;
  readonly timeLimit?: string;
  readonly next: readonly string[];
  readonly condition?: string;
  readonly note?: string;
}

/**
 * An officer as published (执法人员清单): these six fields and nothing else. ID-card numbers, phones, birth
 * dates, notes and columns quanze does not know are never copied into the view, so no page can show them.
 */
export interface ViewOfficer {
  readonly name: string;
  readonly unit: string;
  readonly post?: string;
  readonly certificateNo?: string;
  readonly category?: string;
  readonly validUntil?: IsoDate;
}

/** The text fields of a power a page shows, each as the inventory gives it (empty cells left out). */
export type PowerTexts = Partial<
  Pick<
    PowerRow,
    | 'level' | 'responsibilities' | 'responsibilityBasis' | 'accountabilityScope' | 'accountability' | 'feeBasis'
    | 'statutoryLimit' | 'promisedLimit' | 'conditions' | 'materials' | 'place' | 'hours' | 'consultation' | 'forms'
    | 'flowchart' | 'supervision' | 'remedy' | 'integrityRisk' | 'note'
  >
>;

export interface ViewPower extends PowerTexts {
  /** Unique across the site: `<department slug>/<power slug>`. */
  readonly key: string;
  /** Key of its department in `PublicationView.departments`. */
  readonly departmentKey: string;
  /** File-name-safe and stable: derived from the code alone (or the row when the code is empty). */
  readonly slug: string;
  readonly code: string;
  readonly name: string;
  readonly subItem?: string;
  readonly type: ViewActType;
  /** 实施主体 as the row names it, else the department's name. */
  readonly authority: string;
  readonly unit?: string;
  readonly posts: readonly ViewPost[];
  /** Post references the posts table does not know, shown as written. */
  readonly unknownPosts: readonly string[];
  readonly basisText: string;
  readonly citations: readonly ViewCitation[];
  readonly forwardReview?: boolean;
  readonly legalReview?: boolean;
  readonly steps: readonly ViewStep[];
  /**
   * The procedure laid out for an inline chart: from the power's 执法流程 rows, else its act type's standard
   * template with the branches its facts choose (powers with the same boxes share one drawing).
   */
  readonly flow: FlowLayout;
}

export interface ViewDepartment {
  readonly key: string;
  readonly slug: string;
  readonly name: string;
  readonly powers: readonly ViewPower[];
  readonly posts: readonly ViewPost[];
  readonly officers: readonly ViewOfficer[];
}

export interface ViewBasis {
  /** Stable anchor id derived from the normalised title. */
  readonly key: string;
  readonly title: string;
  readonly shortTitle?: string;
  /** Undefined when the row's level could not be read; such norms are listed last. */
  readonly level: BasisLevel | undefined;
  readonly levelLabel: string;
  readonly issuer?: string;
  readonly docNumber?: string;
  readonly promulgated?: IsoDate;
  readonly effective?: IsoDate;
  readonly status: BasisStatus | undefined;
  readonly statusLabel: string;
  readonly validUntil?: IsoDate;
  readonly note?: string;
  /** Keys of the powers citing it, in site order. */
  readonly citedBy: readonly string[];
}

export interface PublicationView {
  readonly departments: readonly ViewDepartment[];
  /** Every power, departments in input order, powers in row order. */
  readonly powers: readonly ViewPower[];
  readonly powerByKey: ReadonlyMap<string, ViewPower>;
  /** Bases of all departments (merged by title), by level in legal order, then by title. */
  readonly bases: readonly ViewBasis[];
  readonly basisByKey: ReadonlyMap<string, ViewBasis>;
  /**
   * The figures of `inventoryStats` over the same inventories (what `quanze stats` prints): the statistics page shows
   * these, so the site and the command cannot disagree.
   */
  readonly stats: InventoryStats;
}

export interface ViewOptions {
  /** The configuration's act-type variant (actTypes), for the classifier, as `check` and `stats` use it. */
  readonly variant?: ClassifyVariant;
  /** The configuration's 较大数额 amounts, which open a penalty's chart to the hearing branch. */
  readonly thresholds?: LargeAmountThresholds;
  /** The day the statistics count valid certificates on (the edition date); default today. */
  readonly referenceDate?: IsoDate;
}
