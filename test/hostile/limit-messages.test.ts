// The CLI has no option to raise the hostile-input limits, so no refusal or finding may suggest raising one or
// name such an option: each says what to do with the file instead.

import { describe, expect, it } from 'vitest';
import { diagnosticTexts, errorTexts } from '../../src/ingest/messages.js';

const suggestsRaising = /raise|increase|--max|提高|调高|放宽|调大/i;

describe('limit messages', () => {
  it.each(Object.entries(errorTexts))('%s says what to do without suggesting a higher limit', (_code, text) => {
    for (const lang of ['zh', 'en'] as const) {
      expect(text[lang]).not.toMatch(suggestsRaising);
      expect(text[lang]).toMatch(lang === 'zh' ? /：请|：如果/ : /: (?:check|give|save|split|if|open|name)/);
    }
  });

  it.each(Object.entries(diagnosticTexts))('%s neither suggests a higher limit', (_id, text) => {
    for (const lang of ['zh', 'en'] as const) {
      expect(text.message[lang]).not.toMatch(suggestsRaising);
      expect(text.hint[lang]).not.toMatch(suggestsRaising);
    }
  });
});
