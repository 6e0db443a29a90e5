// Cells that name several posts (or steps) at once: "G01、G02", "G01,G02".

/** The references a cell names, as written, in order. */
export function splitRefs(text: string | undefined): string[] {
  if (text === undefined) return [];
  return text
    .split(/[、,，;；]/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}
