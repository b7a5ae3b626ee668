// The handoff document's content (DOMAIN.md section 10): where the work stands, what remains and how the recurring
// tasks are done. Built only from what may leave Sana: confidential steps are dropped here, and client notes and
// timeline events are never an input, so no renderer can leak them.
import type { OpenItem, Procedure } from './checklist.ts';

export type HandoffInput = {
  clientName: string;
  clientCompany: string;
  freelancerName: string;
  /** YYYY-MM-DD in the freelancer's zone. */
  preparedOn: string;
  workStatus: string;
  openItems: readonly OpenItem[];
  procedures: readonly Procedure[];
};

export type HandoffProcedure = { title: string; cadence: string; steps: string[] };

export type Handoff = {
  clientName: string;
  clientCompany: string;
  freelancerName: string;
  preparedOn: string;
  workStatus: string;
  remaining: string[];
  finished: string[];
  procedures: HandoffProcedure[];
};

export function buildHandoff(input: HandoffInput): Handoff {
  const items = input.openItems.map((item) => ({ ...item, text: item.text.trim() })).filter((item) => item.text !== '');
  return {
    clientName: input.clientName,
    clientCompany: input.clientCompany,
    freelancerName: input.freelancerName,
    preparedOn: input.preparedOn,
    workStatus: input.workStatus.trim(),
    remaining: items.filter((item) => !item.isDone).map((item) => item.text),
    finished: items.filter((item) => item.isDone).map((item) => item.text),
    procedures: input.procedures
      .map((procedure) => ({
        title: procedure.title.trim(),
        cadence: procedure.cadence.trim(),
        steps: procedure.steps.filter((step) => !step.isConfidential).map((step) => step.text.trim()).filter((text) => text !== ''),
      }))
      // A procedure whose every step is confidential says nothing useful to someone else; its title alone could hint at it.
      .filter((procedure) => procedure.title !== '' && procedure.steps.length > 0),
  };
}
