// 执法人员清单: the six published fields of each officer, by department (nothing else of an officer is in the view).

import { html } from '../../markup/html.js';
import type { OutputFile } from '../../output/output-file.js';
import type { PublicationView } from '../../view/index.js';
import { scrollTable } from '../fragments.js';
import { sectionPage, type SiteFrame } from '../layout.js';
import { sitePaths } from '../paths.js';

export const officerColumns = ['姓名', '执法单位', '执法岗位', '执法证件编号', '执法类别', '有效期至'] as const;

export function officersPage(site: SiteFrame, view: PublicationView): OutputFile {
  const path = sitePaths.officers;
  const sections = view.departments.flatMap((department, i) =>
    department.officers.length === 0
      ? []
      : [
          html`<section aria-labelledby="o-${i}"><h2 id="o-${i}">${department.name}（${department.officers.length}人）</h2>${scrollTable(
            `${department.name}执法人员`,
            officerColumns,
            department.officers.map((o) => [o.name, o.unit, o.post, o.certificateNo, o.category, o.validUntil]),
          )}</section>`,
        ],
  );
  const total = view.departments.reduce((sum, department) => sum + department.officers.length, 0);
  return sectionPage(site, path, '执法人员清单', html`<p class="lead">共 ${total} 人。公示姓名、执法单位、岗位、执法证件编号、执法类别和证件有效期。</p>${sections.length === 0 ? html`<p>清单未列执法人员。</p>` : sections}`);
}
