// Long texts (责任事项, 追责情形) shown by the part that changed: the shared beginning and end cut to a few
// characters around it, so a one-clause edit of a 400-character cell reads as one line.

/** Texts up to this many characters are shown whole. */
const SHORT = 60;

/** Characters of unchanged text kept on each side of the change. */
const CONTEXT = 10;

/** The old and new text, each cut to the changed part with `…` where shared text was left out. */
export function excerpt(from: string, to: string): { readonly from: string; readonly to: string } {
  const a = [...from];
  const b = [...to];
  if (a.length <= SHORT && b.length <= SHORT) return { from, to };
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  const cut = (chars: string[]): string => {
    const head = Math.max(0, start - CONTEXT);
    const tail = Math.min(chars.length, chars.length - end + CONTEXT);
    return `${head > 0 ? '…' : ''}${chars.slice(head, tail).join('')}${tail < chars.length ? '…' : ''}`;
  };
  return { from: cut(a), to: cut(b) };
}
