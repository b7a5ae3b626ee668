// One click from the self-review: a lesson joins the profile's red flags or avoid list (version-checked), and the
// review remembers where it went.
import { AppError, invalidField, notFound } from '../errors.ts';
import { profilesRepository } from '../db/repositories/profiles.ts';
import { recoveriesRepository } from '../db/repositories/recoveries.ts';
import { profileProblems } from '../domain/profile/profile-problems.ts';
import { isSameLabel } from '../domain/profile/labels.ts';
import { withLesson } from '../domain/recovery/profile-lessons.ts';
import type { AddLessonBody, Recovery } from '../schemas/recovery.ts';
import { inTransaction, type WorkspaceContext } from './context.ts';
import { loadProfile } from './get-profile.ts';
import { loadRecovery } from './get-recovery.ts';

export async function addLessonToProfile({ ctx, clientId, input }: { ctx: WorkspaceContext; clientId: string; input: AddLessonBody }): Promise<Recovery> {
  return inTransaction(ctx, async (trx) => {
    const recoveries = recoveriesRepository(trx, ctx.workspaceId);
    const recovery = await recoveries.findForClient(clientId);
    if (!recovery) throw notFound('A recovery for this client');
    const current = await loadProfile(trx, ctx.workspaceId);
    const { profile, isNew } = withLesson(current.profile, input.target, input.text);
    const now = ctx.clock.nowIso();
    if (isNew) {
      // The profile holds at most 100 items per list (its schema): a lesson must not make it unsaveable.
      const items = input.target === 'red_flags' ? profile.avoid.redFlags.items : profile.avoid.workKinds.items;
      if (items.length > 100) throw invalidField('target', 'That list in your profile already holds 100 items; remove one there first.');
      // The same words cannot be both wanted and avoided work: the profile's own rules say where it clashes.
      if (profileProblems(profile).some((problem) => problem.path.startsWith('avoid.'))) {
        throw invalidField('text', 'This is already on your list of work you want; change it there first, or word the lesson differently.');
      }
      if (!(await profilesRepository(trx, ctx.workspaceId).saveIfVersion(profile, current.version, now))) {
        throw new AppError('version_conflict', 'Your profile was saved elsewhere just now. Try again.');
      }
    }
    const lessons = recovery.review.lessons.some((lesson) => isSameLabel(lesson.text, input.text))
      ? recovery.review.lessons.map((lesson) => (isSameLabel(lesson.text, input.text) && !lesson.addedTo.includes(input.target) ? { ...lesson, addedTo: [...lesson.addedTo, input.target] } : lesson))
      : [...recovery.review.lessons, { text: input.text, addedTo: [input.target] }];
    if (!(await recoveries.updateIfVersion(clientId, recovery.version, { review: { ...recovery.review, lessons } }, now))) {
      throw new AppError('version_conflict', 'This recovery changed just now. Reload and try again.');
    }
    return loadRecovery(trx, ctx.workspaceId, clientId);
  });
}
