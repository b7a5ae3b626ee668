// Config is read once from the environment: defaults that work on a laptop, and one error listing every bad setting.
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ConfigError, loadConfig, settings } from './config.ts';

function configError(env: NodeJS.ProcessEnv): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('loadConfig accepted a bad environment');
}

describe('loadConfig', () => {
  test('an empty environment gives laptop defaults: SQLite under ./data, port 3000, signup closed, jobs on', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      PORT: 3000,
      HOST: settings.HOST.default,
      databaseKind: 'sqlite',
      sqlitePath: path.resolve('./data', 'sana.db'),
      publicUrl: 'http://localhost:3000',
      isSecureCookies: false,
      SANA_SIGNUP: 'closed',
      SANA_TRUST_PROXY: false,
      SANA_SESSION_DAYS: 30,
      SANA_JOBS: true,
      SANA_JOBS_INTERVAL_SECONDS: 30,
      SMTP_URL: '',
      SMTP_FROM: 'Sana <sana@localhost>',
      SANA_NOW: '',
      LOG_LEVEL: 'warn',
    });
  });

  test('every setting has a default that passes its own validation and a meaning', () => {
    for (const [key, setting] of Object.entries(settings)) {
      expect(setting.schema.safeParse(setting.default).success, key).toBe(true);
      expect(setting.meaning.length, key).toBeGreaterThan(10);
    }
  });

  test('several bad values fail with one error that lists every problem', () => {
    const error = configError({ PORT: 'eighty', SANA_SIGNUP: 'maybe', SMTP_URL: 'http://mail.example.com', LOG_LEVEL: 'loud', SANA_SESSION_DAYS: '0', DATABASE_URL: 'mysql://db' });
    expect(error.problems).toHaveLength(6);
    for (const key of ['PORT', 'SANA_SIGNUP', 'SMTP_URL', 'LOG_LEVEL', 'SANA_SESSION_DAYS', 'DATABASE_URL']) {
      expect(error.message).toContain(`${key}=`);
      expect(error.problems.some((p) => p.startsWith(`${key}=`))).toBe(true);
    }
    expect(error.message).toMatch(/^Sana cannot start; fix these settings:\n {2}- /);
    expect(error.message).toContain('must start with smtp:// or smtps://');
  });

  test('a port out of range, a bad flag and an unparseable SANA_NOW are each named', () => {
    const error = configError({ PORT: '70000', SANA_JOBS: 'sometimes', SANA_NOW: 'next tuesday', SANA_PUBLIC_URL: 'not a url' });
    expect(error.problems.map((p) => p.split('=')[0]).sort()).toEqual(['PORT', 'SANA_JOBS', 'SANA_NOW', 'SANA_PUBLIC_URL']);
  });

  test('DATABASE_URL=postgres:// (or postgresql://) picks PostgreSQL', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://sana:secret@db:5432/sana' })).toMatchObject({ databaseKind: 'postgres', DATABASE_URL: 'postgres://sana:secret@db:5432/sana' });
    expect(loadConfig({ DATABASE_URL: 'postgresql://db/sana' }).databaseKind).toBe('postgres');
  });

  test('DATABASE_URL=sqlite:/path picks that SQLite file', () => {
    expect(loadConfig({ DATABASE_URL: 'sqlite:/var/lib/sana/main.db' })).toMatchObject({ databaseKind: 'sqlite', sqlitePath: path.resolve('/var/lib/sana/main.db') });
    expect(loadConfig({ SANA_DATA_DIR: '/srv/sana' }).sqlitePath).toBe(path.resolve('/srv/sana/sana.db'));
  });

  test('an https public URL turns on secure cookies; a trailing slash is dropped', () => {
    expect(loadConfig({ SANA_PUBLIC_URL: 'https://sana.example.com/' })).toMatchObject({ publicUrl: 'https://sana.example.com', isSecureCookies: true });
    expect(loadConfig({ PORT: '8080' }).publicUrl).toBe('http://localhost:8080');
  });

  test('boolean flags accept true/false, 1/0, yes/no, on/off', () => {
    expect(loadConfig({ SANA_JOBS: 'off', SANA_TRUST_PROXY: 'yes' })).toMatchObject({ SANA_JOBS: false, SANA_TRUST_PROXY: true });
    expect(loadConfig({ SANA_JOBS: '0', SANA_TRUST_PROXY: '1' })).toMatchObject({ SANA_JOBS: false, SANA_TRUST_PROXY: true });
  });

  test('SANA_SIGNUP=open and a pinned SANA_NOW are read as given', () => {
    expect(loadConfig({ SANA_SIGNUP: 'open', SANA_NOW: '2027-03-01T09:00:00Z' })).toMatchObject({ SANA_SIGNUP: 'open', SANA_NOW: '2027-03-01T09:00:00Z' });
  });
});
