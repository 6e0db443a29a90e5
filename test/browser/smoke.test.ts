// The browser harness itself: Debian's Chromium starts, renders CJK text with a real CJK font, and measures it.

// page.evaluate callbacks run in the page, so this file sees the DOM types (the build of src/ does not).
/// <reference lib="dom" />

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { browserAvailable, launchBrowser } from '../helpers/browser.js';

describe.skipIf(!browserAvailable())('headless chromium', () => {
  let browser: Browser;
  beforeAll(async () => { browser = await launchBrowser(); });
  afterAll(async () => { await browser?.close(); });

  it('measures a CJK ideograph at about one em (a CJK font is installed)', async () => {
    const page = await browser.newPage();
    await page.setContent('<svg xmlns="http://www.w3.org/2000/svg"><text id="t" font-size="20" font-family="Noto Sans CJK SC, sans-serif">执法流程</text></svg>');
    const width = await page.evaluate(() => (document.getElementById('t') as unknown as SVGTextElement).getComputedTextLength());
    // Four full-width ideographs at 20 px: 80 px when a CJK font is present; tofu boxes or a missing font measure otherwise.
    expect(width).toBeGreaterThan(76);
    expect(width).toBeLessThan(84);
    await page.close();
  });
});
