// Uploaded files under the data folder, addressed by their SHA-256: <dir>/sha256/ab/abcdef…. The same bytes are kept
// once however often they are uploaded; a file is written to a temporary name and renamed into place, so a reader never
// sees half of one; it is removed only when no deliverable refers to it any more.
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export class FileTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`The file is larger than ${maxBytes} bytes.`);
    this.name = 'FileTooLargeError';
  }
}

/** A file received into the store's temporary folder, hashed on the way in; `place` files it under its hash. */
export type ReceivedFile = { hash: string; sizeBytes: number; tempPath: string };

const HASH = /^[0-9a-f]{64}$/;

export type ContentStore = ReturnType<typeof contentStore>;

/** `dir` is SANA_DATA_DIR/files; its `tmp` folder sits on the same disk, so the final rename is atomic. */
export function contentStore(dir: string) {
  const tempDir = path.join(dir, 'tmp');

  function pathOf(hash: string): string {
    // The hash is our own, but a path built from anything else must never leave the store.
    if (!HASH.test(hash)) throw new Error(`Not a SHA-256 hex digest: ${hash}`);
    return path.join(dir, 'sha256', hash.slice(0, 2), hash);
  }

  function tempName(): string {
    return path.join(tempDir, `${Date.now()}-${randomBytes(8).toString('hex')}.part`);
  }

  async function exists(file: string): Promise<boolean> {
    return fsp.access(file).then(
      () => true,
      () => false,
    );
  }

  async function removeQuietly(file: string): Promise<void> {
    await fsp.rm(file, { force: true });
  }

  return {
    pathOf,

    /** Streams into a temporary file while hashing and counting; a stream over `maxBytes` fails with FileTooLargeError and leaves nothing. */
    async receive(source: Readable, maxBytes: number): Promise<ReceivedFile> {
      await fsp.mkdir(tempDir, { recursive: true });
      const tempPath = tempName();
      const hash = createHash('sha256');
      let sizeBytes = 0;
      const meter = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          sizeBytes += chunk.length;
          if (sizeBytes > maxBytes) return done(new FileTooLargeError(maxBytes));
          hash.update(chunk);
          done(null, chunk);
        },
      });
      try {
        await pipeline(source, meter, fs.createWriteStream(tempPath, { flags: 'wx' }));
      } catch (error) {
        await removeQuietly(tempPath);
        throw error;
      }
      return { hash: hash.digest('hex'), sizeBytes, tempPath };
    },

    /**
     * Files a received file under its hash. Same hash, same bytes: renaming over an existing copy changes nothing a
     * reader could notice, and it restores a copy that an unreferenced-file cleanup took away a moment earlier.
     */
    async place(received: ReceivedFile): Promise<void> {
      const target = pathOf(received.hash);
      await fsp.mkdir(path.dirname(target), { recursive: true });
      await fsp.rename(received.tempPath, target);
    },

    /** Drops a received file that will not be kept (the upload was refused). */
    async discard(received: ReceivedFile): Promise<void> {
      await removeQuietly(received.tempPath);
    },

    /** Stores bytes already in memory (an import); returns their hash. */
    async putBytes(bytes: Buffer): Promise<string> {
      const hash = createHash('sha256').update(bytes).digest('hex');
      const target = pathOf(hash);
      if (await exists(target)) return hash;
      await fsp.mkdir(tempDir, { recursive: true });
      const tempPath = tempName();
      await fsp.writeFile(tempPath, bytes, { flag: 'wx' });
      await fsp.mkdir(path.dirname(target), { recursive: true });
      await fsp.rename(tempPath, target);
      return hash;
    },

    has(hash: string): Promise<boolean> {
      return exists(pathOf(hash));
    },

    /** The file as a stream, for a download: it is never read whole into memory. */
    openRead(hash: string): Readable {
      return fs.createReadStream(pathOf(hash));
    },

    readBytes(hash: string): Promise<Buffer> {
      return fsp.readFile(pathOf(hash));
    },

    /**
     * Removes the file when `countReferences` (read after the deleting transaction committed) finds none. It is first
     * moved aside and counted again: an upload of the same bytes committed meanwhile either finds it counted and gets
     * it back, or renames its own copy into place, so a referenced file is never lost.
     */
    async removeIfUnreferenced(hash: string, countReferences: () => Promise<number>): Promise<boolean> {
      if ((await countReferences()) > 0) return false;
      const target = pathOf(hash);
      await fsp.mkdir(tempDir, { recursive: true });
      const aside = `${tempName()}.removed`;
      try {
        await fsp.rename(target, aside);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
        throw error;
      }
      if ((await countReferences()) > 0) {
        // Someone refers to it again: put it back unless an upload already did.
        if (await exists(target)) await removeQuietly(aside);
        else await fsp.rename(aside, target);
        return false;
      }
      await removeQuietly(aside);
      return true;
    },
  };
}
