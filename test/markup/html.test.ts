// The template helper escapes every interpolation by default; only raw() and nested templates pass through.

import { describe, expect, it } from 'vitest';
import { escapeMarkup, html, inlineJson, joinMarkup, raw } from '../../src/markup/html.js';

describe('html template', () => {
  it('escapes text in content and in attributes', () => {
    const name = '<script>alert(1)</script>';
    const title = '" onmouseover="alert(1)';
    expect(html`<p title="${title}">${name}</p>`.toString()).toBe(
      '<p title="&quot; onmouseover=&quot;alert(1)">&lt;script&gt;alert(1)&lt;/script&gt;</p>',
    );
  });

  it('passes nested templates and raw() through, and escapes arrays item by item', () => {
    const items = ['a&b', html`<b>${'<i>'}</b>`];
    expect(html`<div>${items}${raw('<hr>')}</div>`.toString()).toBe('<div>a&amp;b<b>&lt;i&gt;</b><hr></div>');
  });

  it('drops null, undefined and false; prints numbers', () => {
    expect(html`${null}${undefined}${false}${0}${12.5}`.toString()).toBe('012.5');
  });

  it("escapes ]]>, --> and ' so they cannot end a CDATA section, a comment or a single-quoted attribute", () => {
    expect(escapeMarkup("]]> --> 'x'")).toBe(']]&gt; --&gt; &#39;x&#39;');
  });

  it('removes characters no XML document may carry', () => {
    expect(escapeMarkup('a\u0000b\u000bc\ud800d\tе\n')).toBe('abcd\tе\n');
  });

  it('joins with a separator', () => {
    expect(joinMarkup(['<a>', 'b'], html`<br>`).toString()).toBe('&lt;a&gt;<br>b');
  });

  it('writes inline JSON that cannot close its script element', () => {
    const json = inlineJson({ name: '</script><script>alert(1)</script>', sep: '\u2028' }).toString();
    expect(json).not.toContain('</script>');
    expect(json).not.toContain('<');
    expect(JSON.parse(json)).toEqual({ name: '</script><script>alert(1)</script>', sep: '\u2028' });
  });
});
