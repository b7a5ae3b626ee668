// Whether a preference is a line the freelancer will not cross, or one they are willing to bend for the right client.

export const flexibilities = ['non_negotiable', 'willing_to_compromise'] as const;
export type Flexibility = (typeof flexibilities)[number];

/** Mixed into every preference that a prospect's answer can touch. */
export type Flexible = { flexibility: Flexibility };

export function isNonNegotiable(flexibility: Flexibility): boolean {
  switch (flexibility) {
    case 'non_negotiable':
      return true;
    case 'willing_to_compromise':
      return false;
  }
}
