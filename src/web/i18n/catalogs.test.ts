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
import { reasonCatalog } from '../../domain/vetting/reason-templates.ts';
import { healthCatalog } from '../../domain/health/health-text.ts';
import { relationshipEventKinds } from '../../domain/health/relationship-events.ts';
import { weekdays } from '../../domain/time/weekdays.ts';
import { pricingModels } from '../../domain/profile/pricing-models.ts';
import { replyWindowUnits } from '../../domain/profile/reply-window.ts';
import { rushFrequencies } from '../../domain/profile/rush-frequency.ts';
import { flexibilities } from '../../domain/profile/flexibility.ts';
import { redFlagSuggestions } from '../../domain/profile/red-flags.ts';
import { otherStreamKinds } from '../../domain/readiness/finances.ts';
import { taskSizes } from '../../domain/vetting/interview.ts';
import { gutFeelings } from '../../domain/vetting/gut-check.ts';
import { vettingOutcomes } from '../../domain/vetting/outcome.ts';
import { recommendations } from '../../domain/vetting/recommendation.ts';
import { fitDimensions } from '../../domain/vetting/fit-dimensions.ts';
import { fitStatuses } from '../../domain/vetting/fit-status.ts';
import { desperationStatuses } from '../../domain/vetting/desperation-check.ts';
import { waitlistReasons } from '../../schemas/interviews.ts';
import { profileSteps } from '../profile/profile-draft.ts';

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
// The vetting words are merged in at runtime (see setup.ts); the app may ask for them too.
const vettingWords = flatten(reasonCatalog('en') as Tree);
// So are the health words (reasons, statuses, event kinds…).
const healthWords = flatten(healthCatalog('en') as Tree);
const placeholders = (value: string) => [...value.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

describe('web catalogs', () => {
  it('the web catalog leaves the "vetting" branch to the merged vetting words', () => {
    expect(Object.keys(en.web)).not.toContain('vetting');
    expect(Object.keys(es.web)).not.toContain('vetting');
  });

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
      // The relationship kinds are named by the merged health words (checked below).
      ...loggableEventTypes.filter((type) => ['note', 'message_received', 'message_sent', 'call', 'meeting'].includes(type)).map((type) => `eventTypes.${type}`),
      ...outboxStatuses.map((status) => `outbox.status.${status}`),
    ];
    expect(expected.filter((key) => !english.has(key))).toEqual([]);
    expect(relationshipEventKinds.map((kind) => `health.eventKind.${kind}`).filter((key) => !healthWords.has(key))).toEqual([]);
    // Each feature keeps its system sentences under its own key ("timeline.sentences.x", "relationship.sentences.x"…).
    const sentenceKeys = [...english.keys()].filter((key) => /\.sentences\.[a-z_]+$/.test(key));
    expect(systemEventTypes.filter((type) => !sentenceKeys.some((key) => key.endsWith(`.sentences.${type}`)))).toEqual([]);
  });

  it('names every choice the profile, interview, fit and waitlist pages build keys for', () => {
    const expected = [
      ...weekdays.flatMap((day) => [`weekdays.${day}`, `profilePage.every.${day}`]),
      ...pricingModels.map((model) => `pricingModels.${model}`),
      ...replyWindowUnits.map((unit) => `replyUnits.${unit}`),
      ...rushFrequencies.map((frequency) => `rushOptions.${frequency}`),
      ...flexibilities.map((flexibility) => `flexibility.${flexibility}`),
      ...otherStreamKinds.map((kind) => `streamKinds.${kind}`),
      ...taskSizes.map((size) => `answers.sizes.${size}`),
      ...gutFeelings.map((feeling) => `gut.descriptions.${feeling}`),
      ...vettingOutcomes.flatMap((outcome) => [`decision.outcomes.${outcome}`, `decision.hints.${outcome}`, `decision.toast.${outcome}`]),
      ...waitlistReasons.map((reason) => `waitlist.reasons.${reason}`),
      ...desperationStatuses.map((status) => `fit.desperation.${status}`),
      ...['invalid_time', 'empty_range', 'overlapping_ranges'].map((kind) => `hours.errors.${kind}`),
      ...profileSteps.flatMap((step) => [`profileSteps.${step}.title`, `profileSteps.${step}.short`, `profileSteps.${step}.intro`]),
    ];
    expect(expected.filter((key) => !english.has(key))).toEqual([]);
    const vettingExpected = [
      ...redFlagSuggestions.map((key) => `vetting.redFlag.${key}`),
      ...recommendations.map((key) => `vetting.recommendation.${key}`),
      ...fitDimensions.map((key) => `vetting.dimension.${key}`),
      ...fitStatuses.map((key) => `vetting.status.${key}`),
      ...gutFeelings.map((key) => `vetting.gut.${key}`),
    ];
    expect(vettingExpected.filter((key) => !vettingWords.has(key))).toEqual([]);
  });

  it('asks the prospect exactly the questions the freelancer asks, in their own words', () => {
    const keysOf = (voice: string) => [...english.keys()].filter((key) => key.startsWith(`answers.${voice}.`)).map((key) => key.slice(`answers.${voice}.`.length)).sort();
    expect(keysOf('prospect')).toEqual(keysOf('freelancer'));
    expect(keysOf('freelancer').length).toBeGreaterThan(20);
  });

  it('every literal key the web app asks for exists', () => {
    const webDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
    const missing: string[] = [];
    for (const file of sourceFiles(webDir)) {
      const source = fs.readFileSync(file, 'utf8');
      for (const match of source.matchAll(/\bt\(\s*'([a-zA-Z][\w.]*)'/g)) {
        const key = match[1] ?? '';
        // Plural keys live as key_one / key_other.
        const isKnown = (k: string) => english.has(k) || vettingWords.has(k) || healthWords.has(k);
        if (!isKnown(key) && !isKnown(`${key}_one`)) missing.push(`${path.relative(webDir, file)}: ${key}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
