// A power's own page (stable URL from its code): every field, cited articles, procedure, service guide, remedies.

import { formatFlowLimit, renderFlowSvg, type FlowLayout } from '../../flow/index.js';
import { remedyChannels } from '../../law/remedy-channels.js';
import { html, raw, type SafeMarkup } from '../../markup/html.js';
import type { OutputFile } from '../../output/output-file.js';
import type { PublicationView, ViewDepartment, ViewPower } from '../../view/index.js';
import { fieldList, powerTitle, textBlock, typeBadge, yesNo } from '../fragments.js';
import { renderPage, type SiteFrame } from '../layout.js';
import { departmentPath, powerJsonPath, powerPath, relativeHref, sitePaths } from '../paths.js';

function citations(path: string, power: ViewPower): SafeMarkup {
  if (power.citations.length === 0) return textBlock(power.basisText) || html`<p class="muted">清单未填写依据。</p>`;
  return html`<ol class="citations">${power.citations.map((citation) => {
    // The link covers the name inside 《》: a full-width bracket's blank half would otherwise be underlined too.
    const [, name = citation.title, rest = ''] = /^《(.*)》(.*)$/u.exec(citation.title) ?? [];
    const title = citation.basisKey === undefined ? citation.title : html`《<a href="${relativeHref(path, `${sitePaths.bases}#${citation.basisKey}`)}">${name}</a>》${rest}`;
    const quote = citation.quote === undefined ? '' : html`<blockquote>${citation.quote}</blockquote>`;
    return html`<li>${title}${citation.locator}${quote}</li>`;
  })}</ol>`;
}

function posts(power: ViewPower): SafeMarkup | '' {
  if (power.posts.length === 0 && power.unknownPosts.length === 0) return '';
  const known = power.posts.map((post) => html`<li>${post.name}${post.unit === '' ? '' : html`（${post.unit}）`}${post.duties === undefined ? '' : html`：${post.duties}`}</li>`);
  const unknown = power.unknownPosts.map((ref) => html`<li>${ref}</li>`);
  return html`<ul>${known}${unknown}</ul>`;
}

/** How headings are numbered and named: a power page starts its sections at h2, the booklet two levels deeper. */
interface Outline {
  readonly id: (name: string) => string;
  readonly h2: 'h2' | 'h4';
  readonly h3: 'h3' | 'h5';
}

const heading = (tag: string, id: string | undefined, text: string): SafeMarkup =>
  id === undefined ? html`<${tag}>${text}</${tag}>` : html`<${tag} id="${id}">${text}</${tag}>`;

/** The chart's text version when it comes from the inventory's 执法流程 rows: each step as the table gives it. */
function stepList(power: ViewPower): SafeMarkup {
  const names = new Map(power.steps.map((step) => [step.id, step.name]));
  return html`<ol class="steps">${power.steps.map((step) => {
    const next = step.next.map((id) => names.get(id) ?? id).join('、');
    return html`<li><strong>${step.name}</strong>${fieldList([
      ['承办岗位', step.post],
      ['办理时限', step.timeLimit],
      ['条件', step.condition],
      ['下一环节', next],
      ['说明', step.note],
    ])}</li>`;
  })}</ol>`;
}

/** The chart's text version when it is a standard template: its steps and questions in order, each limit with its article. */
function templateList(flow: FlowLayout): SafeMarkup {
  const boxes = flow.model.nodes.filter((node) => node.kind === 'step' || node.kind === 'decision');
  return html`<ol class="steps">${boxes.map((node) => {
    const limits = node.limits.map((limit) => (limit.source === undefined ? formatFlowLimit(limit) : `${formatFlowLimit(limit)}（${limit.source}）`));
    return html`<li><strong>${node.label}</strong>${fieldList([
      ['承办', node.lane],
      ['时限', limits.join('；')],
    ])}</li>`;
  })}</ol>`;
}

/** The flowchart inline, with its text version (left out in print, where the chart's own text is on paper); `chartId` keeps its SVG ids unique on pages that hold many. */
function procedure(power: ViewPower, outline: Outline, chartId: string): SafeMarkup {
  const flow = power.flow;
  const fromSteps = flow.model.origin.kind === 'steps';
  // quanze's own renderer escapes every cell that reaches the SVG through markup/html.
  const svg = raw(renderFlowSvg(flow, { id: chartId, heading: false }));
  const caption = fromSteps
    ? html`${powerTitle(power)}流程图（依清单“执法流程”表绘制）`
    : html`${powerTitle(power)}流程图（清单未填报本事项的执法流程，图为${flow.model.actType}的标准程序，时限依法律规定）`;
  return html`<section>${heading(outline.h2, outline.id('flow'), '执法流程')}<figure class="flow">${svg}<figcaption>${caption}</figcaption></figure><div class="flow-text"><p>流程图文字版：</p>${fromSteps ? stepList(power) : templateList(flow)}</div></section>`;
}

function guide(power: ViewPower, outline: Outline): SafeMarkup {
  const fields = fieldList([
    ['法定时限', power.statutoryLimit],
    ['承诺时限', power.promisedLimit],
    ['受理条件', textBlock(power.conditions)],
    ['申请材料', textBlock(power.materials)],
    ['办理地点', power.place],
    ['办理时间', power.hours],
    ['咨询电话', power.consultation],
    ['监督投诉', textBlock(power.supervision)],
    ['收费标准与依据', textBlock(power.feeBasis)],
    ['表格下载', textBlock(power.forms)],
    ['办理流程', power.flowchart],
  ]);
  const remedies = html`<ul>${remedyChannels.map((channel) => html`<li><strong>${channel.name}</strong>：${channel.period}（${channel.basis}）</li>`)}</ul>`;
  const listed = power.remedy === undefined ? '' : html`<p>清单载明：${power.remedy}</p>`;
  return html`<section>${heading(outline.h2, outline.id('guide'), '服务指南')}${fields || html`<p class="muted">清单未填写服务指南内容。</p>`}${heading(outline.h3, undefined, '救济渠道')}<p>对本事项作出的行政行为不服的，可以依法申请行政复议或者提起行政诉讼：</p>${remedies}${listed}</section>`;
}

function section(outline: Outline, name: string, title: string, body: SafeMarkup | ''): SafeMarkup | '' {
  const id = outline.id(name);
  return body === '' ? '' : html`<section>${heading(outline.h2, id, title)}${body}</section>`;
}

/**
 * The content of a power page below its title, shared by the page, the CMS fragment and the booklet. In the
 * booklet (`idPrefix` given) headings start at h4 and ids carry the prefix, as many powers share one page.
 */
export function powerContent(path: string, power: ViewPower, department: ViewDepartment, idPrefix?: string): SafeMarkup {
  const outline: Outline =
    idPrefix === undefined
      ? { id: (name) => `h-${name}`, h2: 'h2', h3: 'h3' }
      : { id: (name) => `${idPrefix}-${name}`, h2: 'h4', h3: 'h5' };
  const basics = fieldList([
    ['事项类型', typeBadge(power.type)],
    ['事项编码', power.code === '' ? undefined : html`<span class="code">${power.code}</span>`],
    ['事项名称', power.name],
    ['子项', power.subItem],
    ['实施主体', power.authority],
    ['承办机构', power.unit],
    ['执法岗位', posts(power)],
    ['行使层级', power.level],
    ['审核转报', yesNo(power.forwardReview)],
    ['重大执法决定法制审核', yesNo(power.legalReview)],
  ]);
  const parts: ReadonlyArray<readonly [string, string | undefined]> = [
    ['责任事项', power.responsibilities],
    ['责任事项依据', power.responsibilityBasis],
    ['追责对象范围', power.accountabilityScope],
    ['追责情形', power.accountability],
    ['廉政风险点', power.integrityRisk],
  ];
  const responsibility = parts.filter(([, text]) => text !== undefined).map(([title, text]) => html`${heading(outline.h3, undefined, title)}${textBlock(text)}`);
  return html`${basics}
${section(outline, 'basis', '设定依据和实施依据', citations(path, power))}
${section(outline, 'duty', '责任事项与追责情形', responsibility.length === 0 ? '' : html`${responsibility}`)}
${guide(power, outline)}
${procedure(power, outline, outline.id('chart'))}
${section(outline, 'note', '备注', textBlock(power.note))}
<p class="no-print"><a href="${relativeHref(path, departmentPath(department))}">返回${department.name}</a> · <a href="${relativeHref(path, powerJsonPath(power))}">本事项数据（JSON）</a></p>`;
}

/** Every power's page, made one at a time as the writer takes them (20,000 pages with their charts are gigabytes). */
export function* powerPages(site: SiteFrame, view: PublicationView): Generator<OutputFile> {
  for (const department of view.departments) {
    for (const power of department.powers) {
      const path = powerPath(power);
      const title = powerTitle(power);
      yield {
        path,
        contents: renderPage(site, {
          path,
          title,
          description: `${department.name}${power.type.label}事项：${title}`,
          crumbs: [{ label: department.name, path: departmentPath(department) }, { label: title }],
          body: html`<h1>${title}</h1>\n${powerContent(path, power, department)}`,
        }),
      };
    }
  }
}
