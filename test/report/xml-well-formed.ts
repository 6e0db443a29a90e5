// A minimal XML well-formedness check for tests (Node has no DOMParser): tags balance, one root,
// attributes quoted, entities known, no raw `<`/`&`, no characters XML 1.0 forbids.

const name = '[A-Za-z_:][-A-Za-z0-9_.:]*';
const reference = /&(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9A-Fa-f]+);/g;
const startTag = new RegExp(`^<(${name})((?:\\s+${name}\\s*=\\s*"[^"<]*")*)\\s*(/?)>$`);
const endTag = new RegExp(`^</(${name})\\s*>$`);
const forbidden = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

/** Problems found; empty when the document is well formed (for what this check covers). */
export function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  if (forbidden.test(xml)) problems.push('forbidden character');
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const stack: string[] = [];
  let roots = 0;
  for (const [token] of body.matchAll(/<[^>]*>|[^<]+/g)) {
    if (token.startsWith('<')) {
      const close = endTag.exec(token);
      const open = startTag.exec(token);
      if (close) {
        if (stack.pop() !== close[1]) problems.push(`unbalanced ${token}`);
      } else if (open) {
        if (stack.length === 0) roots++;
        const attributes = open[2] ?? '';
        if (attributes.replace(reference, '').includes('&')) problems.push(`bad reference in ${token}`);
        const names = [...attributes.matchAll(new RegExp(`(${name})\\s*=`, 'g'))].map((m) => m[1]);
        if (new Set(names).size !== names.length) problems.push(`duplicate attribute in ${token}`);
        if (open[3] !== '/') stack.push(open[1] ?? '');
      } else {
        problems.push(`malformed tag ${token}`);
      }
    } else {
      if (stack.length === 0 && token.trim() !== '') problems.push(`text outside the root: ${token}`);
      if (token.replace(reference, '').includes('&')) problems.push(`bad reference in text ${token}`);
      if (token.includes(']]>')) problems.push(']]> in text');
    }
  }
  if (stack.length > 0) problems.push(`unclosed ${stack.join(', ')}`);
  if (roots !== 1) problems.push(`${roots} root elements`);
  return problems;
}
