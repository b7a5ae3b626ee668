// What every profile step receives: the working copy, a way to change it, and translated errors by field path.
import type { ProfileDraft } from '../profile-draft.ts';

export type StepProps = {
  draft: ProfileDraft;
  /** Mutate the copy handed to `edit`; the step never touches the original. */
  change(edit: (draft: ProfileDraft) => void): void;
  errors: Record<string, string>;
};
