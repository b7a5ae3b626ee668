// Saves the recovery page: the hard period, the rest block and the self-review, only over the version the editor read.
import { AppError, invalidField, notFound } from '../errors.ts';
import { recoveriesRepository } from '../db/repositories/recoveries.ts';
import { isSameLabel } from '../domain/profile/labels.ts';
import type { Recovery, UpdateRecoveryBody } from '../schemas/recovery.ts';
import { inTransaction, type WorkspaceContext } from './context.ts';
import { loadRecovery } from './get-recovery.ts';

export async function updateRecovery({ ctx, clientId, input }: { ctx: WorkspaceContext; clientId: string; input: UpdateRecoveryBody }): Promise<Recovery> {
  return inTransaction(ctx, async (trx) => {
    const recoveries = recoveriesRepository(trx, ctx.workspaceId);
    const current = await recoveries.findForClient(clientId);
    if (!current) throw notFound('A recovery for this client');
    const stale = () => new AppError('version_conflict', 'This recovery was saved elsewhere after you opened it. Reload to see that version, then apply your changes again.', { currentVersion: current.version });

    const periodStart = input.periodStart ?? current.periodStart;
    const periodEnd = input.periodEnd ?? current.periodEnd;
    if (periodEnd < periodStart) throw invalidField('periodEnd', 'The hard period must end on or after the day it starts.');
    const restStart = input.restStart === undefined ? current.restStart : input.restStart;
    const restEnd = input.restEnd === undefined ? current.restEnd : input.restEnd;
    if ((restStart === null) !== (restEnd === null)) throw invalidField(restStart === null ? 'restStart' : 'restEnd', 'Give both the first and the last day of rest, or clear both.');
    if (restStart !== null && restEnd !== null && restEnd < restStart) throw invalidField('restEnd', 'The rest must end on or after the day it starts.');
    // Dates that cannot be right are named first; only then does the version decide whether to save.
    if (current.version !== input.version) throw stale();

    // Lessons already sent to the profile keep that mark when the list is edited around them.
    const review = input.review
      ? {
          answers: input.review.answers,
          lessons: input.review.lessons
            .filter((lesson, index, all) => !all.slice(0, index).some((earlier) => isSameLabel(earlier.text, lesson.text)))
            .map((lesson) => ({ text: lesson.text, addedTo: current.review.lessons.find((old) => isSameLabel(old.text, lesson.text))?.addedTo ?? [] })),
        }
      : undefined;
    const now = ctx.clock.nowIso();
    if (!(await recoveries.updateIfVersion(clientId, input.version, { periodStart, periodEnd, restStart, restEnd, review }, now))) throw stale();
    return loadRecovery(trx, ctx.workspaceId, clientId);
  });
}
