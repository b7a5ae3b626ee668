// What a client can open in their portal. Later features (agreements to sign, invoices) add their section here.

/** In the order the portal home lists them. */
export const portalSections = ['working_together', 'testimonial'] as const;
export type PortalSection = (typeof portalSections)[number];

/** Sections the client sees today; every section is open to every client until a feature says otherwise. */
export function visibleSections(): PortalSection[] {
  return [...portalSections];
}
