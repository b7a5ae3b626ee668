// Where each portal section lives under /p/:token. A feature that adds a section (agreements, invoices) adds its page here.
import type { PortalSection } from '../../domain/portal/sections.ts';

export type { PortalSection };

/** The path after /p/:token/, for each section the server may list. Titles and blurbs are `portal.sections.<section>.*`. */
export const portalSectionPaths: Record<PortalSection, string> = {
  working_together: 'working-together',
  testimonial: 'testimonial',
  agreements: 'agreements',
};

/** The catalog key of a section's title or blurb; agreements keep theirs under `agreements.portal.section`. */
export function portalSectionKey(section: PortalSection, part: 'title' | 'body'): string {
  return section === 'agreements' ? `agreements.portal.section.${part}` : `portal.sections.${section}.${part}`;
}

export function portalPath(token: string, section?: PortalSection): string {
  const base = `/p/${encodeURIComponent(token)}`;
  return section ? `${base}/${portalSectionPaths[section]}` : base;
}

export function portalAgreementPath(token: string, agreementId: string): string {
  return `${portalPath(token, 'agreements')}/${encodeURIComponent(agreementId)}`;
}
