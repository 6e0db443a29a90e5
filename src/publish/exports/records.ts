// The inventory as plain records for the data exports: the same fields the pages show, officers still only six.

import { basisStatuses } from '../../model/basis-vocab.js';
import type { PublicationView, ViewBasis, ViewDepartment, ViewPower } from '../../view/index.js';
import { powerPath } from '../paths.js';

/** A power as exported to JSON (the whole inventory and the per-power file). */
export function powerRecord(power: ViewPower, department: ViewDepartment): Record<string, unknown> {
  return {
    code: power.code,
    name: power.name,
    subItem: power.subItem,
    type: power.type.id,
    typeLabel: power.type.label,
    typeInferred: power.type.inferred,
    department: department.name,
    authority: power.authority,
    unit: power.unit,
    posts: power.posts.map((post) => ({ id: post.id, name: post.name, unit: post.unit })),
    level: power.level,
    basisText: power.basisText,
    citations: power.citations.map((c) => ({ title: c.title, locator: c.locator, quote: c.quote, basis: c.basisKey })),
    responsibilities: power.responsibilities,
    responsibilityBasis: power.responsibilityBasis,
    accountabilityScope: power.accountabilityScope,
    accountability: power.accountability,
    forwardReview: power.forwardReview,
    legalReview: power.legalReview,
    guide: {
      statutoryLimit: power.statutoryLimit,
      promisedLimit: power.promisedLimit,
      conditions: power.conditions,
      feeBasis: power.feeBasis,
      flowchart: power.flowchart,
      supervision: power.supervision,
      remedy: power.remedy,
    },
    steps: power.steps,
    note: power.note,
    page: powerPath(power),
  };
}

export function basisRecord(basis: ViewBasis): Record<string, unknown> {
  return {
    id: basis.key,
    title: basis.title,
    shortTitle: basis.shortTitle,
    level: basis.level,
    levelLabel: basis.levelLabel,
    issuer: basis.issuer,
    docNumber: basis.docNumber,
    promulgated: basis.promulgated,
    effective: basis.effective,
    status: basis.status,
    statusLabel: basis.statusLabel,
    validUntil: basis.validUntil,
    note: basis.note,
  };
}

const statusCell = new Map<string, string>(basisStatuses.map((s) => [s.id, s.label]));
const yesNo = (value: boolean | undefined): string => (value === undefined ? '' : value ? '是' : '否');

/** Rows of each table in the template's column order (`quanze init`), with 所属部门 last; cells are plain text. */
export function tableRows(view: PublicationView): Record<'bases' | 'powers' | 'posts' | 'officers' | 'steps', string[][]> {
  const bases = view.bases.map((b, i) => [
    String(i + 1), b.title, b.shortTitle ?? '', b.level === undefined ? '' : b.levelLabel, b.issuer ?? '', b.docNumber ?? '',
    b.promulgated ?? '', b.effective ?? '', b.status === undefined ? '' : (statusCell.get(b.status) ?? ''), b.validUntil ?? '', b.note ?? '', '',
  ]);
  const powers = view.departments.flatMap((d) => d.powers.map((p, i) => [
    String(i + 1), p.code, p.name, p.subItem ?? '', p.type.label, p.basisText, p.authority, p.unit ?? '',
    [...p.posts.map((post) => post.id), ...p.unknownPosts].join('、'), p.level ?? '', p.responsibilities ?? '', p.responsibilityBasis ?? '',
    p.accountabilityScope ?? '', p.accountability ?? '', yesNo(p.forwardReview), yesNo(p.legalReview), p.feeBasis ?? '',
    p.statutoryLimit ?? '', p.promisedLimit ?? '', p.conditions ?? '', p.flowchart ?? '', p.supervision ?? '', p.remedy ?? '', p.note ?? '', d.name,
  ]));
  const posts = view.departments.flatMap((d) => d.posts.map((p) => [p.id, p.name, p.unit, p.duties ?? '', p.powers.join('、'), '', d.name]));
  const officers = view.departments.flatMap((d) => d.officers.map((o) => [o.name, o.unit, o.post ?? '', o.certificateNo ?? '', o.category ?? '', o.validUntil ?? '', d.name]));
  const steps = view.departments.flatMap((d) => d.powers.flatMap((p) => p.steps.map((s) => [
    p.code, s.id, s.name, s.post ?? '', s.timeLimit ?? '', s.next.join('、'), s.condition ?? '', s.note ?? '', d.name,
  ])));
  return { bases, powers, posts, officers, steps };
}
