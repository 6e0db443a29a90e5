// Strips what a list wraps around an item name — leading numbering, a department prefix before a separator, a
// trailing 等/事项/工作 — so that the cues anchored at the start or end of a name see the name itself.

import { isPlainText } from '../model/plain-text.js';

/**
 * Circled and parenthesised numbers (①, ⑴, ⒈, ❶) — NFKC turns them into bare digits, so they go first — and the
 * bullets lists put before a name (★ ◆ ■ ● · • ・ * ＊ # ※).
 */
const enclosedNumber = /^[\s\u2460-\u24ff\u2776-\u2793\u25a0-\u25ff\u2605\u2606\u2022\u00b7\u30fb*＊#＃※]+/u;

/** An item code written before the name and a space ("A1 …", "XK-001 …", "1.1.2 …"): it holds a digit. */
const codePrefix = /^[A-Za-z0-9._-]*\d[A-Za-z0-9._-]*\s+(?=\S)/u;

/**
 * Numbering as lists write it, after NFKC (、 stays, ． and （ become . and ( ): 一、 十二、 (三) 1. 1、 3) 1-1 1.2.
 * 1.1.2 第一项. A digit is numbering only before a separator or in x.y.z, so 80周岁以上… and 2.5吨… keep theirs.
 */
const leadingNumber =
  /^(?:(?:第?[一二三四五六七八九十百零〇]+[、.,:)]|\([一二三四五六七八九十百零〇\d]{1,4}\)|\d{1,4}(?:[-.]\d{1,4})*[、.,:)](?!\d)|\d{1,4}(?:-\d{1,4})+|\d{1,3}(?:\.\d{1,3}){2,}|第[一二三四五六七八九十百\d]+[项条])\s*)+/u;

/** A department written before the name with a separator: "市住建局：…", "县交通运输局 …", "区城管局—…". */
const departmentPrefix =
  /^[^\s:|—–-]{2,20}?(?:局|委员会|厅|办公室|支队|大队|总队|管委会|人民政府)\s*(?:[:|—–-]+\s*|\s+)(?=\S)/u;

const separator = /[\s:|—–-]/u;

/** 等, 事项, 工作 at the end ("…审批等事项", "…检查工作"): the list's words, not the item's act. */
const trailingFiller = /(?:等|的?相关)?(?:事项|工作)$|等$/u;

/** Characters a numbering can start with: a digit, (, 第 or a Chinese numeral. Most names start otherwise. */
const numberingStart = /^[\d(第一二三四五六七八九十百零〇]/u;

/** Whether the first character may open a bullet or an enclosed number (a cheap test before the pattern). */
function mayOpenWithBullet(code: number): boolean {
  return code <= 0x20 || code === 0x23 || code === 0x2a || code === 0xb7 || code === 0x2022 || code === 0x203b
    || (code >= 0x2460 && code <= 0x27bf) || code === 0x30fb || code === 0xff03 || code === 0xff0a || code === 0x3000;
}

/**
 * The name without its list framing, in NFKC and without whitespace. Whatever is stripped is only framing: a name
 * that would be shorter than four characters without it is kept whole.
 */
export function stripNameFrame(raw: string): string {
  let text = mayOpenWithBullet(raw.charCodeAt(0)) ? raw.replace(enclosedNumber, '') : raw;
  if (!isPlainText(text)) text = text.normalize('NFKC');
  if (separator.test(text)) {
    const code = codePrefix.exec(text);
    if (code && text.length - code[0].length >= 4) text = text.slice(code[0].length);
    const prefix = departmentPrefix.exec(text);
    if (prefix && text.length - prefix[0].length >= 4) text = text.slice(prefix[0].length);
    text = text.replace(/\s+/gu, '');
  }
  const numbering = numberingStart.test(text) ? leadingNumber.exec(text) : null;
  if (numbering && text.length - numbering[0].length >= 4) text = text.slice(numbering[0].length);
  const last = text.charCodeAt(text.length - 1);
  // 等 项 作: only names ending in one of these can end in filler.
  if (last === 0x7b49 || last === 0x9879 || last === 0x4f5c) {
    const filler = trailingFiller.exec(text);
    if (filler && filler.index >= 4) text = text.slice(0, filler.index);
  }
  return text;
}
