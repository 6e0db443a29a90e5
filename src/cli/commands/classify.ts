// `quanze classify <inputs…>`: the act type of every power, with confidence and reason; --eval scores against the
// declared types (per type, source and department, with the calibration); --write makes an annotated copy of the
// first input; --review writes the uncertain rows with the two best types to a workbook.

import { relative, resolve } from 'node:path';
import { Command, Option } from 'commander';
import {
  annotateCopy, classifyInputs, evaluateRows, reviewRows, reviewWorkbook, type ClassifiedRow, type CopyFormat,
} from '../../classify-inputs/index.js';
import {
  evaluationCsv, evaluationJson, formatCsv, formatEvaluation, formatJson, formatTable, needsReview,
} from '../../classify-inputs/format.js';
import { configFileName } from '../../config/load-config.js';
import { ToolkitError } from '../../diagnostics/errors.js';
import { oneLine } from '../../report/text.js';
import type { Diagnostic, Lang } from '../../diagnostics/types.js';
import { exitCodes, type ExitCode } from '../fatal.js';
import { invalidValue, placeholder, texts } from '../i18n.js';
import type { Io } from '../io.js';
import { writeFileAtomic } from '../write-output.js';
import { refuseOutputsOverInputs } from '../output-guard.js';
import { resolveRunConfig, withConfig } from './check.js';

const formats = ['table', 'csv', 'json'] as const;
type ClassifyFormat = (typeof formats)[number];

interface ClassifyFlags {
  readonly format: ClassifyFormat;
  readonly config?: string;
  readonly minConfidence?: number;
  readonly eval?: boolean;
  readonly write?: string;
  readonly review?: string;
}

/** The --min-confidence a review list uses when none is given. */
export const defaultReviewConfidence = 0.9;

const parseConfidence = (value: string): number => {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1) throw invalidValue({ zh: '须为 0 到 1 之间的数', en: 'a number from 0 to 1' });
  return n;
};

/** The copy's format from the output file's extension. */
function copyFormat(path: string): CopyFormat {
  const extension = path.toLowerCase().split('.').pop();
  if (extension === 'xlsx' || extension === 'csv' || extension === 'tsv') return extension;
  throw new ToolkitError('bad-arguments', {
    zh: `--write 的输出文件须为 .xlsx、.csv 或 .tsv：${path}`,
    en: `--write needs an .xlsx, .csv or .tsv file: ${path}`,
  });
}

/**
 * Reading warnings that change which rows there are, so the list classified is not the one the user sees: an
 * unclosed quote merges every row after it into one cell. `check` warns of them; so does classify.
 */
const rowChangingWarnings: ReadonlySet<string> = new Set(['ingest/unclosed-quote']);

/** True for a finding worth a user's attention here: empty names, errors while reading, rows merged by a quote. */
function isWorthSaying(d: Diagnostic): boolean {
  return d.ruleId.startsWith('classify/') || d.severity === 'error' || rowChangingWarnings.has(d.ruleId);
}

/** One line per finding; a warning says so and what to do. */
function describeDiagnostic(d: Diagnostic, lang: Lang): string {
  const cell = d.row === undefined ? '' : ` ${d.column ?? ''}${d.row}`;
  const warning = d.severity === 'warning';
  const label = warning ? (lang === 'zh' ? '警告：' : 'warning: ') : '';
  const hint = warning && d.hint !== undefined ? (lang === 'zh' ? `；${d.hint}` : `; ${d.hint}`) : '';
  return `quanze: ${oneLine(`${d.file}${d.sheet === undefined ? '' : ` [${d.sheet}]`}${cell}: ${label}${d.message}${hint}`)}\n`;
}

export function classifyCommand(io: Io, lang: () => Lang, setExit: (code: ExitCode) => void): Command {
  const say = texts(lang());
  const value = placeholder(lang());
  return new Command('classify')
    .description(say({ zh: '判定每个事项的职权类型，给出置信度和理由', en: 'act type of each power, with confidence and reason' }))
    .argument(value('inputs', 'variadic'), say({
      zh: '清单，或简单的事项列表（含“名称”列的 CSV/TSV/xlsx；“类型”“编码”列可选）',
      en: 'inventories, or plain lists (CSV/TSV/xlsx with a name column; type and code columns optional)',
    }))
    .addOption(new Option(`-f, --format ${value('format')}`, say({ zh: '输出格式', en: 'output format' })).choices([...formats]).default('table'))
    .option(`-c, --config ${value('file')}`, say({
      zh: `配置文件，决定职权类型的口径（默认：最近的 ${configFileName}）`,
      en: `configuration file for the act-type variant (default: the nearest ${configFileName})`,
    }))
    .addOption(
      new Option(`--min-confidence ${value('number')}`, say({ zh: '置信度低于此值（0 到 1）的行列入待复核清单', en: 'rows below this confidence (0..1) go to a review list' }))
        .argParser(parseConfidence),
    )
    .option('--eval', say({
      zh: '与已填的类型列比对评分：准确率、各类型的召回率与精确率、混淆矩阵，按来源和实施主体的准确率，置信度校准',
      en: 'score against the declared type column: accuracy, per-type recall/precision, confusion matrix, accuracy per source and department, confidence calibration',
    }))
    .option(`--write ${value('file')}`, say({
      zh: '写出第一个输入的副本（.xlsx，或 .csv/.tsv）：空白的类型填上判定结果，并加上分类器的意见',
      en: 'write a copy of the first input (.xlsx, or .csv/.tsv) with the type filled in where empty and the classifier\'s view added',
    }))
    .option(`--review ${value('file')}`, say({
      zh: `写出待复核清单（.xlsx）：置信度低于 --min-confidence（默认 ${defaultReviewConfidence}）的事项，附两个最可能的类型及理由`,
      en: `write a review list (.xlsx): the powers below --min-confidence (default ${defaultReviewConfidence}) with the two best types and why`,
    }))
    .action(async (inputs: string[], flags: ClassifyFlags) => {
      const language = lang();
      const config = await resolveRunConfig(io, inputs, flags.config);
      const variant = config.settings.actTypes;
      const minConfidence = flags.minConfidence ?? (flags.review === undefined ? 0 : defaultReviewConfidence);
      const writeTo = flags.write === undefined ? undefined : resolve(io.cwd, flags.write);
      const reviewTo = flags.review === undefined ? undefined : resolve(io.cwd, flags.review);
      // An output over an input is the graver mistake: said first, whatever its extension.
      const outputs = [
        ...(flags.write === undefined ? [] : [{ path: flags.write, flag: '--write' }]),
        ...(flags.review === undefined ? [] : [{ path: flags.review, flag: '--review' }]),
      ];
      if (outputs.length > 0) await refuseOutputsOverInputs(outputs, withConfig(inputs, flags.config), io.cwd);
      if (flags.review !== undefined && !flags.review.toLowerCase().endsWith('.xlsx')) {
        throw new ToolkitError('bad-arguments', {
          zh: `--review 的输出文件须为 .xlsx：${flags.review}`,
          en: `--review needs an .xlsx file: ${flags.review}`,
        });
      }
      const writeFormat = flags.write === undefined ? undefined : copyFormat(flags.write);

      const result = await classifyInputs(inputs, { cwd: io.cwd, lang: language, variant });
      for (const d of result.diagnostics) if (isWorthSaying(d)) io.err(describeDiagnostic(d, language));
      for (const { error } of result.unreadable) io.err(`quanze: ${error.describe(language)}\n`);

      if (flags.eval) {
        const evaluation = evaluateRows(result.rows, variant);
        if (evaluation.total === 0) {
          throw new ToolkitError('bad-arguments', {
            zh: '--eval 需要类型列（类型/事项类型/职权类型/type）中有可识别的类型，输入中没有',
            en: '--eval needs a type column (类型/事项类型/type) with recognised types; the inputs have none',
          });
        }
        io.out(
          flags.format === 'json' ? `${JSON.stringify(evaluationJson(evaluation), null, 2)}\n`
            : flags.format === 'csv' ? evaluationCsv(evaluation, language)
              : formatEvaluation(evaluation, language),
        );
      } else {
        const options = { lang: language, minConfidence };
        io.out(flags.format === 'json' ? formatJson(result.rows, options)
          : flags.format === 'csv' ? formatCsv(result.rows, options)
            : formatTable(result.rows, options));
      }

      if (writeTo !== undefined && writeFormat !== undefined) {
        const table = result.tables[0];
        if (table === undefined) {
          throw new ToolkitError('bad-arguments', { zh: '没有可复制的事项表', en: 'There is no powers table to copy' });
        }
        const fill = (row: ClassifiedRow): boolean =>
          !needsReview(row, minConfidence) && !(row.classification.flags ?? []).includes('unclassified');
        const bytes = await annotateCopy(table, result.rows, { cwd: io.cwd, lang: language, format: writeFormat, fill });
        await writeFileAtomic(writeTo, bytes);
        io.err(`${language === 'zh' ? '已写入' : 'wrote'} ${relative(io.cwd, writeTo) || writeTo}\n`);
      }
      if (reviewTo !== undefined) {
        await writeFileAtomic(reviewTo, await reviewWorkbook(result.rows, minConfidence, language));
        const count = reviewRows(result.rows, minConfidence).length;
        const shown = relative(io.cwd, reviewTo) || reviewTo;
        io.err(language === 'zh'
          ? `已写入 ${shown}（置信度低于 ${minConfidence} 的 ${count} 项待复核）\n`
          : `wrote ${shown} (${count} row${count === 1 ? '' : 's'} below confidence ${minConfidence} to review)\n`);
      }
      setExit(result.unreadable.length > 0 ? exitCodes.fatal : exitCodes.ok);
    });
}
