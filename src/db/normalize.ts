// PostgreSQL returns count()/sum() as strings and SQLite as numbers; repositories normalise through here.

export function toNumber(value: string | number | bigint | null | undefined): number {
  if (value === null || value === undefined) return 0;
  return typeof value === 'number' ? value : Number(value);
}

/** Escapes LIKE wildcards so a search for "50%" finds the text, not everything. */
export function likePattern(text: string): string {
  return `%${text.normalize('NFC').toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
