// The profile as a one-page PDF in the reader's language: "my ideal client, what I avoid, how I work".
import { accountsRepository } from '../db/repositories/accounts.ts';
import { renderProfilePdf } from '../outputs/pdf/profile-pdf.ts';
import type { Language } from '../schemas/common.ts';
import type { WorkspaceContext } from './context.ts';
import { loadProfile } from './get-profile.ts';

export async function renderProfileDocument({ ctx, language }: { ctx: WorkspaceContext; language: Language }): Promise<Buffer> {
  const { profile } = await loadProfile(ctx.db, ctx.workspaceId);
  const accounts = accountsRepository(ctx.db);
  const workspace = await accounts.findWorkspace(ctx.workspaceId);
  const owner = await accounts.findOwner(ctx.workspaceId);
  return renderProfilePdf({
    profile,
    language,
    freelancerName: owner?.name ?? '',
    workspaceName: workspace?.name ?? '',
    generatedOn: ctx.clock.now().toZonedDateTimeISO(profile.timeZone).toPlainDate(),
  });
}
