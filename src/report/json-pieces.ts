// `JSON.stringify(value, null, 2)` in pieces: the frame of a report printed at once, its long arrays one member
// at a time, so a report of 10⁵ findings is never one string or one object tree. Joined, the pieces are the
// bytes of one `JSON.stringify` of the whole.

/** An array printed member by member: its length and each member's plain value, made when it is printed. */
export interface StreamedArray {
  readonly length: number;
  readonly valueAt: (index: number) => unknown;
}

/** `value` as `JSON.stringify(…, null, 2)` prints it `indent` deep (its first line not indented). */
const nested = (value: unknown, indent: string): string => JSON.stringify(value, null, 2).replaceAll('\n', `\n${indent}`);

/** A string no report frame holds (a control character on each side), standing in for the `index`-th array. */
export const placeholder = (index: number): string => `\u0001quanze-array-${index}\u0001`;

/**
 * `frame` printed with each `placeholder(i)` string in it replaced by the members of `arrays[i]`. The frame
 * must hold each placeholder once, as a value, and nothing else the arrays' members are.
 */
export function* jsonPieces(frame: unknown, arrays: readonly StreamedArray[]): Generator<string> {
  const text = `${JSON.stringify(frame, null, 2)}\n`;
  let from = 0;
  const found = arrays.map((array, i) => ({ array, at: text.indexOf(JSON.stringify(placeholder(i))), length: JSON.stringify(placeholder(i)).length }));
  for (const { array, at, length } of found.sort((a, b) => a.at - b.at)) {
    if (at < 0) throw new Error('jsonPieces: a placeholder is missing from the frame');
    yield text.slice(from, at);
    const indent = /^ */u.exec(text.slice(text.lastIndexOf('\n', at) + 1))?.[0] ?? '';
    if (array.length === 0) yield '[]';
    else {
      yield '[\n';
      for (let i = 0; i < array.length; i++) yield `${indent}  ${nested(array.valueAt(i), `${indent}  `)}${i === array.length - 1 ? '\n' : ',\n'}`;
      yield `${indent}]`;
    }
    from = at + length;
  }
  yield text.slice(from);
}
