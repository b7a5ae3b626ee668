// Interviews with prospects: the answers, the gut check and the vetting computed when they were saved.
import type { Db } from '../connect.ts';
import type { InterviewsTable } from '../schema.ts';
import { newId } from '../ids.ts';
import type { InterviewAnswers } from '../../domain/vetting/interview.ts';
import type { GutCheck } from '../../domain/vetting/gut-check.ts';
import type { Vetting } from '../../domain/vetting/vet-prospect.ts';
import type { FitAssessment } from '../../domain/vetting/fit.ts';
import type { DesperationCheck } from '../../domain/vetting/desperation-check.ts';
import type { RecommendationResult } from '../../domain/vetting/recommendation.ts';

export type InterviewOrigin = 'freelancer' | 'intake';

/** What is stored of a vetting: the recommendation is absent until a gut check exists. */
export type StoredVetting = { fit: FitAssessment; desperation: DesperationCheck; recommendation: RecommendationResult | null };

export type StoredInterview = {
  id: string;
  clientId: string;
  origin: InterviewOrigin;
  answers: InterviewAnswers;
  gut: GutCheck | null;
  vetting: StoredVetting;
  createdAt: string;
};

function toInterview(row: InterviewsTable): StoredInterview {
  return {
    id: row.id,
    clientId: row.client_id,
    origin: row.origin as InterviewOrigin,
    answers: JSON.parse(row.answers) as InterviewAnswers,
    gut: row.gut_feeling ? ({ feeling: row.gut_feeling, note: row.gut_note } as GutCheck) : null,
    vetting: JSON.parse(row.vetting ?? 'null') as StoredVetting,
    createdAt: row.created_at,
  };
}

export function interviewsRepository(db: Db, workspaceId: string) {
  return {
    async insert(
      interview: { clientId: string; origin: InterviewOrigin; answers: InterviewAnswers; gut: GutCheck | null; vetting: StoredVetting | Vetting },
      now: string,
    ): Promise<StoredInterview> {
      const row: InterviewsTable = {
        id: newId(),
        workspace_id: workspaceId,
        client_id: interview.clientId,
        origin: interview.origin,
        answers: JSON.stringify(interview.answers),
        gut_feeling: interview.gut?.feeling ?? null,
        gut_note: interview.gut?.note ?? '',
        vetting: JSON.stringify(interview.vetting),
        recommendation: interview.vetting.recommendation?.recommendation ?? null,
        created_at: now,
      };
      await db.insertInto('interviews').values(row).execute();
      return toInterview(row);
    },

    async updateGutAndVetting(id: string, gut: GutCheck, vetting: Vetting): Promise<void> {
      await db
        .updateTable('interviews')
        .set({ gut_feeling: gut.feeling, gut_note: gut.note, vetting: JSON.stringify(vetting), recommendation: vetting.recommendation.recommendation })
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', id)
        .execute();
    },

    async findById(clientId: string, id: string): Promise<StoredInterview | undefined> {
      const row = await db.selectFrom('interviews').selectAll().where('workspace_id', '=', workspaceId).where('client_id', '=', clientId).where('id', '=', id).executeTakeFirst();
      return row ? toInterview(row) : undefined;
    },

    async listForClient(clientId: string): Promise<StoredInterview[]> {
      const rows = await db.selectFrom('interviews').selectAll().where('workspace_id', '=', workspaceId).where('client_id', '=', clientId).orderBy('created_at', 'desc').orderBy('id', 'desc').execute();
      return rows.map(toInterview);
    },
  };
}
