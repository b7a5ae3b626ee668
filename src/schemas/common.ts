// Shared building blocks of the API contract: ids, languages, zones, currencies, pages and problem details.
import { z } from 'zod';
import { isCurrencyCode } from '../domain/money/currency.ts';
import { isTimeZone } from '../domain/time/time-zone.ts';

export const languages = ['en', 'es'] as const;
export const Language = z.enum(languages).describe('Interface and document language: en or es.');
export type Language = z.infer<typeof Language>;

export const Id = z.string().min(1).max(64).describe('An id returned by the API.');

export const TimeZone = z
  .string()
  .refine(isTimeZone, { message: 'Use an IANA time zone such as Europe/Madrid or America/New_York.' })
  .describe('IANA time zone, e.g. Europe/Madrid.');

export const Currency = z
  .string()
  .refine(isCurrencyCode, { message: 'Use a three-letter ISO 4217 code in capitals, such as EUR or USD.' })
  .describe('ISO 4217 currency code, e.g. EUR.');

export const IsoDateTime = z.iso.datetime({ offset: true }).describe('ISO 8601 date-time, e.g. 2027-03-01T09:00:00Z.');

export const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50).describe('Items per page, 1 to 200.'),
  offset: z.coerce.number().int().min(0).default(0).describe('Items to skip.'),
});

export const Problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    code: z.string(),
    instance: z.string().optional(),
    requestId: z.string().optional(),
    errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  })
  .meta({ id: 'Problem', description: 'RFC 9457 problem details; errors[] names each field and what to do.' });
