// Password hashing: scrypt at N=2^17, r=8, p=1, self-describing strings, constant-time checks.
import { randomBytes, scryptSync } from 'node:crypto';
import { beforeAll, describe, expect, test } from 'vitest';
import { getDecoyHash, hashPassword, verifyPassword } from './passwords.ts';

describe('passwords', () => {
  let hash: string;
  beforeAll(async () => {
    hash = await hashPassword('correct horse battery');
  });

  test('a hash is scrypt$N$r$p$salt$key with N=131072, r=8, p=1, a 16-byte salt and a 64-byte key', () => {
    const [scheme, n, r, p, salt, key] = hash.split('$');
    expect([scheme, n, r, p]).toEqual(['scrypt', '131072', '8', '1']);
    expect(Buffer.from(salt!, 'base64url')).toHaveLength(16);
    expect(Buffer.from(key!, 'base64url')).toHaveLength(64);
    expect(hash).not.toContain('correct horse');
  });

  test('the right password verifies and a wrong one does not', async () => {
    expect(await verifyPassword('correct horse battery', hash)).toBe(true);
    expect(await verifyPassword('correct horse batterY', hash)).toBe(false);
    expect(await verifyPassword('', hash)).toBe(false);
  });

  test('the same password hashes differently each time (random salt)', async () => {
    expect(await hashPassword('correct horse battery')).not.toBe(hash);
  });

  test('a stored hash keeps its own parameters, so older, cheaper hashes still verify', async () => {
    const salt = randomBytes(16);
    const key = scryptSync('señal fuerte', salt, 64, { N: 1024, r: 8, p: 1 });
    const old = `scrypt$1024$8$1$${salt.toString('base64url')}$${key.toString('base64url')}`;
    expect(await verifyPassword('señal fuerte', old)).toBe(true);
    // Unicode is normalised: "ñ" typed as n + combining tilde is the same password.
    expect(await verifyPassword('sen\u0303al fuerte', old)).toBe(true);
    expect(await verifyPassword('senal fuerte', old)).toBe(false);
  });

  test('a malformed or foreign hash never verifies and never throws', async () => {
    for (const stored of ['', 'plain', 'bcrypt$2b$10$abc', 'scrypt$1024$8$1$salt', '$$$$$']) {
      expect(await verifyPassword('anything', stored)).toBe(false);
    }
  });

  test('the decoy hash for unknown emails is a real scrypt hash, made once', async () => {
    const decoy = await getDecoyHash();
    expect(decoy).toMatch(/^scrypt\$131072\$8\$1\$/);
    expect(await getDecoyHash()).toBe(decoy);
  });
});
