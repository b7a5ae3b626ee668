// The life of a client relationship (DOMAIN.md): the stages a client moves through, and where they came from.

export const clientStages = ['lead', 'interviewing', 'proposal', 'contract', 'active', 'offboarding', 'past', 'declined', 'waitlist'] as const;
export type ClientStage = (typeof clientStages)[number];

export const clientSources = ['referral', 'inbound', 'past_client', 'other'] as const;
export type ClientSource = (typeof clientSources)[number];

/** Stages in which the relationship is still ahead of us or under way (used to sort and to count). */
export function isOpenStage(stage: ClientStage): boolean {
  switch (stage) {
    case 'lead':
    case 'interviewing':
    case 'proposal':
    case 'contract':
    case 'active':
    case 'offboarding':
    case 'waitlist':
      return true;
    case 'past':
    case 'declined':
      return false;
  }
}
