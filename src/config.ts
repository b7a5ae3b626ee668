// Reads process.env once, validates every key, and fails listing all problems at once.
import path from 'node:path';
import { z } from 'zod';

const booleanFlag = z.enum(['true', 'false', '1', '0', 'yes', 'no', 'on', 'off']).transform((v) => ['true', '1', 'yes', 'on'].includes(v));

/** Every setting Sana reads, with its default and meaning; the README table is written from this list. */
export const settings = {
  PORT: { schema: z.coerce.number().int().min(0).max(65535), default: '3000', meaning: 'Port the web server listens on.' },
  HOST: { schema: z.string().min(1), default: 'localhost', meaning: 'Address to listen on (localhost: this computer only); 0.0.0.0 serves other machines.' },
  SANA_DATA_DIR: { schema: z.string().min(1), default: './data', meaning: 'Folder for the SQLite database, uploaded files and backups.' },
  DATABASE_URL: {
    schema: z.string().refine((v) => v === '' || /^postgres(ql)?:\/\//.test(v) || v.startsWith('sqlite:'), 'must start with postgres:// or sqlite:'),
    default: '',
    meaning: 'Empty: SQLite at SANA_DATA_DIR/sana.db. postgres://user:pass@host/db: PostgreSQL. sqlite:/path/file.db: another SQLite file.',
  },
  SANA_SIGNUP: { schema: z.enum(['closed', 'open']), default: 'closed', meaning: 'closed: only the first visitor creates a workspace. open: anyone may create one (hosting).' },
  SANA_PUBLIC_URL: { schema: z.string().url().or(z.literal('')), default: '', meaning: 'Address people use to reach Sana, for links in emails. Empty: http://localhost:PORT.' },
  SANA_TRUST_PROXY: { schema: booleanFlag, default: 'false', meaning: 'true behind a reverse proxy, so client IPs and https are read from X-Forwarded-* headers.' },
  SANA_SESSION_DAYS: { schema: z.coerce.number().int().min(1).max(365), default: '30', meaning: 'Days a login session lasts without use.' },
  SANA_JOBS: { schema: booleanFlag, default: 'true', meaning: 'Run scheduled jobs (reminders, outbox delivery) inside the server.' },
  SANA_JOBS_INTERVAL_SECONDS: { schema: z.coerce.number().int().min(1).max(3600), default: '30', meaning: 'How often the job runner looks for due work.' },
  SMTP_URL: {
    schema: z.string().refine((v) => v === '' || /^smtps?:\/\//.test(v), 'must start with smtp:// or smtps://'),
    default: '',
    meaning: 'smtp://user:pass@host:587 to deliver email. Empty: mail stays in the Outbox page, readable, not sent.',
  },
  SMTP_FROM: { schema: z.string().min(3), default: 'Sana <sana@localhost>', meaning: 'From address of outgoing email.' },
  SANA_NOW: {
    schema: z.string().refine((v) => v === '' || !Number.isNaN(Date.parse(v)), 'must be an ISO date-time like 2027-03-01T09:00:00Z'),
    default: '',
    meaning: 'Pins the clock (demos, tests). Empty: real time.',
  },
  SANA_OPEN_BROWSER: { schema: booleanFlag, default: 'false', meaning: 'Open the browser on start (npm start sets it when run in a terminal).' },
  LOG_LEVEL: { schema: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']), default: 'warn', meaning: 'Server log detail: warn keeps a laptop quiet; info logs every request (hosting).' },
} as const;

type Settings = typeof settings;
type Parsed = { [K in keyof Settings]: z.output<Settings[K]['schema']> };

export type Config = Parsed & {
  databaseKind: 'sqlite' | 'postgres';
  sqlitePath: string;
  publicUrl: string;
  isSecureCookies: boolean;
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Sana cannot start; fix these settings:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const problems: string[] = [];
  const parsed: Record<string, unknown> = {};
  for (const [key, setting] of Object.entries(settings)) {
    const raw = env[key] ?? setting.default;
    const result = (setting.schema as z.ZodType).safeParse(raw);
    if (result.success) parsed[key] = result.data;
    else problems.push(`${key}=${JSON.stringify(raw)}: ${result.error.issues.map((i) => i.message).join('; ')}`);
  }
  if (problems.length > 0) throw new ConfigError(problems);
  const values = parsed as Parsed;
  const databaseKind = /^postgres/.test(values.DATABASE_URL) ? 'postgres' : 'sqlite';
  const sqlitePath = values.DATABASE_URL.startsWith('sqlite:')
    ? path.resolve(values.DATABASE_URL.slice('sqlite:'.length))
    : path.resolve(values.SANA_DATA_DIR, 'sana.db');
  const publicUrl = (values.SANA_PUBLIC_URL || `http://localhost:${values.PORT}`).replace(/\/$/, '');
  return { ...values, databaseKind, sqlitePath, publicUrl, isSecureCookies: publicUrl.startsWith('https://') };
}
