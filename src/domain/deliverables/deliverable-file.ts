// What an uploaded file may be: how big, what it is called when the client downloads it, and what type it claims.

/** 100 MB: a finished video, a print-ready PDF or a folder of artwork zipped; anything bigger is shared as a link. */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;

const FALLBACK_NAME = 'file';
const GENERIC_TYPE = 'application/octet-stream';

/**
 * The name the file had on the freelancer's computer, made safe to hand back in a download: no folders (a browser may
 * send "C:\\work\\logo.png"), no control characters, no leading dots, at most 200 characters with the extension kept.
 */
export function cleanFileName(raw: string): string {
  const base = raw.split(/[\\/]/).pop() ?? '';
  const cleaned = base.replace(/[\u0000-\u001f\u007f"]/g, '').replace(/\s+/g, ' ').trim().replace(/^\.+/, '');
  if (cleaned === '') return FALLBACK_NAME;
  if (cleaned.length <= 200) return cleaned;
  const dot = cleaned.lastIndexOf('.');
  const extension = dot > 0 && cleaned.length - dot <= 16 ? cleaned.slice(dot) : '';
  return cleaned.slice(0, 200 - extension.length) + extension;
}

/** The media type as the browser reported it, or a generic one when it is missing or not a type at all. */
export function cleanMediaType(raw: string | undefined): string {
  const value = (raw ?? '').trim().toLowerCase();
  return /^[a-z0-9][a-z0-9!#$&^_.+-]{0,63}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}$/.test(value) ? value : GENERIC_TYPE;
}
