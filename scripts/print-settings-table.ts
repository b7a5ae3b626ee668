// Prints the README's settings table from src/config.ts, so the documentation cannot drift from the code.
import { settings } from '../src/config.ts';

export function settingsTable(): string {
  const rows = Object.entries(settings).map(([key, s]) => `| \`${key}\` | ${s.default === '' ? '(empty)' : `\`${s.default}\``} | ${s.meaning} |`);
  return ['| Setting | Default | Meaning |', '|---|---|---|', ...rows].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(settingsTable());
