// Unguessable secrets (256 bits) for sessions, API tokens and links; only their SHA-256 is stored.
import { hash, randomBytes } from 'node:crypto';

export function newSecret(prefix = ''): string {
  return prefix + randomBytes(32).toString('base64url');
}

/** One-shot hashing: every authenticated request hashes its token, and this is several times cheaper than createHash. */
export function sha256Hex(text: string): string {
  return hash('sha256', text, 'hex');
}
