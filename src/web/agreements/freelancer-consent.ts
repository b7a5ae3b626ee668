// The e-signature consent text shown beside the freelancer's sign button: the server's, from the agreement response, so
// what they read is exactly what is recorded with their signature (in their language, whatever the page was loaded in).
import type { Agreement } from '../api/agreements.ts';

export function freelancerConsentText(agreement: Pick<Agreement, 'consentText'>): string {
  return agreement.consentText;
}
