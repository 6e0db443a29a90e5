// Enforcement is done by at least two certified officers (处罚法 Art. 42, 强制法 Art. 18), so each post needs that many.

import { keyOf } from '../model/build-index.js';
import { at } from '../model/location.js';
import type { SourceLocation } from '../diagnostics/types.js';
import { defineRule } from './define-rule.js';
import { splitRefs } from './support/post-refs.js';

interface EnforcementPost {
  readonly label: string;
  readonly where: SourceLocation & { readonly field?: string };
}

export default defineRule({
  meta: {
    id: 'post-officers-minimum',
    description: {
      zh: '承担执法事项的岗位应配备不少于规定人数（默认 2 人）的持有效执法证人员',
      en: 'A post holding enforcement powers has at least the configured number (2 by default) of officers with valid certificates',
    },
    severity: 'warning',
    docs: 'docs/rules/post-officers-minimum.md',
    messages: {
      tooFew: {
        zh: '执法岗位“{{post}}”只有 {{count}} 名持有效执法证的人员，少于 {{needed}} 名',
        en: 'Enforcement post "{{post}}" has {{count}} officers with a valid certificate, fewer than {{needed}}',
      },
    },
    hints: {
      tooFew: {
        zh: '为该岗位增配持证执法人员，或在执法人员清单“执法岗位”列补填',
        en: 'Assign more certified officers to the post, or fill in the post column of the officers list',
      },
    },
  },
  check({ inventory, index, settings, report, eachPower, afterPowers }) {
    const needed = settings.thresholds.officersPerPost;
    if (!(needed > 0) || !index.hasTable('officers')) return;
    if (!inventory.officers.some((o) => splitRefs(o.post).length > 0)) return;
    const withPosts = index.hasTable('posts');

    // Posts holding powers, in reading order: from the posts table by id key, else by the reference text.
    const held = new Set<string>(inventory.posts.filter((p) => (p.powers ?? []).length > 0).map((p) => keyOf(p.id)));
    const unlisted = new Map<string, EnforcementPost>();
    eachPower((power) => {
      for (const ref of power.posts ?? []) {
        const post = index.postsByRef.get(keyOf(ref));
        if (post) held.add(keyOf(post.id));
        else if (!withPosts && !unlisted.has(keyOf(ref))) unlisted.set(keyOf(ref), { label: ref, where: at(power.source, 'posts') });
      }
    });
    afterPowers(() => {
      const posts = new Map<string, EnforcementPost>();
      for (const post of inventory.posts) {
        const key = keyOf(post.id);
        if (held.has(key) && !posts.has(key)) posts.set(key, { label: post.name ?? post.id, where: at(post.source, 'id') });
      }
      for (const [key, post] of unlisted) posts.set(key, post);

      // Distinct certified, unexpired officers per post key.
      const holders = new Map<string, Set<string>>();
      for (const officer of inventory.officers) {
        const certificate = (officer.certificateNo ?? '').trim();
        if (certificate === '') continue;
        if (officer.certificateExpiry !== undefined && officer.certificateExpiry < settings.referenceDate) continue;
        for (const ref of splitRefs(officer.post)) {
          const post = index.postsByRef.get(keyOf(ref));
          const key = post ? keyOf(post.id) : keyOf(ref);
          const set = holders.get(key) ?? new Set<string>();
          set.add(keyOf(`${officer.name}|${certificate}`));
          holders.set(key, set);
        }
      }

      for (const [key, post] of posts) {
        const count = holders.get(key)?.size ?? 0;
        if (count >= needed) continue;
        report({ messageId: 'tooFew', at: post.where, data: { post: post.label, count, needed } });
      }
    });
  },
});
