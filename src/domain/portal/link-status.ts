// Whether a portal link still opens: revoked beats expired, because the freelancer's act is what they remember.

export type PortalLinkStatus = 'active' | 'expired' | 'revoked';

/** Timestamps are ISO-8601 UTC text with milliseconds, so they compare as text. */
export function portalLinkStatus(link: { expiresAt: string; revokedAt: string | null }, nowIso: string): PortalLinkStatus {
  if (link.revokedAt !== null) return 'revoked';
  return link.expiresAt > nowIso ? 'active' : 'expired';
}
