// A lesson from a hard client, added to the profile's red flags or avoid list, so the next vetting remembers it.
import type { FreelancerProfile } from '../profile/profile.ts';
import { includesLabel, isSameLabel } from '../profile/labels.ts';
import type { LessonTarget } from './self-review.ts';

/** The profile with the lesson added; `isNew` is false when the list already held it (nothing changes then). */
export function withLesson(profile: FreelancerProfile, target: LessonTarget, lesson: string): { profile: FreelancerProfile; isNew: boolean } {
  const text = lesson.trim();
  switch (target) {
    case 'red_flags': {
      const items = profile.avoid.redFlags.items;
      if (items.some((flag) => flag.kind === 'own' && isSameLabel(flag.text, text))) return { profile, isNew: false };
      return { profile: { ...profile, avoid: { ...profile.avoid, redFlags: { ...profile.avoid.redFlags, items: [...items, { kind: 'own', text }] } } }, isNew: true };
    }
    case 'avoid_work': {
      const items = profile.avoid.workKinds.items;
      if (includesLabel(items, text)) return { profile, isNew: false };
      return { profile: { ...profile, avoid: { ...profile.avoid, workKinds: { ...profile.avoid.workKinds, items: [...items, text] } } }, isNew: true };
    }
  }
}
