// Checks that a text is in one language: no Chinese in English, no stray English words in Chinese.

/** Han characters and CJK punctuation, full-width forms. */
export const cjk = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/u;

/** The first line of `text` with a Chinese character in it, or undefined. */
export const chineseLine = (text: string): string | undefined => text.split('\n').find((line) => cjk.test(line));

/**
 * Latin words left in a Chinese text once option names, file names, formats and env variables are taken out,
 * and that `allowed` (lower case: command names, choices, formats) does not list. Placeholders are not taken
 * out: <输入...> and [文件夹] are Chinese too.
 */
export function strayLatin(text: string, allowed: ReadonlySet<string>): string[] {
  const stripped = text
    .replace(/“[^”]*”/g, ' ') // a value the user gave, quoted back
    .replace(/(^|[\s（(“、，：])--?[a-z][\w-]*/gi, '$1 ') // option names: -f, --format, --no-color
    .replace(/[\w*-]*(?:\.[\w*]|\/)[\w.*/-]*/g, ' ') // file and folder names, extensions: quanze.config.json, .xlsx, embed/
    .replace(/\b[A-Z][A-Z0-9_]+\b/g, ' '); // environment variables and acronyms: LANG, LC_ALL, CSV
  return (stripped.match(/[A-Za-z]{2,}/g) ?? []).filter((word) => !allowed.has(word.toLowerCase()));
}
