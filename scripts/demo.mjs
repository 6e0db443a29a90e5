// `npm run demo`: the main job on the bundled samples, as a legal office would run it.
// Exits non-zero only when a step could not be done (exit code 2) or the clean sample fails.
import { spawnSync } from 'node:child_process';

const quanze = (args) => {
  console.log(`\n$ quanze ${args.join(' ')}`);
  return spawnSync(process.execPath, ['bin/quanze.js', ...args], { stdio: 'inherit' }).status;
};

const steps = [
  // A realistic 生态环境局 inventory, as a workbook and as GB18030 CSV files: no errors expected.
  { args: ['check', 'samples/city-ecology-bureau.xlsx', 'samples/csv-gb18030'], ok: [0] },
  { args: ['classify', 'samples/city-ecology-bureau.xlsx', '--eval'], ok: [0] },
  // The same bureau's next edition (samples/editions/CHANGES.md): what changed, and what the portal must withdraw.
  { args: ['diff', 'samples/city-ecology-bureau.xlsx', 'samples/editions/city-ecology-bureau-2025', '--exit-code'], ok: [1] },
  // A 市政园林局 inventory with planted mistakes (samples/mistakes/MISTAKES.md): findings expected (exit 1),
  // plus the annotated copy and the summary table a legal office sends back.
  {
    args: ['check', 'samples/mistakes/city-parks-bureau.xlsx', '--annotate', 'demo-output/city-parks-bureau.审核意见.xlsx', '--summary', 'demo-output/summary.xlsx'],
    ok: [1],
  },
  // The disclosure site of the clean sample: pages, print booklet and data downloads.
  { args: ['publish', 'samples/city-ecology-bureau.xlsx', '-o', 'demo-output/site'], ok: [0] },
  // Every power's procedure flowchart: from its steps where the inventory has them, else its act type's template.
  { args: ['flow', 'samples/city-ecology-bureau.xlsx', '-o', 'demo-output/flow'], ok: [0] },
];

let failed = false;
for (const step of steps) {
  const status = quanze(step.args);
  if (!step.ok.includes(status ?? -1)) {
    console.error(`demo: quanze ${step.args[0]} exited ${status}, expected ${step.ok.join(' or ')}`);
    failed = true;
  }
}
console.log('\nWritten: demo-output/city-parks-bureau.审核意见.xlsx, demo-output/summary.xlsx, the site in demo-output/site (open demo-output/site/index.html) and the flowcharts in demo-output/flow');
process.exitCode = failed ? 1 : 0;
