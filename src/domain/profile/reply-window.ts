// How soon a message gets an answer: the freelancer's promise, or what a prospect expects.

export const replyWindowUnits = ['hours', 'working_days'] as const;
export type ReplyWindowUnit = (typeof replyWindowUnits)[number];

export type ReplyWindow = { amount: number; unit: ReplyWindowUnit };

/**
 * Elapsed hours the window allows, used only to compare two windows. A working day counts as 24 hours:
 * that is how a client experiences "within one working day" mid-week (asked Tuesday 10:00, answered by Wednesday 10:00).
 */
export function replyWindowHours(window: ReplyWindow): number {
  switch (window.unit) {
    case 'hours':
      return window.amount;
    case 'working_days':
      return window.amount * 24;
  }
}
