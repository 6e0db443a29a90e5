// The note every flow ends with (DOMAIN.md §5.8): where to seek review or sue, and within how long.

import { remedyChannels } from '../law/remedy-channels.js';
import type { FlowNode } from './types.js';

/** One line per channel after the heading; lines are separated by "\n", which renderers break on. */
export const remedyNode: FlowNode = {
  id: 'remedy',
  kind: 'remedy',
  label: ['救济途径', ...remedyChannels.map((channel) => `${channel.name}：${channel.period}（${channel.basis}）`)].join('\n'),
  limits: [],
};
