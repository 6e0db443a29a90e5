// The quanze.config.json `quanze init` writes: every setting at its default, so a legal office sees what it can change.

import { defaultThresholds } from '../config/settings.js';
import type { OutputFile } from '../output/output-file.js';

export const CONFIG_FILE = 'quanze.config.json';

export function configFile(): OutputFile {
  const config = {
    profile: 'national',
    rules: {},
    thresholds: { ...defaultThresholds },
    actTypes: { splitFees: false, legacyNonLicensingApproval: 'other' },
  };
  return { path: CONFIG_FILE, contents: `${JSON.stringify(config, null, 2)}\n` };
}
