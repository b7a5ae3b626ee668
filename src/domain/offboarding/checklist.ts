// The offboarding checklist (DOMAIN.md section 10): leave without burning bridges.

export const checklistItems = ['keep_talking', 'finish_work', 'document_procedures', 'speak_well', 'keep_confidences'] as const;
export type ChecklistItem = (typeof checklistItems)[number];
export type Checklist = Record<ChecklistItem, boolean>;

export const emptyChecklist: Checklist = { keep_talking: false, finish_work: false, document_procedures: false, speak_well: false, keep_confidences: false };

/** A stored checklist, with any item it lacks unticked. */
export function checklistFrom(value: unknown): Checklist {
  const stored = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  return Object.fromEntries(checklistItems.map((item) => [item, stored[item] === true])) as Checklist;
}

export function checklistProgress(checklist: Checklist): { done: number; total: number } {
  return { done: checklistItems.filter((item) => checklist[item]).length, total: checklistItems.length };
}

/** What remains of the work, typed by the freelancer (deliverables do not exist yet). */
export type OpenItem = { text: string; isDone: boolean };

/** A recurring task for the client, step by step; a confidential step stays in Sana. */
export type ProcedureStep = { text: string; isConfidential: boolean };
export type Procedure = { title: string; cadence: string; steps: ProcedureStep[] };
