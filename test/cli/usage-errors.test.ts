// Every error code commander can raise, as quanze's own line in Chinese and in English with exit code 2. The codes
// are read from commander's source, so a code added by an upgrade fails here until it has a message of quanze's.

import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { reportFatal } from '../../src/cli/fatal.js';
import { localiseProgram } from '../../src/cli/i18n.js';
import { buildProgram, run } from '../../src/cli/main.js';
import { ToolkitError } from '../../src/diagnostics/errors.js';
import type { Lang } from '../../src/diagnostics/types.js';
import { fakeIo, type FakeIo } from '../helpers/fake-io.js';
import { cjk, strayLatin } from '../helpers/language.js';

/** Every `commander.*` code in commander's own source. */
function commanderCodes(): Set<string> {
  const lib = join(dirname(createRequire(import.meta.url).resolve('commander')), 'lib');
  const codes = readdirSync(lib)
    .filter((name) => name.endsWith('.js'))
    .flatMap((name) => [...readFileSync(join(lib, name), 'utf8').matchAll(/'(commander\.[A-Za-z]+)'/g)].map((m) => m[1] ?? ''));
  return new Set(codes);
}

/** Codes that are no usage error: they end with exit code 0, or need an executable subcommand quanze has not. */
const notUsageErrors = new Set(['commander.version', 'commander.helpDisplayed', 'commander.executeSubCommandAsync']);

const allowedLatin = new Set(['quanze', 'help', 'zh', 'en', 'demo', 'check', 'chek', 'diff', 'init', 'publish', 'stylish', 'json', 'junit', 'github', 'sarif']);

function expectLanguage(text: string, lang: Lang): void {
  if (lang === 'en') expect(cjk.test(text), `Chinese in the English text: ${text}`).toBe(false);
  else expect(strayLatin(text, allowedLatin), `English words in the Chinese text: ${text}`).toEqual([]);
}

interface Outcome {
  readonly exit: number;
  readonly out: string;
  readonly err: string;
  /** The commander code behind the message, from the ToolkitError's cause. */
  readonly code: string | undefined;
}

/** What `run` does, with the program given: parse, and turn what stops the run into one line and an exit code. */
async function parse(program: Command, io: FakeIo, argv: readonly string[], lang: Lang): Promise<Outcome> {
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return { exit: 0, out: io.stdout(), err: io.stderr(), code: undefined };
  } catch (error) {
    const exit = reportFatal(error, io, lang);
    const cause = error instanceof ToolkitError && error.cause instanceof CommanderError ? error.cause.code : undefined;
    return { exit, out: io.stdout(), err: io.stderr(), code: cause };
  }
}

/** An empty folder to run in: a case that parsed after all (a wrong table row) writes nothing into the repository. */
const cwd = mkdtempSync(join(tmpdir(), 'quanze-usage-'));
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

/** The quanze command line: the message through `run`, the commander code from the same program `run` builds. */
async function quanze(argv: readonly string[], lang: Lang): Promise<Outcome> {
  const io = fakeIo({ lang, cwd });
  const exit = await run(argv, io);
  const { code } = await parse(buildProgram(fakeIo({ lang, cwd }), lang, () => undefined), fakeIo({ lang, cwd }), argv, lang);
  return { exit, out: io.stdout(), err: io.stderr(), code };
}

/**
 * A program with what quanze's commands do not use (yet): conflicting options, one set from the environment, a value
 * parser that explains itself in English only, and a command that raises commander's generic error.
 */
function demoProgram(io: FakeIo, lang: Lang): Command {
  const demo = new Command('demo')
    .addOption(new Option('--fast').conflicts('slow'))
    .addOption(new Option('--slow'))
    .addOption(new Option('--colour').env('QUANZE_TEST_COLOUR').conflicts('fast'))
    .addOption(new Option('--size <n>').argParser(() => { throw new InvalidArgumentError('Expected a size like 10k'); }))
    .option('--fail')
    .action((options: { fail?: boolean }, command: Command) => {
      if (options.fail) command.error('error: something odd');
    });
  return localiseProgram(new Command('quanze').addCommand(demo), { lang, io, version: '0.0.0' });
}

async function demo(argv: readonly string[], lang: Lang): Promise<Outcome> {
  const io = fakeIo({ lang });
  return parse(demoProgram(io, lang), io, argv, lang);
}

/** The words typed, the same in both languages or made for one (to give --lang on the line). */
type Argv = readonly string[] | ((lang: Lang) => readonly string[]);
type Case = readonly [name: string, code: string, run: typeof quanze, argv: Argv, zh: string, en: string];

const cases: readonly Case[] = [
  ['unknown option', 'commander.unknownOption', quanze, ['check', 'x.xlsx', '--zzzzzz'],
    '未知选项 --zzzzzz。运行 quanze check --help 查看用法',
    'unknown option --zzzzzz; run quanze check --help for usage'],
  ['unknown option with a value', 'commander.unknownOption', quanze, ['check', 'x.xlsx', '--formats=json'],
    '未知选项 --formats=json。是否想输入 --format？运行 quanze check --help 查看用法',
    'unknown option --formats=json; did you mean --format? run quanze check --help for usage'],
  ['unknown command', 'commander.unknownCommand', quanze, ['chek', 'x.xlsx'],
    '未知命令 chek。是否想输入 check？运行 quanze --help 查看用法',
    'unknown command chek; did you mean check? run quanze --help for usage'],
  ['help for an unknown command', 'commander.help', quanze, ['help', 'chek'],
    '未知命令 chek。是否想输入 check？运行 quanze --help 查看用法',
    'unknown command chek; did you mean check? run quanze --help for usage'],
  ['no command', 'commander.help', quanze, [],
    '没有给出命令。运行 quanze --help 查看用法',
    'no command given; run quanze --help for usage'],
  ['missing argument', 'commander.missingArgument', quanze, ['diff', 'old.xlsx'],
    '缺少参数 <新版>：新版清单，形式同旧版（批量时按部门名称对应）。运行 quanze diff --help 查看用法',
    'missing argument <new>: the new edition, in the same form as the old (batches are matched by department name); run quanze diff --help for usage'],
  ['option without its value', 'commander.optionMissingArgument', quanze, ['check', 'x.xlsx', '--format'],
    '选项 --format 需要一个值，请写在它后面。运行 quanze check --help 查看用法',
    'option --format needs a value: give it after the option; run quanze check --help for usage'],
  ["short option without its value, before the program's --lang", 'commander.optionMissingArgument', quanze, (lang) => ['check', 'x.xlsx', '-j', '--lang', lang],
    '选项 --jobs 需要一个值，请写在它后面。运行 quanze check --help 查看用法',
    'option --jobs needs a value: give it after the option; run quanze check --help for usage'],
  ['mandatory option not given', 'commander.missingMandatoryOptionValue', quanze, ['publish', 'x.xlsx'],
    '缺少必需的选项 --output，请加上它和它的值。运行 quanze publish --help 查看用法',
    'required option --output not given: add it with its value; run quanze publish --help for usage'],
  ['too many arguments', 'commander.excessArguments', quanze, ['init', 'a', 'b', 'c'],
    'quanze init 最多接受 1 个参数，实际给了 3 个（多出“b”、“c”；含空格的路径请加引号）。运行 quanze init --help 查看用法',
    'quanze init takes at most 1 argument, got 3 (not expected: "b", "c"; quote a path that contains spaces); run quanze init --help for usage'],
  ['value not among the choices', 'commander.invalidArgument', quanze, ['check', 'x.xlsx', '--format', 'jsn'],
    '选项 --format 的值“jsn”无效：可选值为 stylish、json、junit、github、sarif。是否想输入 json？运行 quanze check --help 查看用法',
    "invalid value 'jsn' for option --format: allowed: stylish, json, junit, github, sarif; did you mean json? run quanze check --help for usage"],
  ['value refused by a parser in both languages', 'commander.invalidArgument', quanze, ['check', 'x.xlsx', '-j', '0'],
    '选项 --jobs 的值“0”无效：须为不小于 1 的整数。运行 quanze check --help 查看用法',
    "invalid value '0' for option --jobs: not a whole number ≥ 1; run quanze check --help for usage"],
  ['value refused by a parser in English only', 'commander.invalidArgument', demo, ['demo', '--size', 'big'],
    '选项 --size 的值“big”无效：请按帮助中的说明填写（原因只有英文说明，加 --lang en 重新运行可查看）。运行 quanze demo --help 查看用法',
    "invalid value 'big' for option --size: Expected a size like 10k; run quanze demo --help for usage"],
  ['conflicting options', 'commander.conflictingOption', demo, ['demo', '--fast', '--slow'],
    '选项 --fast 与选项 --slow 不能同时使用，请只保留其中一个。运行 quanze demo --help 查看用法',
    'option --fast cannot be used with option --slow: keep only one of them; run quanze demo --help for usage'],
  ["commander's generic error", 'commander.error', demo, ['demo', '--fail'],
    '命令行参数有误。运行 quanze demo --help 查看用法',
    'the command line is not valid (something odd); run quanze demo --help for usage'],
];

describe("every commander error code in quanze's words", () => {
  it.each(cases.flatMap(([name, code, runner, argv, zh, en]) => [[name, 'zh', code, runner, argv, zh], [name, 'en', code, runner, argv, en]] as const))(
    '%s (%s)',
    async (_name, lang, code, runner, argv, expected) => {
      const outcome = await runner(typeof argv === 'function' ? argv(lang) : argv, lang);
      expect(outcome.code).toBe(code);
      expect(outcome.exit).toBe(2);
      const line = outcome.err.trimEnd().split('\n').at(-1) ?? '';
      if (expected !== '') expect(line).toBe(`quanze: ${expected}`);
      expect(line).toMatch(lang === 'zh' ? /运行 quanze( \w+)? --help 查看用法$/u : /run quanze( \w+)? --help for usage$/u);
      expectLanguage(line, lang);
    },
  );

  it('covers every code commander raises for a command line it refuses', () => {
    const covered = new Set(cases.map(([, code]) => code));
    const expected = [...commanderCodes()].filter((code) => !notUsageErrors.has(code)).sort();
    expect(expected.length).toBeGreaterThan(5);
    expect([...covered].sort()).toEqual(expected);
  });

  it('names an option set from the environment by its variable', async () => {
    vi.stubEnv('QUANZE_TEST_COLOUR', '1');
    try {
      const zh = await demo(['demo', '--fast'], 'zh');
      expect(zh.err).toBe('quanze: 环境变量 QUANZE_TEST_COLOUR 与选项 --fast 不能同时使用，请只保留其中一个。运行 quanze demo --help 查看用法\n');
      const en = await demo(['demo', '--fast'], 'en');
      expect(en.err).toBe('quanze: environment variable QUANZE_TEST_COLOUR cannot be used with option --fast: keep only one of them; run quanze demo --help for usage\n');
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
