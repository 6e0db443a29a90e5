// One language, whole: every command's --help and commander's errors in Chinese or English, never a mix; the
// language from LANG / LC_ALL; the README's Chinese help. The commands are taken from the program itself, so a
// command added later (flow, merge …) is covered without touching this file.

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { langFromEnv } from '../../src/cli/io.js';
import { buildProgram, run } from '../../src/cli/main.js';
import type { Lang } from '../../src/diagnostics/types.js';
import { fakeIo } from '../helpers/fake-io.js';
import { cjk, strayLatin as strayLatinIn } from '../helpers/language.js';

/** Every command below the program, as the words a user types ([] is the program itself). */
function commandPaths(command: Command, path: string[] = []): string[][] {
  return [path, ...command.commands.flatMap((sub) => commandPaths(sub, [...path, sub.name()]))];
}

const program = buildProgram(fakeIo(), 'zh', () => undefined);
const paths = commandPaths(program);
const find = (path: readonly string[]): Command =>
  path.reduce<Command>((c, name) => c.commands.find((sub) => sub.name() === name) ?? c, program);

/** The command's mandatory options with a value, so a test reaches the error it is after. */
const mandatory = (command: Command): string[] => command.options.filter((o) => o.mandatory && o.long).flatMap((o) => [o.long ?? '', 'x']);
/** The command with its required arguments and mandatory options filled in. */
const minimal = (path: readonly string[]): string[] => {
  const command = find(path);
  return [...path, ...command.registeredArguments.filter((a) => a.required).map(() => 'x'), ...mandatory(command)];
};

/** Words a Chinese text may contain in Latin letters: names a user types or sees in files. */
function allowedLatin(): Set<string> {
  const words = new Set(['quanze', 'help', 'xlsx', 'xls', 'ods', 'csv', 'tsv', 'json', 'html', 'svg', 'sarif', 'junit', 'github', 'mermaid', 'markdown', 'png', 'jpg', 'jpeg', 'gif', 'webp', 'zh', 'en', 'ctrl']);
  const visit = (command: Command): void => {
    words.add(command.name().toLowerCase());
    for (const option of command.options) for (const choice of option.argChoices ?? []) words.add(choice.toLowerCase());
    for (const argument of command.registeredArguments) for (const choice of argument.argChoices ?? []) words.add(choice.toLowerCase());
    command.commands.forEach(visit);
  };
  visit(program);
  return words;
}
const latinAllowed = allowedLatin();

const strayLatin = (text: string): string[] => strayLatinIn(text, latinAllowed);

function expectLanguage(text: string, lang: Lang): void {
  if (lang === 'en') expect(text.match(new RegExp(`.*${cjk.source}.*`, 'u'))?.[0], 'Chinese in the English text').toBeUndefined();
  else expect(strayLatin(text), 'English words in the Chinese text').toEqual([]);
}

async function quanze(argv: readonly string[], lang: Lang) {
  const io = fakeIo({ lang });
  const code = await run(argv, io);
  return { code, out: io.stdout(), err: io.stderr() };
}

describe('every command speaks one language', () => {
  const cases = paths.flatMap((path) => (['zh', 'en'] as const).map((lang) => [['quanze', ...path].join(' '), lang, path] as const));

  it('finds the commands of the program', () => {
    expect(paths.map((p) => p.join(' '))).toEqual(expect.arrayContaining(['', 'check', 'classify', 'init', 'publish', 'preview', 'stats', 'diff', 'rules']));
  });

  it('the option names and the number of arguments are the same in both languages', () => {
    const english = buildProgram(fakeIo(), 'en', () => undefined);
    const shape = (root: Command): string[] =>
      commandPaths(root).map((path) => {
        const command = path.reduce<Command>((c, name) => c.commands.find((sub) => sub.name() === name) ?? c, root);
        const options = command.options.map((o) => `${o.short ?? ''}${o.long ?? ''}${o.required ? '=' : o.optional ? '?' : ''}`);
        const args = command.registeredArguments.map((a) => `${a.required ? '<>' : '[]'}${a.variadic ? '...' : ''}`);
        return [path.join(' '), ...options, ...args].join(' ');
      });
    expect(shape(program)).toEqual(shape(english));
  });

  it('the texts checks catch a string in the other language', () => {
    expect(strayLatin('用法：quanze check [选项] <inputs...>')).toEqual(['inputs']);
    expect(strayLatin('  -f, --format <格式>  报告格式（可选：stylish、json；默认：stylish）')).toEqual([]);
    expect(strayLatin('写出汇总表（.xlsx 或 .csv），见 quanze.config.json 和 LANG / LC_ALL')).toEqual([]);
    expect(strayLatin('display help for command')).toEqual(['display', 'for', 'command']);
    expect(strayLatin('（可选：error、warning）')).toEqual([]);
    expect(strayLatin('如 error-warning 或 fancy-name')).toEqual(['fancy', 'name']);
    expect(cjk.test('Usage: quanze check [options] <inputs...>')).toBe(false);
    expect(cjk.test('  -h, --help  显示帮助')).toBe(true);
    expect(cjk.test('choices：zh')).toBe(true);
  });

  it.each(cases)('%s --help in %s', async (_name, lang, path) => {
    const { code, out, err } = await quanze([...path, '--help'], lang);
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out).toContain(lang === 'zh' ? '用法：' : 'Usage:');
    expectLanguage(out, lang);
  });

  it.each(cases)('%s --help --lang in %s: the flag wins over the environment', async (_name, lang, path) => {
    const { out } = await quanze([...path, '--help', '--lang', lang], lang === 'zh' ? 'en' : 'zh');
    expectLanguage(out, lang);
  });

  it.each(cases)('%s: an unknown option, in %s, exits 2 with one line', async (_name, lang, path) => {
    const { code, out, err } = await quanze([...minimal(path), '--bogus-option'], lang);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err.trimEnd().split('\n')).toHaveLength(1);
    expect(err).toContain('--bogus-option');
    expectLanguage(err, lang);
  });

  /** Every option with choices refuses another value and lists the choices, in the user's language. */
  const choiceCases = paths.flatMap((path) => {
    return find(path).options
      .filter((o) => o.argChoices !== undefined && o.long !== undefined)
      .flatMap((o) => (['zh', 'en'] as const).map((lang) => [`${['quanze', ...path].join(' ')} ${o.long}`, lang, [...minimal(path), `${o.long}=zzz`], o.argChoices ?? []] as const));
  });

  it.each(choiceCases)('%s with a value not among its choices, in %s', async (_name, lang, argv, choices) => {
    const { code, err } = await quanze(argv, lang);
    expect(code).toBe(2);
    for (const choice of choices) expect(err).toContain(choice);
    expectLanguage(err, lang);
  });

  const needArguments = paths.filter((path) => find(path).registeredArguments.some((a) => a.required));
  it.each(needArguments.flatMap((path) => (['zh', 'en'] as const).map((lang) => [path.join(' '), lang, path] as const)))(
    'quanze %s with no arguments, in %s, says which is missing',
    async (_name, lang, path) => {
      const { code, err } = await quanze([...path, ...mandatory(find(path))], lang);
      expect(code).toBe(2);
      expect(err).toContain(lang === 'zh' ? '缺少参数' : 'missing argument');
      expectLanguage(err, lang);
    },
  );
});

describe("commander's errors in quanze's words", () => {
  const table: ReadonlyArray<readonly [string, readonly string[], string, string]> = [
    ['unknown option, with a suggestion', ['check', 'x.xlsx', '--formt', 'json'],
      'quanze: 未知选项 --formt。是否想输入 --format？运行 quanze check --help 查看用法',
      'quanze: unknown option --formt; did you mean --format? run quanze check --help for usage'],
    ['unknown option, nothing close', ['check', 'x.xlsx', '--zzzzzz'],
      'quanze: 未知选项 --zzzzzz。运行 quanze check --help 查看用法',
      'quanze: unknown option --zzzzzz; run quanze check --help for usage'],
    ['unknown command, with a suggestion', ['chek', 'x.xlsx'],
      'quanze: 未知命令 chek。是否想输入 check？运行 quanze --help 查看用法',
      'quanze: unknown command chek; did you mean check? run quanze --help for usage'],
    ['missing argument', ['check'],
      'quanze: 缺少参数 <输入...>：工作簿（.xlsx/.xls/.ods）、CSV 文件夹或通配符。运行 quanze check --help 查看用法',
      'quanze: missing argument <inputs...>: workbooks (.xlsx/.xls/.ods), CSV folders, or globs; run quanze check --help for usage'],
    ['invalid choice, with a suggestion', ['check', 'x.xlsx', '--format', 'jsn'],
      'quanze: 选项 --format 的值“jsn”无效：可选值为 stylish、json、junit、github、sarif。是否想输入 json？运行 quanze check --help 查看用法',
      "quanze: invalid value 'jsn' for option --format: allowed: stylish, json, junit, github, sarif; did you mean json? run quanze check --help for usage"],
    ['invalid number', ['check', 'x.xlsx', '-j', '0'],
      'quanze: 选项 --jobs 的值“0”无效：须为不小于 1 的整数。运行 quanze check --help 查看用法',
      "quanze: invalid value '0' for option --jobs: not a whole number ≥ 1; run quanze check --help for usage"],
    ['option without its value', ['check', 'x.xlsx', '--format'],
      'quanze: 选项 --format 需要一个值，请写在它后面。运行 quanze check --help 查看用法',
      'quanze: option --format needs a value: give it after the option; run quanze check --help for usage'],
    ['mandatory option not given', ['publish', 'x.xlsx'],
      'quanze: 缺少必需的选项 --output，请加上它和它的值。运行 quanze publish --help 查看用法',
      'quanze: required option --output not given: add it with its value; run quanze publish --help for usage'],
    ['too many arguments', ['init', 'a', 'b'],
      'quanze: quanze init 最多接受 1 个参数，实际给了 2 个（多出“b”；含空格的路径请加引号）。运行 quanze init --help 查看用法',
      'quanze: quanze init takes at most 1 argument, got 2 (not expected: "b"; quote a path that contains spaces); run quanze init --help for usage'],
  ];

  it.each(table.flatMap(([name, argv, zh, en]) => [[name, 'zh', argv, zh], [name, 'en', argv, en]] as const))(
    '%s (%s)',
    async (_name, lang, argv, expected) => {
      const { code, out, err } = await quanze(argv, lang);
      expect(code).toBe(2);
      expect(out).toBe('');
      expect(err).toBe(`${expected}\n`);
    },
  );

  it('no command at all prints the help on stderr and exits 2', async () => {
    const { code, err } = await quanze([], 'zh');
    expect(code).toBe(2);
    expect(err).toContain('用法：quanze [选项] [命令]');
    expect(err.trimEnd().split('\n').at(-1)).toBe('quanze: 没有给出命令。运行 quanze --help 查看用法');
  });

  it('--version and help <command> exit 0', async () => {
    expect((await quanze(['--version'], 'zh')).out).toMatch(/^\d+\.\d+\.\d+\n$/);
    const help = await quanze(['help', 'check'], 'en');
    expect(help.code).toBe(0);
    expect(help.out).toContain('Usage: quanze check [options] <inputs...>');
  });

  it('a language from LANG reaches the errors; --lang overrides it', async () => {
    expect((await quanze(['check', '--bogus'], 'en')).err).toContain('unknown option --bogus');
    expect((await quanze(['check', '--bogus', '--lang', 'zh'], 'en')).err).toContain('未知选项 --bogus');
    expect((await quanze(['check', '--lang=en', '--bogus'], 'zh')).err).toContain('unknown option --bogus');
  });
});

describe('the README', () => {
  it('shows the real Chinese quanze --help', async () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const shown = /<!-- help: [^\n]*-->\n```text\n([\s\S]*?)```\n/.exec(readme)?.[1];
    const { out } = await quanze(['--help'], 'zh');
    expect(shown, 'README\'s Chinese help is out of date: paste the output of `node bin/quanze.js --help` into it').toBe(out);
  });
});

describe('the language of the environment', () => {
  it.each([
    [{}, 'zh'], [{ LANG: 'en_US.UTF-8' }, 'en'], [{ LANG: 'zh_CN.UTF-8' }, 'zh'], [{ LANG: 'C' }, 'zh'],
    [{ LANG: 'zh_CN.UTF-8', LC_ALL: 'en_GB.UTF-8' }, 'en'], [{ LANG: 'en_US.UTF-8', LC_ALL: 'zh_TW.UTF-8' }, 'zh'],
    [{ LANG: 'en_US.UTF-8', LC_MESSAGES: 'zh_CN.UTF-8' }, 'zh'], [{ LC_ALL: 'POSIX' }, 'zh'],
  ] as const)('%o gives %s', (env, lang) => {
    expect(langFromEnv(env)).toBe(lang);
  });

  it('reaches the installed command: LANG / LC_ALL pick the language, --lang wins', () => {
    const bin = fileURLToPath(new URL('../../bin/quanze.js', import.meta.url));
    const quanzeBin = (args: readonly string[], env: Record<string, string>) =>
      spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', ...env } });
    expect(quanzeBin(['--help'], { LANG: 'en_US.UTF-8' }).stdout).toContain('Usage: quanze [options] [command]');
    expect(quanzeBin(['--help'], { LANG: 'en_US.UTF-8', LC_ALL: 'zh_CN.UTF-8' }).stdout).toContain('用法：quanze [选项] [命令]');
    const typo = quanzeBin(['chek'], { LC_ALL: 'en_US.UTF-8' });
    expect(typo.status).toBe(2);
    expect(typo.stderr).toBe('quanze: unknown command chek; did you mean check? run quanze --help for usage\n');
    expect(quanzeBin(['rules', '--lang', 'zh'], { LANG: 'en_US.UTF-8' }).stdout).toContain('规则（可在配置文件中调整或关闭）');
  });
});
