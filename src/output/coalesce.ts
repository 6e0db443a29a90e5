// Small pieces of text gathered into pieces of about `size` characters, so writing them costs few system calls.

/** The same text as `pieces`, in pieces of at least `size` characters (the last may be shorter). */
export function* coalesce(pieces: Iterable<string>, size = 1 << 20): Generator<string> {
  let held: string[] = [];
  let length = 0;
  for (const piece of pieces) {
    held.push(piece);
    length += piece.length;
    if (length >= size) {
      yield held.join('');
      held = [];
      length = 0;
    }
  }
  if (length > 0) yield held.join('');
}
