// The one template helper for HTML and SVG: every interpolated value is escaped unless marked with raw().

/**
 * Characters no HTML or XML document may carry: C0 controls other than tab, LF and CR, U+FFFE/U+FFFF and lone
 * surrogates. Spreadsheet cells pasted from old systems contain them, and one would make an SVG unreadable.
 */
const forbidden = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const entities: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe in element content and in quoted attribute values alike (HTML and XML/SVG). */
export function escapeMarkup(text: string): string {
  if (!needsWork.test(text)) return text;
  return text.replace(forbidden, '').replace(/[&<>"']/g, (c) => entities[c] ?? c);
}

/** Anything escapeMarkup might change (any surrogate, paired or not): most texts have none and pass as they are. */
const needsWork = /[&<>"'\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff\ud800-\udfff]/;

declare const safe: unique symbol;

/** Markup that has been built by `html` or marked by `raw()`: the only thing interpolated without escaping. */
export interface SafeMarkup {
  readonly [safe]: true;
  readonly markup: string;
  toString(): string;
}

class Markup implements SafeMarkup {
  declare readonly [safe]: true;
  constructor(readonly markup: string) {}
  toString(): string {
    return this.markup;
  }
}

/** Values a template accepts: text and numbers are escaped; arrays are joined; null, undefined and false vanish. */
export type Interpolation = SafeMarkup | string | number | boolean | null | undefined | readonly Interpolation[];

const isSafe = (value: unknown): value is SafeMarkup => value instanceof Markup;

function render(value: Interpolation): string {
  if (value === null || value === undefined || value === false) return '';
  if (isSafe(value)) return value.markup;
  if (Array.isArray(value)) return value.map((item: Interpolation) => render(item)).join('');
  // A number's digits need no escaping.
  if (typeof value === 'number') return String(value);
  return escapeMarkup(String(value));
}

/**
 * Tagged template for HTML and SVG. `html\`<td>${cell}</td>\`` escapes `cell`; nested templates pass through.
 * There is no way to interpolate unescaped text except `raw()`, so one forgotten call cannot open a hole.
 */
export function html(strings: TemplateStringsArray, ...values: readonly Interpolation[]): SafeMarkup {
  let out = strings[0] ?? '';
  for (let i = 0; i < values.length; i++) out += render(values[i]) + (strings[i + 1] ?? '');
  return new Markup(out);
}

/**
 * Markup quanze wrote itself (a stylesheet, a script of its own, a serialised SVG it generated) passed through
 * as it is. Never call it on text from a spreadsheet: grep for `raw(` to audit every use.
 */
export function raw(markup: string): SafeMarkup {
  return new Markup(markup);
}

/** Items joined by a separator, each escaped unless already safe. */
export function joinMarkup(items: readonly Interpolation[], separator: SafeMarkup | string = ''): SafeMarkup {
  const sep = render(separator);
  return new Markup(items.map((item) => render(item)).join(sep));
}

/**
 * JSON for an inline `<script type="application/json">` or `<script>` block: `<`, `>`, `&` and the line separators
 * are written as \u escapes, so a cell holding `</script>` or `<!--` cannot end or change the block.
 */
export function inlineJson(value: unknown): SafeMarkup {
  const json = JSON.stringify(value) ?? 'null';
  return new Markup(json.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}
