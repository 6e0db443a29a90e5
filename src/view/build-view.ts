// Builds the publication view once from checked inventories: one pass over each table, nothing re-read per page.

import { createTitleIndex } from '../citation/index.js';
import type { ClassifyVariant } from '../classify/index.js';
import { createFlowBuilder, layoutFlowSync } from '../flow/index.js';
import type { LargeAmountThresholds } from '../law/fine-amounts.js';
import type { Inventory, PostRecord, PowerRecord, StepRecord } from '../model/types.js';
import { claimFileName, safeFileName } from '../output/safe-file-name.js';
import { inventoryStats } from '../stats/index.js';
import { resolveCitations } from './citations.js';
import { departmentName } from './department-name.js';
import { powerType } from './power-type.js';
import { publicOfficer } from './public-officer.js';
import { SiteBases } from './site-bases.js';
import type { CheckedInventory, PowerTexts, PublicationView, ViewDepartment, ViewOptions, ViewPost, ViewPower, ViewStep } from './types.js';

const textFields = [
  'level', 'responsibilities', 'responsibilityBasis', 'accountabilityScope', 'accountability', 'feeBasis',
  'statutoryLimit', 'promisedLimit', 'conditions', 'materials', 'place', 'hours', 'consultation', 'forms', 'flowchart',
  'supervision', 'remedy', 'integrityRisk', 'note',
] as const satisfies readonly (keyof PowerTexts & keyof PowerRecord)[];

function powerTexts(power: PowerRecord): PowerTexts {
  const texts: { -readonly [K in keyof PowerTexts]: string } = {};
  for (const field of textFields) {
    const value = power[field];
    if (value !== undefined && value.trim() !== '') texts[field] = value;
  }
  return texts;
}

const toViewPost = (post: PostRecord): ViewPost => ({
  id: post.id,
  name: post.name ?? post.id,
  unit: post.unit ?? '',
  ...(post.duties === undefined ? {} : { duties: post.duties }),
  powers: post.powers ?? [],
});

/** Post lookup by id, then by name (inventories write either in the powers, officers and steps tables). */
function postLookup(posts: readonly PostRecord[]): (ref: string) => ViewPost | undefined {
  const byRef = new Map<string, ViewPost>();
  const views = posts.map(toViewPost);
  views.forEach((post) => byRef.has(post.id) || byRef.set(post.id, post));
  views.forEach((post) => byRef.has(post.name) || byRef.set(post.name, post));
  return (ref) => byRef.get(ref.trim());
}

function stepsByPower(steps: readonly StepRecord[], post: (ref: string) => ViewPost | undefined): Map<string, ViewStep[]> {
  const grouped = new Map<string, ViewStep[]>();
  for (const step of steps) {
    const postName = step.post === undefined ? undefined : (post(step.post)?.name ?? step.post);
    const view: ViewStep = {
      id: step.stepId,
      name: step.name ?? step.stepId,
      ...(postName === undefined ? {} : { post: postName }),
      ...(step.timeLimit === undefined ? {} : { timeLimit: step.timeLimit }),
      next: step.next ?? [],
      ...(step.condition === undefined ? {} : { condition: step.condition }),
      ...(step.note === undefined ? {} : { note: step.note }),
    };
    const list = grouped.get(step.powerCode);
    if (list === undefined) grouped.set(step.powerCode, [view]);
    else list.push(view);
  }
  return grouped;
}

interface DepartmentOptions {
  readonly variant: ClassifyVariant;
  readonly thresholds?: LargeAmountThresholds;
}

function buildDepartment(inventory: Inventory, slug: string, bases: SiteBases, options: DepartmentOptions): ViewDepartment {
  const name = departmentName(inventory);
  const keys = inventory.bases.map((basis) => bases.add(basis));
  const titles = createTitleIndex(inventory.bases);
  const post = postLookup(inventory.posts);
  const steps = stepsByPower(inventory.steps, post);
  const slugs = new Set<string>();
  const flowOf = createFlowBuilder(inventory, { variant: options.variant, ...(options.thresholds === undefined ? {} : { thresholds: options.thresholds }) });
  const powers = inventory.powers.map((record): ViewPower => {
    const code = record.code?.trim() ?? '';
    const powerSlug = claimFileName(slugs, safeFileName(code === '' ? `row-${record.source.row}` : code));
    const key = `${slug}/${powerSlug}`;
    const citations = resolveCitations(record.basisText, titles, (position) => keys[position] ?? '');
    for (const citation of citations) if (citation.basisKey !== undefined) bases.cite(citation.basisKey, key);
    const refs = record.posts ?? [];
    const type = powerType(record, options.variant);
    // The type the page shows (classified already when the row declares none) picks the chart's template.
    const flow = layoutFlowSync(flowOf(record, type.id));
    return {
      key,
      departmentKey: slug,
      slug: powerSlug,
      code,
      name: record.name,
      ...(record.subItem === undefined ? {} : { subItem: record.subItem }),
      type,
      authority: record.department?.trim() || name,
      ...(record.unit === undefined ? {} : { unit: record.unit }),
      posts: refs.flatMap((ref) => post(ref) ?? []),
      unknownPosts: refs.filter((ref) => post(ref) === undefined),
      basisText: record.basisText ?? '',
      citations,
      ...(record.forwardReview === undefined ? {} : { forwardReview: record.forwardReview }),
      ...(record.legalReview === undefined ? {} : { legalReview: record.legalReview }),
      steps: code === '' ? [] : (steps.get(code) ?? []),
      flow,
      ...powerTexts(record),
    };
  });
  return {
    key: slug,
    slug,
    name,
    powers,
    posts: inventory.posts.map(toViewPost),
    officers: inventory.officers.map((officer) => publicOfficer(officer, (ref) => post(ref)?.name)),
  };
}

/** The view of a batch: departments in input order, each inventory read exactly as `check` read it. */
export function buildView(checked: readonly CheckedInventory[], options: ViewOptions = {}): PublicationView {
  const variant = options.variant ?? {};
  const bases = new SiteBases();
  const slugs = new Set<string>();
  const departmentOptions = { variant, ...(options.thresholds === undefined ? {} : { thresholds: options.thresholds }) };
  const departments = checked.map(({ inventory }) => buildDepartment(inventory, claimFileName(slugs, safeFileName(departmentName(inventory))), bases, departmentOptions));
  const powers = departments.flatMap((department) => department.powers);
  const sorted = bases.sorted();
  return {
    departments,
    powers,
    powerByKey: new Map(powers.map((power) => [power.key, power])),
    bases: sorted,
    basisByKey: new Map(sorted.map((basis) => [basis.key, basis])),
    stats: inventoryStats(checked.map((c) => c.inventory), {
      variant,
      ...(options.referenceDate === undefined ? {} : { referenceDate: options.referenceDate }),
    }),
  };
}
