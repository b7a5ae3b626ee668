import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { contentStore, FileTooLargeError, type ContentStore } from './content-store.ts';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const filesUnder = (dir: string): string[] =>
  fs.existsSync(dir) ? fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name))) : [];
/** A stream in many small chunks, as an upload arrives. */
const chunked = (bytes: Buffer, size = 1024) => Readable.from((function* () {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
})());

describe('content store', () => {
  let dir: string;
  let store: ContentStore;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sana-files-'));
    store = contentStore(dir);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('a file is kept under sha256/<first two hex>/<hash> and read back as a stream, byte for byte', async () => {
    const bytes = Buffer.from('final logo, vector version\n'.repeat(5000));
    const received = await store.receive(chunked(bytes), 1_000_000);
    expect(received).toMatchObject({ hash: sha256(bytes), sizeBytes: bytes.length });
    await store.place(received);
    expect(filesUnder(path.join(dir, 'sha256'))).toEqual([path.join(received.hash.slice(0, 2), received.hash)]);
    const chunks: Buffer[] = [];
    for await (const chunk of store.openRead(received.hash)) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).equals(bytes)).toBe(true);
  });

  test('nothing appears under its hash until it is placed whole: it is written under a temporary name first', async () => {
    const bytes = Buffer.from('draft cover');
    const received = await store.receive(chunked(bytes, 3), 1000);
    expect(await store.has(received.hash)).toBe(false);
    expect(filesUnder(path.join(dir, 'tmp'))).toHaveLength(1);
    await store.place(received);
    expect(await store.has(received.hash)).toBe(true);
    expect(filesUnder(path.join(dir, 'tmp'))).toEqual([]);
  });

  test('the same bytes uploaded twice are kept once', async () => {
    const bytes = Buffer.from('the same podcast episode');
    for (let i = 0; i < 2; i += 1) await store.place(await store.receive(chunked(bytes), 1000));
    expect(await store.putBytes(bytes)).toBe(sha256(bytes));
    expect(filesUnder(dir)).toEqual([path.join('sha256', sha256(bytes).slice(0, 2), sha256(bytes))]);
  });

  test('a file over the limit is refused and leaves nothing behind', async () => {
    await expect(store.receive(chunked(Buffer.alloc(2049)), 2048)).rejects.toBeInstanceOf(FileTooLargeError);
    expect(filesUnder(dir)).toEqual([]);
    // Exactly at the limit is fine.
    await expect(store.receive(chunked(Buffer.alloc(2048)), 2048)).resolves.toMatchObject({ sizeBytes: 2048 });
  });

  test('a file is deleted only when nothing refers to it any more', async () => {
    const hash = await store.putBytes(Buffer.from('shared by two deliverables'));
    let references = 2;
    expect(await store.removeIfUnreferenced(hash, async () => references)).toBe(false);
    expect(await store.has(hash)).toBe(true);
    references = 0;
    expect(await store.removeIfUnreferenced(hash, async () => references)).toBe(true);
    expect(await store.has(hash)).toBe(false);
    expect(filesUnder(dir)).toEqual([]);
    // Already gone: nothing to do, no error.
    expect(await store.removeIfUnreferenced(hash, async () => 0)).toBe(false);
  });

  test('a reference that appears while the file is being removed keeps it', async () => {
    const hash = await store.putBytes(Buffer.from('uploaded again at the same moment'));
    const counts = [0, 1];
    expect(await store.removeIfUnreferenced(hash, async () => counts.shift() ?? 1)).toBe(false);
    expect(await store.has(hash)).toBe(true);
    expect(filesUnder(path.join(dir, 'tmp'))).toEqual([]);
  });

  test('only SHA-256 digests name files, so no path can leave the store', () => {
    expect(() => store.pathOf('../../etc/passwd')).toThrow();
    expect(() => store.pathOf('A'.repeat(64))).toThrow();
  });
});
