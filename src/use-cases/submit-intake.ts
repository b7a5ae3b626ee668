// A prospect answers the interview through the public link: a new lead with that interview, and a notice to the freelancer.
import { AppError } from '../errors.ts';
import { findWorkspaceByIntakeToken } from '../db/repositories/intake-links.ts';
import { accountsRepository } from '../db/repositories/accounts.ts';
import { clientsRepository } from '../db/repositories/clients.ts';
import { eventsRepository } from '../db/repositories/events.ts';
import { interviewsRepository } from '../db/repositories/interviews.ts';
import { queueEmail } from '../outputs/email/queue-email.ts';
import { translatorFor } from '../i18n/server.ts';
import { sha256Hex } from '../security/secrets.ts';
import type { IntakeSubmission } from '../schemas/intake.ts';
import type { Language } from '../schemas/common.ts';
import { inTransaction, type AppDeps } from './context.ts';
import { assessWithoutGut } from './vet-with-profile.ts';

const expiredLink = () => new AppError('not_found', 'This link is no longer active. Ask for a new one from the person who sent it.');

export async function findIntakeWorkspace(deps: AppDeps, token: string): Promise<{ workspaceId: string; workspaceName: string; language: Language }> {
  const workspaceId = await findWorkspaceByIntakeToken(deps.db, sha256Hex(token), deps.clock.nowIso());
  if (!workspaceId) throw expiredLink();
  const workspace = await accountsRepository(deps.db).findWorkspace(workspaceId);
  if (!workspace) throw expiredLink();
  return { workspaceId, workspaceName: workspace.name, language: workspace.language as Language };
}

export type SubmitIntakeOptions = { deps: AppDeps; token: string; input: IntakeSubmission };

/** Returns nothing about what was created: the prospect learns only that the answers arrived. */
export async function submitIntake({ deps, token, input }: SubmitIntakeOptions): Promise<{ isAccepted: true }> {
  const { workspaceId, workspaceName } = await findIntakeWorkspace(deps, token);
  // A bot filled the hidden field: answer as if all went well and store nothing, so it learns nothing.
  if (input.website.trim() !== '') return { isAccepted: true };
  const owner = await accountsRepository(deps.db).findOwner(workspaceId);
  const workspace = await accountsRepository(deps.db).findWorkspace(workspaceId);
  if (!owner || !workspace) throw expiredLink();
  await inTransaction(deps, async (trx) => {
    const now = deps.clock.nowIso();
    const clients = clientsRepository(trx, workspaceId);
    const clientId = await clients.insert(
      {
        name: input.name,
        company: input.company,
        contacts: [{ name: input.name, email: input.email, phone: input.phone }],
        timeZone: input.timeZone,
        language: input.language,
        currency: input.answers.budget?.currency ?? workspace.currency,
        source: 'inbound',
        stage: 'lead',
        notes: '',
        isNotesConfidential: false,
      },
      now,
    );
    const answers = { ...input.answers, redFlagsSeen: [] };
    const vetting = await assessWithoutGut(trx, workspaceId, deps.clock, answers);
    const interview = await interviewsRepository(trx, workspaceId).insert({ clientId, origin: 'intake', answers, gut: null, vetting }, now);
    const events = eventsRepository(trx, workspaceId);
    await events.append({ clientId, type: 'client_created', occurredAt: now, payload: { stage: 'lead', source: 'inbound' }, isConfidential: false }, now);
    await events.append({ clientId, type: 'intake_received', occurredAt: now, payload: { interviewId: interview.id, counts: vetting.fit.counts }, isConfidential: false }, now);
    const t = translatorFor(owner.language as Language);
    const vars = { prospect: input.name, company: input.company || '—', workspace: workspaceName, url: `${deps.publicUrl}/clients/${clientId}/interviews/${interview.id}` };
    await queueEmail(
      trx,
      workspaceId,
      { idempotencyKey: `intake:${interview.id}`, to: owner.email, subject: t('email.intake.subject', vars), bodyText: `${t('email.intake.body', vars)}\n\n${t('email.footer', vars)}` },
      deps.email,
      now,
    );
  });
  return { isAccepted: true };
}
