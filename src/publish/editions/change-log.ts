// 变更记录: what this edition changed against the previous one — powers added, withdrawn (with why), changed (old →
// new), and legal bases whose status changed — each linked to its page on the site.

import { typeLabel } from '../../classify/index.js';
import { kindLabels, powerName } from '../../diff/index.js';
import type { ActTypeId } from '../../model/act-types.js';
import type { EditionDiff, PowerChange, PowerSide } from '../../diff/index.js';
import { html, type Interpolation, type SafeMarkup } from '../../markup/html.js';
import type { OutputFile } from '../../output/output-file.js';
import { scrollTable } from '../fragments.js';
import { sectionPage, type SiteFrame } from '../layout.js';
import { relativeHref } from '../paths.js';
import type { KeyOfRow } from './edition-urls.js';
import type { OldUrl } from './withdrawn.js';

export const changeLogPath = 'changes.html';

const statusLabels: Readonly<Record<string, string>> = { in_force: '有效', amended: '已修改', repealed: '已废止', partly_invalid: '部分失效', not_yet_effective: '尚未生效' };

/** Old → new of a field change, as a reader sees it; long texts only say that they changed. */
function values(c: PowerChange): string {
  if (c.kind === 'bases' && c.citations !== undefined) {
    return [
      ...c.citations.added.map((t) => `增加 ${t}`),
      ...c.citations.removed.map((t) => `删去 ${t}`),
      ...c.citations.articles.map((a) => `《${a.title}》${a.old.join('、')} → ${a.new.join('、')}`),
    ].join('；');
  }
  if (c.kind === 'recoded') return `${c.from ?? ''} → ${c.to ?? ''}（名称相似度 ${(c.score ?? 1).toFixed(2)}）`;
  if (c.kind === 'retyped') return `${typeLabel((c.from ?? 'other') as ActTypeId).zh} → ${typeLabel((c.to ?? 'other') as ActTypeId).zh}`;
  if (c.kind === 'responsibilities' || c.kind === 'accountability') return '内容已修订，见事项页面';
  return `${c.from ?? '（空）'} → ${c.to ?? '（空）'}`;
}

export function changeLogPage(site: SiteFrame, diff: EditionDiff, newKey: KeyOfRow, urls: readonly OldUrl[]): OutputFile {
  const path = changeLogPath;
  const link = (p: PowerSide | undefined, key: string | undefined): Interpolation =>
    p === undefined ? '' : key === undefined ? powerName(p) : html`<a href="${relativeHref(path, `powers/${key}.html`)}">${powerName(p)}</a>`;
  const byOld = new Map(urls.map((u) => [`${u.power.location.file}\u0000${u.power.location.sheet ?? ''}\u0000${u.power.location.row ?? ''}`, u]));
  const oldPage = (p: PowerSide): OldUrl | undefined => byOld.get(`${p.location.file}\u0000${p.location.sheet ?? ''}\u0000${p.location.row ?? ''}`);

  const added = diff.changes.filter((c) => c.kind === 'added');
  const changed = diff.changes.filter((c) => c.kind !== 'added' && c.kind !== 'removed');
  const sections: SafeMarkup[] = [];
  if (added.length > 0) {
    sections.push(html`<h2>新增事项（${added.length}项）</h2>${scrollTable('新增事项', ['事项编码', '事项名称', '实施主体'],
      added.map((c) => [c.new?.code ?? '', link(c.new, c.new === undefined ? undefined : newKey(c.new.location)), c.new?.department ?? '']))}`);
  }
  if (diff.withdrawals.length > 0) {
    sections.push(html`<h2>撤下事项（${diff.withdrawals.length}项）</h2>${scrollTable('撤下事项', ['事项编码', '事项名称', '原实施主体', '原因'],
      diff.withdrawals.map((w) => {
        const page = oldPage(w.power);
        const title = page === undefined ? powerName(w.power) : html`<a href="${relativeHref(path, page.path)}">${powerName(w.power)}</a>`;
        const why = w.reason.kind === 'merged' ? `并入 ${w.reason.into.code}` : w.reason.kind === 'basis-repealed' ? `依据${w.reason.titles.map((t) => `《${t}》`).join('、')}已废止` : '未载明';
        return [w.power.code, title, w.power.department, why];
      }))}`);
  }
  if (changed.length > 0) {
    sections.push(html`<h2>变更事项（${changed.length}处）</h2>${scrollTable('变更事项', ['事项编码', '事项名称', '变更', '原 → 新'],
      changed.map((c) => [c.new?.code ?? '', link(c.new, c.new === undefined ? undefined : newKey(c.new.location)), kindLabels[c.kind].zh, values(c)]))}`);
  }
  if (diff.bases.length > 0) {
    sections.push(html`<h2>依据时效性变更（${diff.bases.length}部）</h2>${scrollTable('依据时效性变更', ['依据名称', '原时效性', '现时效性', '引用的事项'],
      diff.bases.map((b) => [`《${b.title}》`, statusLabels[b.from ?? ''] ?? '未填', statusLabels[b.to ?? ''] ?? '未填', b.powers.map((p) => `${p.code} ${powerName(p)}`).join('；') || '无']))}`);
  }
  const edition = site.date === undefined ? '本版清单' : `${site.date} 版清单`;
  const lead = diff.changed
    ? html`<p class="lead">${edition}与上一版（${diff.old.powers} 项事项）相比：新增 ${diff.counts.added} 项，撤下 ${diff.counts.removed} 项，其余变更 ${changed.length} 处。撤下事项的原页面保留为说明页。</p>`
    : html`<p class="lead">${edition}与上一版相比没有变化。</p>`;
  return sectionPage(site, path, '变更记录', html`${lead}${sections}`);
}
