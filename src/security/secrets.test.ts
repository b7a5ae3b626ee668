// Secrets: 256 random bits in URL-safe text; only their SHA-256 is ever stored.
import { describe, expect, test } from 'vitest';
import { newSecret, sha256Hex } from './secrets.ts';

describe('secrets', () => {
  test('a secret is 43 URL-safe characters (256 bits) after its prefix', () => {
    expect(newSecret()).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(newSecret('sana_')).toMatch(/^sana_[A-Za-z0-9_-]{43}$/);
  });

  test('secrets do not repeat', () => {
    const many = new Set(Array.from({ length: 1000 }, () => newSecret()));
    expect(many.size).toBe(1000);
  });

  test('sha256Hex is the standard SHA-256 in lower-case hex', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
