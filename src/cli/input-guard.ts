// Refuses an output path that is one of the inputs or lies inside an input folder, before any work is done.

import { realpath } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import { ToolkitError } from '../diagnostics/errors.js';

/** The real path, following links, or the resolved path itself when it does not exist yet. */
async function realOrSelf(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    return resolve(path);
  }
}

const inside = (child: string, parent: string): boolean => {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep) && rel !== '..');
};

/** Throws `output-exists` when writing `output` (for option `flag`) would touch an input. Globs are skipped. */
export async function refuseInputAsOutput(cwd: string, output: string, inputs: readonly string[], flag: string): Promise<void> {
  const target = await realOrSelf(resolve(cwd, output));
  for (const input of inputs) {
    if (/[*?[]/.test(input)) continue;
    const source = await realOrSelf(resolve(cwd, input));
    if (inside(target, source)) {
      throw new ToolkitError('output-exists', {
        zh: `${flag} ${output} 会写到输入 ${input} 上或其中：请另选输出位置（quanze 不修改输入）`,
        en: `${flag} ${output} would write over or into the input ${input}: choose another place (quanze never modifies inputs)`,
      });
    }
  }
}
