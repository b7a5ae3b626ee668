// What a client can open in their portal. A feature that adds a section (agreements to sign, invoices) adds it here.

/** In the order the portal home lists them. */
export const portalSections = ['working_together', 'testimonial', 'agreements'] as const;
export type PortalSection = (typeof portalSections)[number];

/** What the portal knows about this client that decides which sections are worth showing. */
export type PortalFacts = { hasSentAgreement: boolean };

/** Sections the client sees: the proposals and contracts section only once one has been sent, so it is never empty. */
export function visibleSections(facts: PortalFacts): PortalSection[] {
  return portalSections.filter((section) => section !== 'agreements' || facts.hasSentAgreement);
}
