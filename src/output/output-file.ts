// A file a pure stage produces; only the CLI writes it to disk.

export interface OutputFile {
  /** Path relative to the output folder, POSIX separators. */
  readonly path: string;
  readonly contents: string | Uint8Array;
}
