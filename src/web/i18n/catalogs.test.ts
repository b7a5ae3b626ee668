// The web catalogs stay complete: English and Spanish have the same keys and placeholders, and every key the app uses exists.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import en from '../../i18n/locales/en.json' with { type: 'json' };
import es from '../../i18n/locales/es.json' with { type: 'json' };
import { clientSources, clientStages } from '../../domain/clients/lifecycle.ts';
import { contactChannels, loggableEventTypes, systemEventTypes } from '../../domain/events/event-types.ts';
import { outboxStatuses } from '../../schemas/outbox.ts';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

const english = flatten(en.web as Tree);
const spanish = flatten(es.web as Tree);
const placeholders = (value: string) => [...value.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

describe('web catalogs', () => {
  it('Spanish has exactly the keys English has', () => {
    expect([...spanish.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('no string is empty, and each translation keeps the same placeholders', () => {
    for (const [key, value] of english) {
      const translated = spanish.get(key) ?? '';
      expect(value.trim(), key).not.toBe('');
      expect(translated.trim(), key).not.toBe('');
      expect(placeholders(translated), key).toEqual(placeholders(value));
    }
  });

  it('names every stage, source, channel, event and outbox status', () => {
    const expected = [
      ...clientStages.map((stage) => `stages.${stage}`),
      ...clientSources.map((source) => `sources.${source}`),
      ...contactChannels.flatMap((channel) => [`channels.${channel}`, `channelPhrases.${channel}`]),
      ...loggableEventTypes.map((type) => `eventTypes.${type}`),
      ...systemEventTypes.map((type) => `timeline.sentences.${type}`),
      ...outboxStatuses.map((status) => `outbox.status.${status}`),
    ];
    expect(expected.filter((key) => !english.has(key))).toEqual([]);
  });

  it('every literal key the web app asks for exists', () => {
    const webDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
    const missing: string[] = [];
    for (const file of sourceFiles(webDir)) {
      const source = fs.readFileSync(file, 'utf8');
      for (const match of source.matchAll(/\bt\(\s*'([a-zA-Z][\w.]*)'/g)) {
        const key = match[1] ?? '';
        // Plural keys live as key_one / key_other.
        if (!english.has(key) && !english.has(`${key}_one`)) missing.push(`${path.relative(webDir, file)}: ${key}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
