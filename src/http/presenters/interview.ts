// Presents a stored interview for the API: reasons and advice become sentences in the reader's language.
import { translateReason } from '../../i18n/server.ts';
import type { StoredInterview } from '../../db/repositories/interviews.ts';
import type { Interview } from '../../schemas/interviews.ts';
import type { Language } from '../../schemas/common.ts';

export function presentInterview(interview: StoredInterview, language: Language): Interview {
  const { fit, desperation, recommendation } = interview.vetting;
  const say = (reason: Parameters<typeof translateReason>[0]) => translateReason(reason, language);
  return {
    id: interview.id,
    clientId: interview.clientId,
    origin: interview.origin,
    answers: interview.answers,
    gut: interview.gut,
    fit: {
      recommendation: recommendation?.recommendation ?? null,
      because: recommendation?.because.map(say) ?? [],
      items: fit.dimensions.map((dimension) => {
        // The worst finding leads: it is the one that decided the dimension's result.
        const lead = dimension.findings.find((f) => f.status === dimension.status) ?? dimension.findings[0];
        return {
          dimension: dimension.dimension,
          result: dimension.status,
          reason: lead ? say(lead.reason) : '',
          advice: lead?.advice ? say(lead.advice) : null,
          findings: dimension.findings.map((f) => ({ result: f.status, reason: say(f.reason), advice: f.advice ? say(f.advice) : null })),
        };
      }),
      counts: fit.counts,
      timeZoneOverlap: fit.timeZoneOverlap,
    },
    desperation: { status: desperation.status, runwayMonths: desperation.runwayMonths, message: say(desperation.message) },
    createdAt: interview.createdAt,
  };
}
