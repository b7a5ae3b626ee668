// Copying the content store beside a database backup: real files in a temporary folder, no mocks.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { contentStore } from './content-store.ts';
import { copyContentStore, StoreCopyError } from './copy-store.ts';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const filesUnder = (dir: string): string[] =>
  fs.existsSync(dir)
    ? fs
        .readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
        .sort()
    : [];
const stored = (hash: string) => path.join('sha256', hash.slice(0, 2), hash);

describe('copying the content store', () => {
  let folder: string;
  let source: string;
  let target: string;
  beforeEach(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'sana-copy-store-'));
    source = path.join(folder, 'data', 'files');
    target = path.join(folder, 'backup.db.files');
  });
  afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

  test('copies every stored file byte for byte under the same layout, owner-readable only, and leaves temporary files behind', async () => {
    const store = contentStore(source);
    const logo = Buffer.from('final logo, vector version\n'.repeat(5000));
    const contract = Buffer.from('signed contract — café ☕');
    const hashes = [await store.putBytes(logo), await store.putBytes(contract)];
    // An upload in progress and a file being removed sit in the store's tmp folder; a stray name sits beside a stored file.
    fs.mkdirSync(path.join(source, 'tmp'), { recursive: true });
    fs.writeFileSync(path.join(source, 'tmp', '1700000000000-0011223344556677.part'), 'half an upload');
    fs.writeFileSync(path.join(source, 'tmp', '1700000000000-8899aabbccddeeff.part.removed'), 'going away');
    fs.writeFileSync(path.join(source, 'sha256', hashes[0]!.slice(0, 2), 'notes.txt'), 'not a stored file');

    const copy = await copyContentStore({ sourceDir: source, targetDir: target });
    expect(copy).toEqual({ source, path: target, state: 'copied', copied: 2, alreadyThere: 0, bytesCopied: logo.length + contract.length, vanished: 0 });
    expect(filesUnder(target)).toEqual(hashes.map(stored).sort());
    expect(fs.readFileSync(path.join(target, stored(hashes[0]!))).equals(logo)).toBe(true);
    expect(fs.readFileSync(path.join(target, stored(hashes[1]!))).equals(contract)).toBe(true);
    expect(fs.statSync(path.join(target, stored(hashes[0]!))).mode & 0o777).toBe(0o600);
  });

  test('a second copy into the same folder writes nothing new, and adds only what the store gained since', async () => {
    const store = contentStore(source);
    await store.putBytes(Buffer.from('one'));
    await store.putBytes(Buffer.from('two'));
    expect(await copyContentStore({ sourceDir: source, targetDir: target })).toMatchObject({ copied: 2, alreadyThere: 0 });
    expect(await copyContentStore({ sourceDir: source, targetDir: target })).toMatchObject({ state: 'copied', copied: 0, alreadyThere: 2, bytesCopied: 0 });
    const three = await store.putBytes(Buffer.from('three'));
    expect(await copyContentStore({ sourceDir: source, targetDir: target })).toMatchObject({ copied: 1, alreadyThere: 2, bytesCopied: 5 });
    expect(fs.readFileSync(path.join(target, stored(three)), 'utf8')).toBe('three');
  });

  test('a copy in the backup cut short (wrong size) is written again', async () => {
    const hash = await contentStore(source).putBytes(Buffer.from('the whole deliverable'));
    fs.mkdirSync(path.dirname(path.join(target, stored(hash))), { recursive: true });
    fs.writeFileSync(path.join(target, stored(hash)), 'the whole');
    expect(await copyContentStore({ sourceDir: source, targetDir: target })).toMatchObject({ copied: 1, alreadyThere: 0 });
    expect(fs.readFileSync(path.join(target, stored(hash)), 'utf8')).toBe('the whole deliverable');
  });

  test('a stored file whose bytes do not match its name fails with its path; the others are still copied and nothing half-written stays', async () => {
    const store = contentStore(source);
    const good = await store.putBytes(Buffer.from('good file'));
    const bad = await store.putBytes(Buffer.from('was fine once'));
    fs.writeFileSync(path.join(source, stored(bad)), 'bit rot!!!!!!'); // same size, other bytes

    const failure = await copyContentStore({ sourceDir: source, targetDir: target }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(StoreCopyError);
    expect((failure as Error).message).toContain(path.join(source, stored(bad)));
    expect((failure as Error).message).toMatch(/does not match the SHA-256 in its name, so it was not copied.*the other stored file is in/s);
    expect(filesUnder(target)).toEqual([stored(good)]);
    expect(fs.existsSync(path.join(target, 'sha256', bad.slice(0, 2)))).toBe(bad.slice(0, 2) === good.slice(0, 2));
  });

  test('no store, or a store with no files: says so and writes nothing', async () => {
    expect(await copyContentStore({ sourceDir: source, targetDir: target })).toMatchObject({ state: 'missing', copied: 0, alreadyThere: 0 });
    fs.mkdirSync(path.join(source, 'tmp'), { recursive: true });
    fs.writeFileSync(path.join(source, 'tmp', '1-00.part'), 'half an upload');
    fs.mkdirSync(path.join(source, 'sha256', 'ab'), { recursive: true });
    expect(await copyContentStore({ sourceDir: source, targetDir: target })).toMatchObject({ state: 'empty', copied: 0 });
    expect(fs.existsSync(target)).toBe(false);
  });

  test('refuses a target inside the store, or one that is a file', async () => {
    await contentStore(source).putBytes(Buffer.from('x'));
    await expect(copyContentStore({ sourceDir: source, targetDir: path.join(source, 'backup.db.files') })).rejects.toThrow(/overlap/);
    fs.writeFileSync(target, 'a file');
    await expect(copyContentStore({ sourceDir: source, targetDir: target })).rejects.toThrow(/exists and is not a folder/);
  });

  test('the hash in the name is the SHA-256 of the copy', async () => {
    const bytes = Buffer.from('check me');
    const hash = await contentStore(source).putBytes(bytes);
    await copyContentStore({ sourceDir: source, targetDir: target });
    expect(sha256(fs.readFileSync(path.join(target, stored(hash))))).toBe(hash);
  });
});
