// A power's act type for publication: the declared one, else the classifier's, marked as inferred.

import { classifyPower, typeLabel, type ClassifyVariant } from '../classify/index.js';
import type { PowerRecord } from '../model/types.js';
import type { ViewActType } from './types.js';

export function powerType(power: PowerRecord, variant: ClassifyVariant = {}): ViewActType {
  if (power.type !== undefined) return { id: power.type, label: typeLabel(power.type).zh, inferred: false };
  const classified = classifyPower({
    name: power.name,
    ...(power.subItem === undefined ? {} : { subItem: power.subItem }),
    ...(power.basisText === undefined ? {} : { basisText: power.basisText }),
    ...(power.code === undefined ? {} : { code: power.code }),
  }, { variant });
  return { id: classified.type, label: typeLabel(classified.type).zh, inferred: true };
}
