// Exit plans: at most one open plan per client (status open or offboarding), versioned so two tabs cannot overwrite each other.
import type { Db } from '../connect.ts';
import { newId } from '../ids.ts';
import type { ExitPlansTable } from '../schema.ts';
import type { Selectable } from 'kysely';
import type { ExitPlanOrigin, ExitPlanStatus, ExitPlanStep } from '../../domain/offboarding/exit-plan.ts';

export type StoredExitPlan = {
  id: string;
  clientId: string;
  origin: ExitPlanOrigin;
  status: ExitPlanStatus;
  targetDate: string;
  steps: ExitPlanStep[];
  version: number;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
};

export type OpenExitPlanWithClient = StoredExitPlan & { clientName: string; clientCompany: string };

function toPlan(row: Selectable<ExitPlansTable>): StoredExitPlan {
  return {
    id: row.id,
    clientId: row.client_id,
    origin: row.origin as ExitPlanOrigin,
    status: row.status as ExitPlanStatus,
    targetDate: row.target_date,
    steps: JSON.parse(row.steps) as ExitPlanStep[],
    version: Number(row.version),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    closedAt: row.closed_at,
  };
}

export function exitPlansRepository(db: Db, workspaceId: string) {
  return {
    async findOpenForClient(clientId: string): Promise<StoredExitPlan | undefined> {
      const row = await db.selectFrom('exit_plans').selectAll().where('workspace_id', '=', workspaceId).where('client_id', '=', clientId).where('closed_at', 'is', null).executeTakeFirst();
      return row ? toPlan(row) : undefined;
    },

    /** False when the client already has an open plan (the unique index refuses a second even under a race). */
    async insert(plan: { clientId: string; origin: ExitPlanOrigin; targetDate: string; steps: ExitPlanStep[] }, now: string): Promise<StoredExitPlan | undefined> {
      const row = {
        id: newId(),
        workspace_id: workspaceId,
        client_id: plan.clientId,
        origin: plan.origin,
        status: 'open',
        target_date: plan.targetDate,
        steps: JSON.stringify(plan.steps),
        version: 1,
        created_at: now,
        updated_at: now,
        closed_at: null,
      };
      const result = await db
        .insertInto('exit_plans')
        .values(row)
        .onConflict((oc) => oc.columns(['workspace_id', 'client_id']).where('closed_at', 'is', null).doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0n) === 1 ? toPlan(row) : undefined;
    },

    async updateIfVersion(id: string, expectedVersion: number, changes: { targetDate?: string; steps?: ExitPlanStep[]; status?: ExitPlanStatus; closedAt?: string | null }, now: string): Promise<boolean> {
      const result = await db
        .updateTable('exit_plans')
        .set({
          ...(changes.targetDate !== undefined && { target_date: changes.targetDate }),
          ...(changes.steps !== undefined && { steps: JSON.stringify(changes.steps) }),
          ...(changes.status !== undefined && { status: changes.status }),
          ...(changes.closedAt !== undefined && { closed_at: changes.closedAt }),
          version: expectedVersion + 1,
          updated_at: now,
        })
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', id)
        .where('version', '=', expectedVersion)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    /** Every open plan with its client's name, soonest target first (the home calendar). */
    async listOpen(): Promise<OpenExitPlanWithClient[]> {
      const rows = await db
        .selectFrom('exit_plans')
        .innerJoin('clients', (join) => join.onRef('clients.id', '=', 'exit_plans.client_id').onRef('clients.workspace_id', '=', 'exit_plans.workspace_id'))
        .selectAll('exit_plans')
        .select(['clients.name as client_name', 'clients.company as client_company'])
        .where('exit_plans.workspace_id', '=', workspaceId)
        .where('exit_plans.closed_at', 'is', null)
        .orderBy('exit_plans.target_date')
        .orderBy('clients.name_key')
        .execute();
      return rows.map((row) => ({ ...toPlan(row), clientName: row.client_name, clientCompany: row.client_company }));
    },
  };
}
