// What a client can open in their portal. A feature that adds a section (agreements to sign, invoices) adds it here.

/** In the order the portal home lists them. */
export const portalSections = ['working_together', 'testimonial', 'agreements', 'invoices', 'deliverables'] as const;
export type PortalSection = (typeof portalSections)[number];

/** What the portal knows about this client that decides which sections are worth showing. */
export type PortalFacts = { hasSentAgreement: boolean; hasIssuedInvoice: boolean; hasDeliverable?: boolean };

/** Sections the client sees: agreements once one was sent, invoices once one was issued, deliverables once one was added, so none is ever empty. */
export function visibleSections(facts: PortalFacts): PortalSection[] {
  return portalSections.filter((section) =>
    section === 'agreements' ? facts.hasSentAgreement : section === 'invoices' ? facts.hasIssuedInvoice : section === 'deliverables' ? facts.hasDeliverable === true : true,
  );
}
