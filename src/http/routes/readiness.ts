// Readiness (DOMAIN.md section 8): finances entered by hand, the report with funds, concentration and runways, what-if, settings.
import { z } from 'zod';
import { Id, Problem } from '../../schemas/common.ts';
import {
  FundBalanceEntry,
  IncomeEntry,
  MoveToFundBody,
  NewFundBalanceBody,
  NewIncomeEntryBody,
  ReadinessReport,
  ReadinessSettingsResponse,
  SaveFinancesBody,
  SaveReadinessSettingsBody,
  WhatIfBody,
  WhatIfResponse,
} from '../../schemas/readiness.ts';
import type { FundSide } from '../../domain/readiness/finances.ts';
import { deleteFundBalance } from '../../use-cases/delete-fund-balance.ts';
import { deleteIncomeEntry } from '../../use-cases/delete-income-entry.ts';
import { getReadinessSettings } from '../../use-cases/get-readiness-settings.ts';
import { listFundBalances } from '../../use-cases/list-fund-balances.ts';
import { listIncomeEntries } from '../../use-cases/list-income-entries.ts';
import { getReadiness } from '../../use-cases/load-readiness.ts';
import { moveIncomeToFund } from '../../use-cases/move-income-to-fund.ts';
import { recordFundBalance } from '../../use-cases/record-fund-balance.ts';
import { recordIncomeEntry } from '../../use-cases/record-income-entry.ts';
import { runWhatIf } from '../../use-cases/run-what-if.ts';
import { saveFinances } from '../../use-cases/save-finances.ts';
import { saveReadinessSettings } from '../../use-cases/save-readiness-settings.ts';
import { workspaceContextOf } from '../auth/identity.ts';
import type { Api } from '../api-type.ts';

const tags = ['readiness'];
const Created = z.object({ id: Id });

export async function readinessRoutes(api: Api): Promise<void> {
  api.get('/readiness', { schema: { tags, summary: 'Funds with their ladder step, income concentration, and the runway if each client is lost', response: { 200: ReadinessReport, 401: Problem } } }, async (request) =>
    getReadiness({ ctx: workspaceContextOf(request) }),
  );

  api.post(
    '/readiness/what-if',
    { schema: { tags, summary: 'Change a fund, drop or add clients, and see every runway move (nothing is saved)', body: WhatIfBody, response: { 200: WhatIfResponse, 400: Problem, 401: Problem } } },
    async (request) => runWhatIf({ ctx: workspaceContextOf(request), scenario: request.body }),
  );

  api.get(
    '/readiness/income',
    { schema: { tags, summary: 'Income received in the trailing twelve months, newest first, with the share suggested for the funds', response: { 200: z.object({ items: z.array(IncomeEntry), today: z.string() }), 401: Problem } } },
    async (request) => {
      const { items, today } = await listIncomeEntries({ ctx: workspaceContextOf(request) });
      return { today, items: items.map((e) => ({ ...e, movedToFund: e.movedToFund ? { ...e.movedToFund, side: e.movedToFund.side as FundSide } : null })) };
    },
  );

  api.post(
    '/readiness/income',
    { schema: { tags, summary: 'Record money received from a client or another stream', body: NewIncomeEntryBody, response: { 201: Created, 400: Problem, 401: Problem } } },
    async (request, reply) => reply.code(201).send(await recordIncomeEntry({ ctx: workspaceContextOf(request), ...request.body })),
  );

  api.delete('/readiness/income/:entryId', { schema: { tags, summary: 'Delete an income entry recorded by mistake', params: z.object({ entryId: Id }), response: { 204: z.undefined(), 401: Problem, 404: Problem } } }, async (request, reply) => {
    await deleteIncomeEntry({ ctx: workspaceContextOf(request), entryId: request.params.entryId });
    return reply.code(204).send();
  });

  api.post(
    '/readiness/income/:entryId/move-to-fund',
    {
      schema: {
        tags,
        summary: 'Record that a share of this income was moved to a fund (a new balance dated today)',
        params: z.object({ entryId: Id }),
        body: MoveToFundBody,
        response: { 201: z.object({ balanceId: Id, balance: z.number().int(), contribution: z.number().int() }), 400: Problem, 401: Problem, 404: Problem, 409: Problem, 422: Problem },
      },
    },
    async (request, reply) => reply.code(201).send(await moveIncomeToFund({ ctx: workspaceContextOf(request), incomeEntryId: request.params.entryId, ...request.body })),
  );

  api.get('/readiness/fund-balances', { schema: { tags, summary: 'Every recorded balance of both funds, newest first', response: { 200: z.object({ items: z.array(FundBalanceEntry) }), 401: Problem } } }, async (request) => {
    const items = await listFundBalances({ ctx: workspaceContextOf(request) });
    return { items: items.map((b) => ({ ...b, side: b.side as FundSide })) };
  });

  api.post(
    '/readiness/fund-balances',
    { schema: { tags, summary: 'Record what a fund holds on a date', body: NewFundBalanceBody, response: { 201: Created, 400: Problem, 401: Problem } } },
    async (request, reply) => reply.code(201).send(await recordFundBalance({ ctx: workspaceContextOf(request), ...request.body })),
  );

  api.delete(
    '/readiness/fund-balances/:balanceId',
    { schema: { tags, summary: 'Delete a balance recorded by mistake', params: z.object({ balanceId: Id }), response: { 204: z.undefined(), 401: Problem, 404: Problem } } },
    async (request, reply) => {
      await deleteFundBalance({ ctx: workspaceContextOf(request), balanceId: request.params.balanceId });
      return reply.code(204).send();
    },
  );

  api.put(
    '/readiness/finances',
    { schema: { tags, summary: "Monthly expenses per side (kept in the profile's finances) and the regular monthly amount of other income streams", body: SaveFinancesBody, response: { 204: z.undefined(), 400: Problem, 401: Problem, 409: Problem } } },
    async (request, reply) => {
      await saveFinances({ ctx: workspaceContextOf(request), ...request.body });
      return reply.code(204).send();
    },
  );

  api.get('/settings/readiness', { schema: { tags: ['settings'], summary: 'Readiness thresholds (defaults until saved)', response: { 200: ReadinessSettingsResponse, 401: Problem } } }, async (request) =>
    getReadinessSettings({ ctx: workspaceContextOf(request) }),
  );

  api.put(
    '/settings/readiness',
    { schema: { tags: ['settings'], summary: 'Save the readiness thresholds; send the version you read', body: SaveReadinessSettingsBody, response: { 200: ReadinessSettingsResponse, 400: Problem, 401: Problem, 409: Problem } } },
    async (request) => saveReadinessSettings({ ctx: workspaceContextOf(request), settings: request.body.settings, expectedVersion: request.body.version }),
  );
}
