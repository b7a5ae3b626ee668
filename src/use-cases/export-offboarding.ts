// The exit-plan, offboarding, procedure and recovery rows of a workspace export: their part of the file format,
// reading them (deterministic order) and writing them back on import. Files written before these existed import with none.
import { z } from 'zod';
import type { Db } from '../db/connect.ts';
import { checklistItems } from '../domain/offboarding/checklist.ts';
import { exitPlanOrigins, exitPlanStatuses } from '../domain/offboarding/exit-plan.ts';
import { lessonTargets, reviewPrompts } from '../domain/recovery/self-review.ts';
import { Id, IsoDateTime } from '../schemas/common.ts';
import { refuseImportedIds } from './refuse-imported-ids.ts';

const Timestamp = IsoDateTime;
const LocalDate = z.iso.date();

export const offboardingExportShape = {
  exitPlans: z
    .array(
      z
        .object({
          id: Id,
          clientId: Id,
          origin: z.enum(exitPlanOrigins),
          status: z.enum(exitPlanStatuses),
          targetDate: LocalDate,
          steps: z.array(z.object({ title: z.string().max(200), isDone: z.boolean() }).strict()),
          version: z.number().int().min(1),
          createdAt: Timestamp,
          updatedAt: Timestamp,
          closedAt: Timestamp.nullable(),
        })
        .strict(),
    )
    .default([]),
  offboardings: z
    .array(
      z
        .object({
          id: Id,
          clientId: Id,
          checklist: z.object(Object.fromEntries(checklistItems.map((item) => [item, z.boolean()])) as Record<(typeof checklistItems)[number], z.ZodBoolean>).strict(),
          workStatus: z.string().max(20_000),
          openItems: z.array(z.object({ text: z.string().max(1000), isDone: z.boolean() }).strict()),
          isToxic: z.boolean(),
          version: z.number().int().min(1),
          startedAt: Timestamp,
          updatedAt: Timestamp,
          closedAt: Timestamp.nullable(),
        })
        .strict(),
    )
    .default([]),
  clientProcedures: z
    .array(
      z
        .object({
          id: Id,
          clientId: Id,
          position: z.number().int().min(0),
          title: z.string().max(200),
          cadence: z.string().max(200),
          steps: z.array(z.object({ text: z.string().max(2000), isConfidential: z.boolean() }).strict()),
          createdAt: Timestamp,
        })
        .strict(),
    )
    .default([]),
  recoveries: z
    .array(
      z
        .object({
          id: Id,
          clientId: Id,
          periodStart: LocalDate,
          periodEnd: LocalDate,
          restStart: LocalDate.nullable(),
          restEnd: LocalDate.nullable(),
          review: z
            .object({
              answers: z.object(Object.fromEntries(reviewPrompts.map((prompt) => [prompt, z.string().max(20_000)])) as Record<(typeof reviewPrompts)[number], z.ZodString>).strict(),
              lessons: z.array(z.object({ text: z.string().max(200), addedTo: z.array(z.enum(lessonTargets)) }).strict()),
            })
            .strict(),
          version: z.number().int().min(1),
          createdAt: Timestamp,
          updatedAt: Timestamp,
        })
        .strict(),
    )
    .default([]),
};

const OffboardingExport = z.object(offboardingExportShape);
export type OffboardingExport = z.infer<typeof OffboardingExport>;

type Issue = { path: (string | number)[]; message: string };

/** References and uniqueness the database would refuse anyway, named by path. */
export function offboardingExportIssues(file: OffboardingExport, clientIds: ReadonlySet<string>): Issue[] {
  const issues: Issue[] = [];
  for (const key of ['exitPlans', 'offboardings', 'clientProcedures', 'recoveries'] as const) {
    const seen = new Set<string>();
    file[key].forEach((row, index) => {
      if (seen.has(row.id)) issues.push({ path: [key, index, 'id'], message: `The id ${row.id} appears twice in ${key}.` });
      seen.add(row.id);
      if (!clientIds.has(row.clientId)) issues.push({ path: [key, index, 'clientId'], message: `No client with id ${row.clientId} in this file.` });
    });
  }
  const onePerClient = (key: 'offboardings' | 'recoveries', rows: { clientId: string; isOpen: boolean }[], what: string) => {
    const seen = new Set<string>();
    rows.forEach((row, index) => {
      if (!row.isOpen) return;
      if (seen.has(row.clientId)) issues.push({ path: [key, index, 'clientId'], message: `A client has ${what} twice.` });
      seen.add(row.clientId);
    });
  };
  onePerClient('offboardings', file.offboardings.map((o) => ({ clientId: o.clientId, isOpen: true })), 'an offboarding');
  onePerClient('recoveries', file.recoveries.map((r) => ({ clientId: r.clientId, isOpen: true })), 'a recovery');
  const openPlans = new Set<string>();
  file.exitPlans.forEach((plan, index) => {
    if (plan.closedAt !== null) return;
    if (openPlans.has(plan.clientId)) issues.push({ path: ['exitPlans', index, 'clientId'], message: 'A client has two open exit plans; close one of them.' });
    openPlans.add(plan.clientId);
  });
  return issues;
}

function byKeys<T>(...keys: ((row: T) => string | number)[]) {
  return (a: T, b: T): number => {
    for (const key of keys) {
      const [x, y] = [key(a), key(b)];
      if (x < y) return -1;
      if (x > y) return 1;
    }
    return 0;
  };
}

export async function readOffboardingExport(trx: Db, workspaceId: string): Promise<OffboardingExport> {
  const [plans, offboardings, procedures, recoveries] = [
    await trx.selectFrom('exit_plans').selectAll().where('workspace_id', '=', workspaceId).execute(),
    await trx.selectFrom('offboardings').selectAll().where('workspace_id', '=', workspaceId).execute(),
    await trx.selectFrom('client_procedures').selectAll().where('workspace_id', '=', workspaceId).execute(),
    await trx.selectFrom('recoveries').selectAll().where('workspace_id', '=', workspaceId).execute(),
  ];
  return {
    exitPlans: plans
      .map((p) => ({
        id: p.id,
        clientId: p.client_id,
        origin: p.origin as OffboardingExport['exitPlans'][number]['origin'],
        status: p.status as OffboardingExport['exitPlans'][number]['status'],
        targetDate: p.target_date,
        steps: JSON.parse(p.steps) as OffboardingExport['exitPlans'][number]['steps'],
        version: Number(p.version),
        createdAt: p.created_at,
        updatedAt: p.updated_at,
        closedAt: p.closed_at,
      }))
      .sort(byKeys((p) => p.createdAt, (p) => p.id)),
    offboardings: offboardings
      .map((o) => ({
        id: o.id,
        clientId: o.client_id,
        checklist: JSON.parse(o.checklist) as OffboardingExport['offboardings'][number]['checklist'],
        workStatus: o.work_status,
        openItems: JSON.parse(o.open_items) as OffboardingExport['offboardings'][number]['openItems'],
        isToxic: Number(o.is_toxic) === 1,
        version: Number(o.version),
        startedAt: o.started_at,
        updatedAt: o.updated_at,
        closedAt: o.closed_at,
      }))
      .sort(byKeys((o) => o.startedAt, (o) => o.id)),
    clientProcedures: procedures
      .map((p) => ({
        id: p.id,
        clientId: p.client_id,
        position: Number(p.position),
        title: p.title,
        cadence: p.cadence,
        steps: JSON.parse(p.steps) as OffboardingExport['clientProcedures'][number]['steps'],
        createdAt: p.created_at,
      }))
      .sort(byKeys((p) => p.clientId, (p) => p.position, (p) => p.id)),
    recoveries: recoveries
      .map((r) => ({
        id: r.id,
        clientId: r.client_id,
        periodStart: r.period_start,
        periodEnd: r.period_end,
        restStart: r.rest_start,
        restEnd: r.rest_end,
        review: JSON.parse(r.review) as OffboardingExport['recoveries'][number]['review'],
        version: Number(r.version),
        createdAt: r.created_at,
        updatedAt: r.updated_at,
      }))
      .sort(byKeys((r) => r.createdAt, (r) => r.id)),
  };
}

const tables = [
  ['exit_plans', 'exitPlans'],
  ['offboardings', 'offboardings'],
  ['client_procedures', 'clientProcedures'],
  ['recoveries', 'recoveries'],
] as const;

/** Writes the rows inside the import's transaction, after the clients; an id already in the database refuses the whole import. */
export async function writeOffboardingImport(trx: Db, workspaceId: string, data: OffboardingExport, emptyDatabaseHint: string): Promise<void> {
  await refuseImportedIds(trx, tables.map(([table, key]) => [table, data[key]]), emptyDatabaseHint);
  for (const p of data.exitPlans) {
    await trx
      .insertInto('exit_plans')
      .values({ id: p.id, workspace_id: workspaceId, client_id: p.clientId, origin: p.origin, status: p.status, target_date: p.targetDate, steps: JSON.stringify(p.steps), version: p.version, created_at: p.createdAt, updated_at: p.updatedAt, closed_at: p.closedAt })
      .execute();
  }
  for (const o of data.offboardings) {
    await trx
      .insertInto('offboardings')
      .values({
        id: o.id,
        workspace_id: workspaceId,
        client_id: o.clientId,
        checklist: JSON.stringify(o.checklist),
        work_status: o.workStatus,
        open_items: JSON.stringify(o.openItems),
        is_toxic: o.isToxic ? 1 : 0,
        version: o.version,
        started_at: o.startedAt,
        updated_at: o.updatedAt,
        closed_at: o.closedAt,
      })
      .execute();
  }
  for (const p of data.clientProcedures) {
    await trx
      .insertInto('client_procedures')
      .values({ id: p.id, workspace_id: workspaceId, client_id: p.clientId, position: p.position, title: p.title, cadence: p.cadence, steps: JSON.stringify(p.steps), created_at: p.createdAt })
      .execute();
  }
  for (const r of data.recoveries) {
    await trx
      .insertInto('recoveries')
      .values({
        id: r.id,
        workspace_id: workspaceId,
        client_id: r.clientId,
        period_start: r.periodStart,
        period_end: r.periodEnd,
        rest_start: r.restStart,
        rest_end: r.restEnd,
        review: JSON.stringify(r.review),
        version: r.version,
        created_at: r.createdAt,
        updated_at: r.updatedAt,
      })
      .execute();
  }
}
