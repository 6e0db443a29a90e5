// The command line's own words (help headings, commander's errors) in Chinese and English: one table, no logic.

import type { Bilingual } from '../diagnostics/types.js';

/** Headings and fixed texts of the help screen. */
export const helpWords = {
  usage: { zh: '用法：', en: 'Usage:' },
  arguments: { zh: '参数：', en: 'Arguments:' },
  options: { zh: '选项：', en: 'Options:' },
  globalOptions: { zh: '全局选项：', en: 'Global Options:' },
  commands: { zh: '命令：', en: 'Commands:' },
  optionsTerm: { zh: '[选项]', en: '[options]' },
  commandTerm: { zh: '[命令]', en: '[command]' },
  helpCommand: { zh: 'help [命令]', en: 'help [command]' },
  choices: { zh: '可选：', en: 'choices: ' },
  default: { zh: '默认：', en: 'default: ' },
  listSeparator: { zh: '、', en: ', ' },
  extraSeparator: { zh: '；', en: '; ' },
  extraOpen: { zh: '（', en: ' (' },
  extraClose: { zh: '）', en: ')' },
  helpOption: { zh: '显示帮助', en: 'display help for command' },
  helpCommandDescription: { zh: '显示某个命令的帮助', en: 'display help for a command' },
  versionOption: { zh: '显示版本号', en: 'output the version number' },
  langOption: { zh: '提示信息的语言，默认按 LANG / LC_ALL，未设置时为中文', en: 'language of messages, by default from LANG / LC_ALL, Chinese when unset' },
} as const satisfies Record<string, Bilingual>;

/**
 * The placeholders in usage lines and option flags (`<file>`, `[dir]`), by what the value is. A command author
 * writes `placeholder(lang)('file')` instead of "<file>"; add a name here for a new kind of value.
 */
export const valueNames = {
  inputs: { zh: '输入', en: 'inputs' },
  file: { zh: '文件', en: 'file' },
  dir: { zh: '文件夹', en: 'dir' },
  out: { zh: '输出', en: 'out' },
  format: { zh: '格式', en: 'name' },
  severity: { zh: '严重程度', en: 'severity' },
  count: { zh: '数量', en: 'n' },
  number: { zh: '数值', en: 'n' },
  lang: { zh: '语言', en: 'lang' },
  text: { zh: '文字', en: 'text' },
  url: { zh: '网址', en: 'url' },
  date: { zh: 'YYYY-MM-DD', en: 'YYYY-MM-DD' },
  old: { zh: '旧版', en: 'old' },
  new: { zh: '新版', en: 'new' },
  port: { zh: '端口', en: 'port' },
  rows: { zh: '分组', en: 'rows' },
  rule: { zh: '规则', en: 'rule' },
  code: { zh: '编码', en: 'code' },
  template: { zh: '模板', en: 'id' },
  shard: { zh: 'K/N', en: 'K/N' },
  outcomes: { zh: '结果', en: 'outcomes' },
} as const satisfies Record<string, Bilingual>;
export type ValueName = keyof typeof valueNames;

/** Where to read more, appended to every usage error. */
export const seeHelp = (command: string): Bilingual => ({
  zh: `运行 ${command} --help 查看用法`,
  en: `run ${command} --help for usage`,
});

/** "Did you mean …?" for one or more candidates. */
export const didYouMean = (candidates: readonly string[]): Bilingual => ({
  zh: `是否想输入 ${candidates.join('、')}？`,
  en: candidates.length === 1 ? `did you mean ${candidates[0]}?` : `did you mean one of ${candidates.join(', ')}?`,
});

/** commander's errors, by its error code, with the details quanze recomputes from the parsed command. */
export const usageWords = {
  unknownOption: (flag: string): Bilingual => ({ zh: `未知选项 ${flag}`, en: `unknown option ${flag}` }),
  unknownCommand: (name: string): Bilingual => ({ zh: `未知命令 ${name}`, en: `unknown command ${name}` }),
  missingArgument: (name: string, description: string): Bilingual => ({
    zh: `缺少参数 ${name}${description ? `：${description}` : ''}`,
    en: `missing argument ${name}${description ? `: ${description}` : ''}`,
  }),
  optionMissingArgument: (flags: string): Bilingual => ({
    zh: `选项 ${flags} 需要一个值，请写在它后面`,
    en: `option ${flags} needs a value: give it after the option`,
  }),
  missingMandatoryOption: (flags: string): Bilingual => ({
    zh: `缺少必需的选项 ${flags}，请加上它和它的值`,
    en: `required option ${flags} not given: add it with its value`,
  }),
  conflictingOption: (first: Bilingual, second: Bilingual): Bilingual => ({
    zh: `${first.zh} 与${second.zh} 不能同时使用，请只保留其中一个`,
    en: `${first.en} cannot be used with ${second.en}: keep only one of them`,
  }),
  envVariable: (name: string): Bilingual => ({ zh: `环境变量 ${name}`, en: `environment variable ${name}` }),
  excessArguments: (command: string, expected: number, extra: readonly string[]): Bilingual => {
    const zhExtra = extra.map((word) => `“${word}”`).join('、');
    const enExtra = extra.map((word) => `"${word}"`).join(', ');
    if (expected === 0) return { zh: `${command} 不接受参数（多出${zhExtra}）`, en: `${command} takes no arguments (not expected: ${enExtra})` };
    return {
      zh: `${command} 最多接受 ${expected} 个参数，实际给了 ${expected + extra.length} 个（多出${zhExtra}；含空格的路径请加引号）`,
      en: `${command} takes at most ${expected} argument${expected === 1 ? '' : 's'}, got ${expected + extra.length} (not expected: ${enExtra}; quote a path that contains spaces)`,
    };
  },
  invalidValue: (target: Bilingual, value: string): Bilingual => ({
    zh: `${target.zh} 的值“${value}”无效`,
    en: `invalid value '${value}' for ${target.en}`,
  }),
  allowedChoices: (choices: readonly string[]): Bilingual => ({
    zh: `可选值为 ${choices.join('、')}`,
    en: `allowed: ${choices.join(', ')}`,
  }),
  /** The reason of a parser that gave it in English only: it stays out of the Chinese text. */
  englishReason: (reason: string): Bilingual => ({
    zh: '请按帮助中的说明填写（原因只有英文说明，加 --lang en 重新运行可查看）',
    en: reason,
  }),
  optionTarget: (flags: string): Bilingual => ({ zh: `选项 ${flags}`, en: `option ${flags}` }),
  argumentTarget: (name: string): Bilingual => ({ zh: `参数 ${name}`, en: `argument ${name}` }),
  someValue: (detail: string): Bilingual => ({ zh: '某个选项或参数的值无效', en: `an option or argument has an invalid value (${detail})` }),
  someOptionValue: { zh: '某个选项缺少值', en: 'an option needs a value' },
  someMandatoryOption: { zh: '缺少必需的选项', en: 'a required option is not given' },
  someConflict: { zh: '所给的选项不能同时使用，请只保留其中一个', en: 'some of the options given cannot be used together: keep only one of them' },
  missingCommand: { zh: '没有给出命令', en: 'no command given' },
  /** An error commander may raise that quanze does not expect; its own (English) text only in English. */
  otherUsage: (detail: string): Bilingual => ({
    zh: '命令行参数有误',
    en: detail ? `the command line is not valid (${detail})` : 'the command line is not valid',
  }),
} as const;
