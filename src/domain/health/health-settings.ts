// Thresholds for the health card (DOMAIN.md section 9); every one is a setting the freelancer can change.
import type { ReplyWindow } from '../profile/reply-window.ts';
import type { HealthReasonKind } from './health-reasons.ts';

export type HealthSettings = {
  /** The recent window every reason looks at, and the length of the earlier window its trend compares with. */
  windowDays: number;
  communication: {
    /** How long the client may take to answer an important message; null uses the reply window the freelancer promises. */
    replyWindow: ReplyWindow | null;
    /** Unanswered important messages needed to watch, and the share of all important messages they must also be. */
    watchMisses: number;
    watchMissPercent: number;
    actMisses: number;
    actMissPercent: number;
  };
  panic: {
    /** Rush and emergency requests in the window, true emergencies included. */
    watchRequests: number;
    actRequests: number;
    /** Commitments to other clients missed because of this one. */
    watchMissedCommitments: number;
    actMissedCommitments: number;
  };
  integrity: {
    /** Trust mends slowly, so integrity looks back further than the other reasons. */
    windowDays: number;
    watchIncidents: number;
    /** The freelancer's own line. */
    actIncidents: number;
  };
  decline: {
    /** Invoices paid late (or still unpaid after the due date), and the share of due invoices they must also be. */
    watchLatePayments: number;
    watchLatePercent: number;
    actLatePayments: number;
    actLatePercent: number;
    /** Excuses, budget cuts and broken promises to pay together. */
    watchSignals: number;
    actSignals: number;
  };
  expectations: {
    watchIncidents: number;
    actIncidents: number;
  };
  recommendation: {
    /** This many reasons at "act" plan the exit. */
    actReasonsForExit: number;
    /** Reasons that plan the exit on their own once at "act". */
    decisiveReasons: HealthReasonKind[];
    /** This many reasons at "watch" are worth a heart-to-heart. */
    watchReasonsForTalk: number;
  };
};

export const defaultHealthSettings: HealthSettings = {
  // A quarter: long enough to tell a pattern from a bad week, short enough to notice change.
  windowDays: 90,
  // One miss is not a pattern: it takes two, and a quarter of the important messages, to watch; four and half of them to act.
  communication: { replyWindow: null, watchMisses: 2, watchMissPercent: 25, actMisses: 4, actMissPercent: 50 },
  // About once a month is worth watching, every other week calls for action; one slipped promise elsewhere is already a cost.
  panic: { watchRequests: 3, actRequests: 6, watchMissedCommitments: 1, actMissedCommitments: 2 },
  // One incident in a year is worth watching; a second means the line has been crossed.
  integrity: { windowDays: 365, watchIncidents: 1, actIncidents: 2 },
  // Late payment "becoming the norm": two late and a quarter of invoices to watch, three late and half of them to act.
  decline: { watchLatePayments: 2, watchLatePercent: 25, actLatePayments: 3, actLatePercent: 50, watchSignals: 2, actSignals: 4 },
  expectations: { watchIncidents: 2, actIncidents: 4 },
  // Integrity alone is enough to leave; two other reasons at "act" are too; two at "watch" deserve a conversation.
  recommendation: { actReasonsForExit: 2, decisiveReasons: ['integrity'], watchReasonsForTalk: 2 },
};
