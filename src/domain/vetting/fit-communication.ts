// Fit on how the relationship talks: calls a week, channels, reply time, and replies outside office hours.
import type { FreelancerProfile } from '../profile/profile.ts';
import { replyWindowHours } from '../profile/reply-window.ts';
import { dimensionFit, finding, unanswered, type DimensionFit } from './dimension-fit.ts';
import { statusWhenCrossed } from './fit-status.ts';
import type { InterviewAnswers } from './interview.ts';
import { reason } from './reason.ts';

export function fitCalls(profile: FreelancerProfile, answers: InterviewAnswers): DimensionFit {
  const expected = answers.callsPerWeek;
  if (expected === null) return unanswered('calls');
  const { maxPerWeek: limit, flexibility } = profile.communication.calls;
  if (expected > limit) return dimensionFit('calls', [finding(statusWhenCrossed(flexibility), reason('vetting.reason.callsOverLimit', { expected, limit }))]);
  return dimensionFit('calls', [finding('fits', reason('vetting.reason.callsWithinLimit', { expected, limit }))]);
}

export function fitChannels(profile: FreelancerProfile, answers: InterviewAnswers): DimensionFit {
  if (answers.preferredChannels.length === 0) return unanswered('channels');
  const { ranked, flexibility } = profile.communication.channels;
  const findings = [...new Set(answers.preferredChannels)].map((channel) =>
    ranked.includes(channel)
      ? finding('fits', reason('vetting.reason.channelOffered', { channel }))
      : finding(statusWhenCrossed(flexibility), reason('vetting.reason.channelNotOffered', { channel })),
  );
  return dimensionFit('channels', findings);
}

export function fitReplyWindow(profile: FreelancerProfile, answers: InterviewAnswers): DimensionFit {
  const expected = answers.expectedReplyWithin;
  if (expected === null) return unanswered('reply_window');
  const promised = profile.communication.replyWindow;
  const params = { expectedAmount: expected.amount, expectedUnit: expected.unit, promisedAmount: promised.amount, promisedUnit: promised.unit };
  if (replyWindowHours(promised) > replyWindowHours(expected)) {
    return dimensionFit('reply_window', [finding(statusWhenCrossed(promised.flexibility), reason('vetting.reason.replySlowerThanExpected', params))]);
  }
  return dimensionFit('reply_window', [finding('fits', reason('vetting.reason.replyWithinExpected', params))]);
}

/** Replies outside office hours cross the office hours themselves, so their flexibility decides. */
export function fitAfterHours(profile: FreelancerProfile, answers: InterviewAnswers): DimensionFit {
  if (answers.expectsRepliesOutsideOfficeHours === null) return unanswered('after_hours');
  if (answers.expectsRepliesOutsideOfficeHours) {
    return dimensionFit('after_hours', [finding(statusWhenCrossed(profile.dreamBusiness.officeHours.flexibility), reason('vetting.reason.repliesAfterHoursExpected', {}))]);
  }
  return dimensionFit('after_hours', [finding('fits', reason('vetting.reason.repliesInOfficeHours', {}))]);
}
