// Finds quanze.config.json (upward from the inputs, or --config), validates it and resolves it over the defaults.

import { readFile, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { ToolkitError } from '../diagnostics/errors.js';
import { describeJsonError, describeReadError, describeSchemaKeyword } from './config-errors.js';
import type { SeveritySetting } from '../rules/run-rules.js';
import { defaultSettings, type ActTypeVariant, type Profile, type RuleSettings, type Thresholds } from './settings.js';

export type { ActTypeVariant } from './settings.js';

export const configFileName = 'quanze.config.json';


interface ConfigFile {
  readonly profile?: Profile;
  readonly referenceDate?: string;
  readonly rules?: Readonly<Record<string, SeveritySetting>>;
  readonly thresholds?: Partial<Thresholds>;
  readonly actTypes?: ActTypeVariant;
  readonly publish?: PublishConfig;
}

/** Defaults for `quanze publish` (the command-line options win); `logo` is resolved against the config file's folder. */
export interface PublishConfig {
  readonly title?: string;
  readonly baseUrl?: string;
  readonly logo?: string;
}

export interface ResolvedConfig {
  /** The file read, or undefined when none was found. */
  readonly path?: string;
  readonly settings: RuleSettings;
  readonly severities: Readonly<Record<string, SeveritySetting>>;
  readonly publish: PublishConfig;
}

const schema = JSON.parse(readFileSync(new URL('../../schemas/config.schema.json', import.meta.url), 'utf8')) as object;
let validate: ReturnType<Ajv2020['compile']> | undefined;

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** The nearest quanze.config.json in the folder of the first input or above it. */
export async function findConfig(start: string): Promise<string | undefined> {
  let dir = resolve(start);
  try {
    if ((await stat(dir)).isFile()) dir = dirname(dir);
  } catch {
    dir = dirname(dir); // a glob or a missing path: start from its folder
  }
  for (;;) {
    const candidate = join(dir, configFileName);
    if (await isFile(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

function invalid(path: string, zh: string, en: string, cause?: unknown): ToolkitError {
  return new ToolkitError('config-invalid', { zh: `配置文件 ${path} 有误：${zh}`, en: `Configuration ${path} is invalid: ${en}` }, cause === undefined ? {} : { cause });
}

/** Reads and validates a config file. `knownRules` guards against misspelt rule ids. */
export async function loadConfig(path: string, knownRules: ReadonlySet<string>, today: Date = new Date()): Promise<ResolvedConfig> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (cause) {
    const why = describeReadError(cause);
    throw new ToolkitError('config-invalid', {
      zh: `无法读取配置文件 ${path}（${why.zh}）：请检查该路径及其读取权限，或不用 --config 而使用默认配置`,
      en: `Cannot read configuration ${path} (${why.en}): check the path and its permissions, or run without --config for the defaults`,
    }, { cause });
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (cause) {
    const where = describeJsonError(text, cause);
    throw invalid(path, `不是有效的 JSON（${where.zh}）`, `not valid JSON (${where.en})`, cause);
  }
  if (!validate) {
    const ajv = new Ajv2020({ allErrors: true });
    addFormats.default(ajv, ['date']);
    validate = ajv.compile(schema);
  }
  if (!validate(data)) {
    const first = validate.errors?.[0];
    const where = first ? `${first.instancePath || '/'} ${first.keyword === 'additionalProperties' ? `“${String((first.params as { additionalProperty: string }).additionalProperty)}”` : ''}` : '';
    const why = describeSchemaKeyword(first?.keyword);
    throw invalid(
      path,
      `${where.trim()} 不符合 schemas/config.schema.json（${why.zh}）`,
      `${where.trim()} does not match schemas/config.schema.json (${why.en})`,
    );
  }
  const config = data as ConfigFile;
  const unknown = Object.keys(config.rules ?? {}).filter((id) => !knownRules.has(id));
  if (unknown.length > 0) {
    throw invalid(path, `未知的规则：${unknown.join('、')}（运行 quanze rules 查看所有规则）`, `unknown rule id(s): ${unknown.join(', ')} (run quanze rules to list them)`);
  }
  return resolveConfig(config, today, path);
}

export function resolveConfig(config: ConfigFile = {}, today: Date = new Date(), path?: string): ResolvedConfig {
  const defaults = defaultSettings(today);
  return {
    ...(path === undefined ? {} : { path }),
    settings: {
      profile: config.profile ?? defaults.profile,
      actTypes: { ...config.actTypes },
      referenceDate: config.referenceDate ?? defaults.referenceDate,
      thresholds: { ...defaults.thresholds, ...config.thresholds },
    },
    severities: { ...config.rules },
    publish: publishConfig(config.publish, path),
  };
}

function publishConfig(publish: PublishConfig | undefined, path: string | undefined): PublishConfig {
  if (publish === undefined) return {};
  const { logo, ...rest } = publish;
  return logo === undefined ? rest : { ...rest, logo: path === undefined ? logo : resolve(dirname(path), logo) };
}
