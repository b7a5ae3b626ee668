// Copies the content store (SANA_DATA_DIR/files: sha256/ab/<hash>) into a backup folder with the same layout, so a
// database backup can carry the uploaded files it refers to. Only files named by their SHA-256 are copied: the store's
// `tmp` folder (uploads in progress, `.part`; files being removed, `.removed`) is never looked at. A file already in the
// backup under its name (and of the same size) is left alone, so backing up into the same folder again is cheap. Each
// copy is written under a temporary name, checked against its name (SHA-256), and only then renamed into place.
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';

export type StoreCopyOptions = { sourceDir: string; targetDir: string };

/**
 * `missing`: there is no store (nothing was ever uploaded); `empty`: the store holds no files. In both cases nothing is
 * written, not even the target folder. `copied`: the target folder holds every file the store held.
 */
export type StoreCopy = {
  source: string;
  path: string;
  state: 'missing' | 'empty' | 'copied';
  /** Files written by this run. */
  copied: number;
  /** Files the target already held under their name, with the right size. */
  alreadyThere: number;
  /** Bytes written by this run. */
  bytesCopied: number;
  /** Files listed in the store that were gone by the time they were read (removed as no deliverable referred to them). */
  vanished: number;
};

export class StoreCopyError extends Error {
  override name = 'StoreCopyError';
}

const HASH = /^[0-9a-f]{64}$/;
const PREFIX = /^[0-9a-f]{2}$/;

async function isDirectory(dir: string): Promise<boolean> {
  return fsp.stat(dir).then(
    (stats) => stats.isDirectory(),
    () => false,
  );
}

/** The hashes of the files under `<dir>/sha256/ab/`; any other name there (a stray or half-written file) is not a stored file. */
async function listStoredFiles(dir: string): Promise<string[]> {
  const root = path.join(dir, 'sha256');
  if (!(await isDirectory(root))) return [];
  const hashes: string[] = [];
  for (const prefix of (await fsp.readdir(root, { withFileTypes: true })).filter((e) => e.isDirectory() && PREFIX.test(e.name))) {
    for (const entry of await fsp.readdir(path.join(root, prefix.name), { withFileTypes: true })) {
      if (entry.isFile() && HASH.test(entry.name) && entry.name.startsWith(prefix.name)) hashes.push(entry.name);
    }
  }
  return hashes.sort();
}

async function sha256Of(file: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(fs.createReadStream(file), hash);
  return hash.digest('hex');
}

function isInside(child: string, parent: string): boolean {
  const relative = path.relative(parent, child);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

export async function copyContentStore({ sourceDir, targetDir }: StoreCopyOptions): Promise<StoreCopy> {
  const source = path.resolve(sourceDir);
  const target = path.resolve(targetDir);
  const result: StoreCopy = { source, path: target, state: 'copied', copied: 0, alreadyThere: 0, bytesCopied: 0, vanished: 0 };
  if (!(await isDirectory(source))) return { ...result, state: 'missing' };
  if (isInside(target, source) || isInside(source, target)) {
    throw new StoreCopyError(`The files would be copied into the store itself (${source} and ${target} overlap). Choose a backup path outside ${source}.`);
  }
  const hashes = await listStoredFiles(source);
  if (hashes.length === 0) return { ...result, state: 'empty' };
  if (fs.existsSync(target) && !(await isDirectory(target))) {
    throw new StoreCopyError(`${target} exists and is not a folder, so the uploaded files cannot be copied there. Move it away, or choose another backup name.`);
  }

  const mismatches: string[] = [];
  for (const hash of hashes) {
    const from = path.join(source, 'sha256', hash.slice(0, 2), hash);
    const to = path.join(target, 'sha256', hash.slice(0, 2), hash);
    let size: number;
    try {
      size = (await fsp.stat(from)).size;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        result.vanished += 1;
        continue;
      }
      throw error;
    }
    const existing = await fsp.stat(to).catch(() => undefined);
    if (existing?.isFile() && existing.size === size) {
      result.alreadyThere += 1;
      continue;
    }
    // Client deliverables: the backup keeps them readable by its owner only, like the database copy.
    await fsp.mkdir(path.dirname(to), { recursive: true, mode: 0o700 });
    const temporary = path.join(path.dirname(to), `.${hash}.${randomBytes(4).toString('hex')}.partial`);
    try {
      await fsp.copyFile(from, temporary, fs.constants.COPYFILE_EXCL);
    } catch (error) {
      await fsp.rm(temporary, { force: true });
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' && !fs.existsSync(from)) {
        result.vanished += 1;
        continue;
      }
      throw error;
    }
    // The copy is what a restore would serve: check it, not the source, so a bad read or write is caught too.
    const actual = await sha256Of(temporary);
    if (actual !== hash) {
      await fsp.rm(temporary, { force: true });
      await fsp.rmdir(path.dirname(to)).catch(() => undefined); // only when this left it empty
      mismatches.push(from);
      continue;
    }
    await fsp.chmod(temporary, 0o600);
    await fsp.rename(temporary, to);
    result.copied += 1;
    result.bytesCopied += size;
  }
  if (mismatches.length > 0) {
    const one = mismatches.length === 1;
    const good = result.copied + result.alreadyThere;
    const shown = mismatches.slice(0, 10).join(', ');
    const more = mismatches.length > 10 ? ` and ${mismatches.length - 10} more` : '';
    throw new StoreCopyError(
      `${one ? 'A stored file does' : `${mismatches.length} stored files do`} not match the SHA-256 in ${one ? 'its' : 'their'} name, so ${one ? 'it was' : 'they were'} ` +
        `not copied: ${shown}${more}. ${one ? 'It is' : 'They are'} damaged on disk; ${good === 1 ? 'the other stored file is' : `the other ${good} stored files are`} in ${target}. ` +
        `Restore ${one ? 'it' : 'them'} from an older backup, or upload ${one ? 'that deliverable' : 'those deliverables'} again.`,
    );
  }
  return result;
}
