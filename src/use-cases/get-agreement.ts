// One agreement as the freelancer sees it: the current document, checks, resolved schedule, versions, comments and signatures.
import { clientsRepository } from '../db/repositories/clients.ts';
import type { Agreement } from '../schemas/agreements.ts';
import { loadAgreement, presentAgreement, todayIn } from './agreement-support.ts';
import type { WorkspaceContext } from './context.ts';
import type { Db } from '../db/connect.ts';
import type { AgreementRecord } from '../db/repositories/agreements.ts';
import { accountsRepository } from '../db/repositories/accounts.ts';
import { consentText } from '../outputs/email/agreement-emails.ts';
import type { Language } from '../schemas/common.ts';

/**
 * The signed-in person's language (an API token has no person: the workspace owner's). The consent text the freelancer
 * reads beside the sign button and the one recorded with their signature both come from here, so they are the same words.
 */
export async function readerLanguage(db: Db, workspaceId: string, userId: string | null): Promise<Language> {
  const user = userId === null ? undefined : await db.selectFrom('users').select('language').where('workspace_id', '=', workspaceId).where('id', '=', userId).executeTakeFirst();
  const language = user?.language ?? (await accountsRepository(db).findOwner(workspaceId))?.language;
  return language === 'es' ? 'es' : 'en';
}

/** Presents an agreement with its client's name and date; used after every change so answers always look the same. */
export async function presentForFreelancer(db: Db, ctx: Pick<WorkspaceContext, 'workspaceId' | 'userId' | 'clock'>, agreement: AgreementRecord): Promise<Agreement> {
  const client = await clientsRepository(db, ctx.workspaceId).findById(agreement.clientId);
  const presented = await presentAgreement(db, ctx.workspaceId, agreement, client?.name ?? '', todayIn(ctx.clock, client?.timeZone ?? 'UTC'));
  return { ...presented, consentText: consentText(await readerLanguage(db, ctx.workspaceId, ctx.userId)) };
}

export async function getAgreement({ ctx, agreementId }: { ctx: WorkspaceContext; agreementId: string }): Promise<Agreement> {
  const agreement = await loadAgreement(ctx.db, ctx.workspaceId, agreementId);
  return presentForFreelancer(ctx.db, ctx, agreement);
}
