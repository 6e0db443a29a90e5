// Shapes of the classifier: its input, its explained result, the cue/trap tables and local type variants.

import type { Bilingual } from '../diagnostics/types.js';
import type { ActTypeId } from '../model/act-types.js';

/** Types a local profile may add beside the national ten (DOMAIN.md §1.2). */
export type LocalTypeId = 'fee';

/** What the classifier can answer: one of the ten national types, or a local type when a variant asks for it. */
export type ClassifiedTypeId = ActTypeId | LocalTypeId;

/** One power as the classifier sees it; every field but `name` is optional. */
export interface ClassifyInput {
  /** 事项名称 / 职权名称 (主项). */
  readonly name: string;
  /** 子项名称, if any. */
  readonly subItem?: string;
  /** Text of the cited articles (依据条文), used as secondary evidence. */
  readonly basisText?: string;
  /** 事项编码; a type segment inside it (`-XK-`, Guizhou `CF00012000`) is evidence. */
  readonly code?: string;
  /** The type the source declares. Never used to decide; compare it with `compareWithDeclared`. */
  readonly declared?: string;
}

/** Local profile switches (DOMAIN.md §1.2). */
export interface ClassifyVariant {
  /** Give 行政收费 (fees) their own local type `fee` instead of 行政征收. */
  readonly splitFees?: boolean;
  /** What a declared legacy 非行政许可审批 maps to; `other` by default. */
  readonly legacyNonLicensingApproval?: 'other' | 'licensing';
}

export interface ClassifyOptions {
  readonly variant?: ClassifyVariant;
}

/** Which part of the input decided the type. */
export type EvidenceSource = 'name' | 'subItem' | 'basis' | 'code' | 'declared' | 'none';

/** Facts about the item that reviewers should see, beside its type. */
export type ClassificationFlag =
  | 'unclassified' // no cue found: a reviewer should decide (info diagnostic `power-unclassified`)
  | 'forward-review' // 审核转报: an attribute, not a type (DOMAIN §1.2, §1.6.6)
  | 'evidence-preservation' // 先行登记保存: belongs inside a penalty flow (DOMAIN §1.6.8)
  | 'corrective-order' // 责令改正 alone: not a penalty (DOMAIN §1.6.1)
  | 'requisition'; // 征用: kept under 其他 (DOMAIN §1.2)

/** Sub-type of 行政强制 (DOMAIN §1.6.2): the two have different flows. */
export type CoercionKind = 'measure' | 'execution';

export interface Classification {
  readonly type: ClassifiedTypeId;
  /** 0..1; below about 0.6 the row should be reviewed. */
  readonly confidence: number;
  /** The deciding cue in words a legal officer understands. */
  readonly reason: Bilingual;
  /** The text that decided, as found in the input. */
  readonly cue?: string;
  /** Id of the deciding cue or trap (cues.ts, traps.ts); absent when nothing in the name decided. */
  readonly cueId?: string;
  readonly source: EvidenceSource;
  /** Other types the input also points at. */
  readonly conflicts?: readonly ClassifiedTypeId[];
  readonly flags?: readonly ClassificationFlag[];
  readonly coercionKind?: CoercionKind;
}

/** A wording cue: text in a name that points at one type (DOMAIN §1.5). */
export interface Cue {
  readonly id: string;
  readonly type: ActTypeId;
  /** Matched against the name with bracketed qualifiers blanked out. No `g` flag. */
  readonly pattern: RegExp;
  /** How the cue is shown when the matched text is too long, e.g. "吊销…许可证". */
  readonly label: string;
  /** Confidence when this cue decides alone. */
  readonly weight: number;
  readonly why: Bilingual;
  /** A fee (行政事业性收费): becomes the local type `fee` when the variant splits fees. */
  readonly fee?: boolean;
  readonly coercionKind?: CoercionKind;
  /**
   * A weak cue (a bare review verb such as …审核): it decides only when no other cue is in the text, and other
   * cues beside it are not conflicts.
   */
  readonly fallback?: boolean;
}

/**
 * A trap: a specific wording that settles the type before the general cues are weighed,
 * because the general cues would get it wrong (DOMAIN §1.5 "Traps", §1.6).
 */
export interface Trap extends Cue {
  /** Types whose cues this trap overrules; reported as conflicts when their cues are present. */
  readonly overrides?: readonly ActTypeId[];
  /** The trap does not apply when this also matches. */
  readonly unless?: RegExp;
  readonly flag?: ClassificationFlag;
}
