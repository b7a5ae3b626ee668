// Fit on the work itself: kinds of work, industry, skills, and the red flags the freelancer noticed.
import { includesLabel, normalizeLabel } from '../profile/labels.ts';
import type { FreelancerProfile } from '../profile/profile.ts';
import { isSameRedFlag } from '../profile/red-flags.ts';
import { dimensionFit, finding, unanswered, type DimensionFit, type FitFinding } from './dimension-fit.ts';
import { statusWhenCrossed } from './fit-status.ts';
import type { InterviewAnswers } from './interview.ts';
import { reason } from './reason.ts';

/** The same label typed twice ("SEO", "seo ") is one item. */
function distinctLabels(labels: readonly string[]): string[] {
  const seen = new Set<string>();
  return labels.filter((label) => {
    const key = normalizeLabel(label);
    if (key === '' || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function fitWorkKinds(profile: FreelancerProfile, answers: InterviewAnswers): DimensionFit {
  const kinds = distinctLabels(answers.tasks.map((task) => task.kind));
  if (kinds.length === 0) return unanswered('work_kinds');
  const avoid = profile.avoid.workKinds;
  const findings = kinds.map((kind) => {
    if (includesLabel(avoid.items, kind)) return finding(statusWhenCrossed(avoid.flexibility), reason('vetting.reason.workKindAvoided', { kind }));
    if (includesLabel(profile.idealClient.workKinds, kind)) return finding('fits', reason('vetting.reason.workKindWanted', { kind }));
    return finding('fits', reason('vetting.reason.workKindNotListed', { kind }));
  });
  return dimensionFit('work_kinds', findings);
}

export function fitIndustry(profile: FreelancerProfile, answers: InterviewAnswers): DimensionFit {
  const industry = answers.industry?.trim() ?? '';
  if (industry === '') return unanswered('industry');
  const { wanted, flexibility } = profile.idealClient.industries;
  if (wanted.length === 0) return dimensionFit('industry', [finding('fits', reason('vetting.reason.industryAnyWelcome', { industry }))]);
  if (includesLabel(wanted, industry)) return dimensionFit('industry', [finding('fits', reason('vetting.reason.industryWanted', { industry }))]);
  return dimensionFit('industry', [finding(statusWhenCrossed(flexibility), reason('vetting.reason.industryNotWanted', { industry }))]);
}

/**
 * "Don't want" skills are disclosed and that part declined: negotiable, since the rest of the work can go ahead,
 * and a conflict only when every requested skill is one of them (nothing would be left). "Willing to learn" skills
 * fit, with advice to disclose them.
 */
export function fitSkills(profile: FreelancerProfile, answers: InterviewAnswers): DimensionFit {
  const skills = distinctLabels(answers.skillsNeeded);
  if (skills.length === 0) return unanswered('skills');
  const { strengths, dontWant, willingToLearn } = profile.skills;
  const isEveryPartDeclined = skills.every((skill) => includesLabel(dontWant, skill));
  const findings: FitFinding[] = skills.map((skill) => {
    if (includesLabel(dontWant, skill)) {
      return finding(isEveryPartDeclined ? 'conflict' : 'negotiable', reason('vetting.reason.skillDontWant', { skill }), reason('vetting.advice.discloseAndDecline', { skill }));
    }
    if (includesLabel(willingToLearn, skill)) return finding('fits', reason('vetting.reason.skillWillingToLearn', { skill }), reason('vetting.advice.discloseAndLearn', { skill }));
    if (includesLabel(strengths, skill)) return finding('fits', reason('vetting.reason.skillStrength', { skill }));
    return finding('fits', reason('vetting.reason.skillNotListed', { skill }));
  });
  return dimensionFit('skills', findings);
}

/** A flag on the freelancer's own list counts as they marked that list; one they noticed but never listed is still worth talking through. */
export function fitRedFlags(profile: FreelancerProfile, answers: InterviewAnswers): DimensionFit {
  if (answers.redFlagsSeen.length === 0) return dimensionFit('red_flags', [finding('fits', reason('vetting.reason.noRedFlagsSeen', {}))]);
  const list = profile.avoid.redFlags;
  const findings = answers.redFlagsSeen.map((flag) => {
    const status = list.items.some((listed) => isSameRedFlag(listed, flag)) ? statusWhenCrossed(list.flexibility) : 'negotiable';
    const why = flag.kind === 'suggested' ? reason('vetting.reason.redFlagSeen', { flag: flag.key }) : reason('vetting.reason.ownRedFlagSeen', { flag: flag.text });
    return finding(status, why);
  });
  return dimensionFit('red_flags', findings);
}
