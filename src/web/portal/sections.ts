// Where each portal section lives under /p/:token. A feature that adds a section (agreements, invoices) adds its page here.
import type { PortalSection } from '../../domain/portal/sections.ts';

export type { PortalSection };

/** The path after /p/:token/, for each section the server may list. Titles and blurbs are `portal.sections.<section>.*`. */
export const portalSectionPaths: Record<PortalSection, string> = {
  working_together: 'working-together',
  testimonial: 'testimonial',
  agreements: 'agreements',
  invoices: 'invoices',
  deliverables: 'deliverables',
};

/** The catalog key of a section's title or blurb; agreements and invoices keep theirs in their own namespaces. */
export function portalSectionKey(section: PortalSection, part: 'title' | 'body'): string {
  if (section === 'agreements') return `agreements.portal.section.${part}`;
  if (section === 'invoices') return `portalInvoices.section.${part}`;
  if (section === 'deliverables') return `deliverables.portal.section.${part}`;
  return `portal.sections.${section}.${part}`;
}

export function portalPath(token: string, section?: PortalSection): string {
  const base = `/p/${encodeURIComponent(token)}`;
  return section ? `${base}/${portalSectionPaths[section]}` : base;
}

export function portalAgreementPath(token: string, agreementId: string): string {
  return `${portalPath(token, 'agreements')}/${encodeURIComponent(agreementId)}`;
}

export function portalInvoicePath(token: string, invoiceId: string): string {
  return `${portalPath(token, 'invoices')}/${encodeURIComponent(invoiceId)}`;
}
