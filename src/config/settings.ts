// What rules may read of the configuration: profile, thresholds and the reference date, all resolved.

import { defaultLargeAmounts } from '../law/fine-amounts.js';

/** Review profile (DOMAIN.md §6 R10): `strict` requires legal review of every coercion and every non-simple penalty. */
export type Profile = 'national' | 'strict';

export interface Thresholds {
  /** Legal reviewers per enforcement officer, per department (国办发〔2018〕118号: 原则上不少于 5%). */
  readonly reviewerRatio: number;
  /** Certified officers a post holding enforcement powers needs (处罚法 Art. 42: at least two). */
  readonly officersPerPost: number;
  /** Fines at or above these amounts (yuan) are "较大数额" for hearings and legal review; set per province. */
  readonly largeFineIndividual: number;
  readonly largeFineOrganisation: number;
  /**
   * Years after which a 暂行/试行 规范性文件 without 有效期至 is stale. Local sunset rules differ (Shandong: 1 or 2;
   * many provinces: at most 2), so the default is the common upper figure.
   */
  readonly provisionalValidityYears: number;
  /** Days before expiry from which a certificate is reported as expiring: a renewal (training, exam, issue) takes weeks. */
  readonly certificateExpiringDays: number;
}

/** Local act-type variant (DOMAIN.md §1.2): 行政收费 split from 征收, where legacy 非行政许可审批 goes. */
export interface ActTypeVariant {
  readonly splitFees?: boolean;
  readonly legacyNonLicensingApproval?: 'other' | 'licensing';
}

export interface RuleSettings {
  readonly profile: Profile;
  readonly actTypes: ActTypeVariant;
  /** Day against which validity and expiry are judged, ISO "YYYY-MM-DD". */
  readonly referenceDate: string;
  readonly thresholds: Thresholds;
}

export const defaultThresholds: Thresholds = {
  reviewerRatio: 0.05,
  officersPerPost: 2,
  ...defaultLargeAmounts,
  provisionalValidityYears: 2,
  certificateExpiringDays: 90,
};

export function defaultSettings(today: Date = new Date()): RuleSettings {
  return { profile: 'national', actTypes: {}, referenceDate: today.toISOString().slice(0, 10), thresholds: defaultThresholds };
}
