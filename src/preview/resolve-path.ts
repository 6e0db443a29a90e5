// Maps a request path onto a file inside the served folder, or says why it cannot: nothing outside the folder is ever reachable.

import { isAbsolute, join, relative, sep } from 'node:path';

export type Resolved =
  | { readonly kind: 'file'; readonly path: string }
  | { readonly kind: 'bad-request' }
  | { readonly kind: 'not-found' };

/** Whether `path` is `root` or lies below it (both absolute and normalised). */
export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

/**
 * The file for a request target such as `/powers/CF-001.html?x=1`. Percent-escapes are decoded once; a path
 * that decodes badly or holds a NUL byte is a bad request; `..`, dot-files (.git, quanze's own markers) and
 * anything resolving outside `root` are not found, so the answer does not tell what exists outside the folder.
 */
export function resolveRequestPath(root: string, target: string): Resolved {
  const pathname = target.split(/[?#]/u, 1)[0] ?? '';
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { kind: 'bad-request' };
  }
  if (!decoded.startsWith('/') || decoded.includes('\0')) return { kind: 'bad-request' };
  // Backslashes separate folders on Windows; refuse them everywhere rather than serve a different file there.
  const segments = decoded.split('/');
  if (segments.some((s) => s.includes('\\') || s === '..' || s.startsWith('.'))) return { kind: 'not-found' };
  const path = join(root, ...segments.filter((s) => s !== ''));
  return isInside(root, path) ? { kind: 'file', path } : { kind: 'not-found' };
}
