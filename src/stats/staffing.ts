// One inventory's enforcement staff: posts, officers, valid certificates and legal reviewers against the threshold.

import { reviewersRequired } from '../law/reviewer-ratio.js';
import type { Inventory } from '../model/types.js';
import type { StaffingRow, StaffingStats } from './types.js';


const hasText = (text: string | undefined): boolean => text !== undefined && text.trim() !== '';

export function staffingRow(inventory: Inventory, department: string, threshold: number, referenceDate: string): StaffingRow {
  const officers = inventory.officers.length;
  // ISO dates compare as strings; a certificate is valid through its 有效期至 day.
  const certified = inventory.officers.filter(
    (o) => hasText(o.certificateNo) && (o.certificateExpiry === undefined || o.certificateExpiry >= referenceDate),
  ).length;
  const table = inventory.tables.find((t) => t.kind === 'officers');
  // Without a 法制审核人员 column the list cannot tell; say nothing rather than count zero.
  const known = table !== undefined && table.columnOf.has('legalReviewer');
  const row = { department, source: inventory.source, posts: inventory.posts.length, officers, certified };
  if (!known) return row;
  const reviewers = inventory.officers.filter((o) => o.legalReviewer === true).length;
  const required = reviewersRequired(threshold, officers);
  return {
    ...row,
    reviewers,
    ...(officers === 0 ? {} : { ratio: reviewers / officers }),
    required,
    meetsThreshold: reviewers >= required,
  };
}

export function staffingStats(rows: readonly StaffingRow[], threshold: number): StaffingStats {
  const sum = (pick: (row: StaffingRow) => number | undefined): number => rows.reduce((n, row) => n + (pick(row) ?? 0), 0);
  const stated = rows.filter((row) => row.reviewers !== undefined);
  const officers = sum((r) => r.officers);
  const total = { posts: sum((r) => r.posts), officers, certified: sum((r) => r.certified) };
  if (stated.length === 0) return { threshold, rows, total };
  const reviewers = sum((r) => r.reviewers);
  const statedOfficers = stated.reduce((n, r) => n + r.officers, 0);
  const required = sum((r) => r.required);
  return {
    threshold,
    rows,
    total: {
      ...total,
      reviewers,
      ...(statedOfficers === 0 ? {} : { ratio: reviewers / statedOfficers }),
      required,
      meetsThreshold: stated.every((r) => r.meetsThreshold === true),
    },
  };
}
