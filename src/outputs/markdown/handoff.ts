// The handoff document as Markdown, for a client who keeps notes in a wiki or a shared folder.
import type { HandoffContent } from '../pdf/handoff-content.ts';

/** Characters that would turn typed text into Markdown syntax are escaped, so a "#" in a step stays a "#". */
function escape(text: string): string {
  return text.replace(/([\\`*_[\]#>|])/g, '\\$1').replace(/^(\s*)([-+]|\d+\.)(\s)/gm, '$1\\$2$3');
}

export function renderHandoffMarkdown(content: HandoffContent): string {
  const lines: string[] = [`# ${escape(content.title)}`, '', `_${escape(content.subtitle)}_`, ''];
  for (const section of content.sections) {
    lines.push(`## ${escape(section.title)}`, '');
    for (const paragraph of section.paragraphs) lines.push(escape(paragraph), '');
    if (section.bullets.length) lines.push(...section.bullets.map((item) => `- ${escape(item)}`), '');
    for (const procedure of section.procedures) {
      lines.push(`### ${escape(procedure.title)}`, '');
      if (procedure.cadence) lines.push(`_${escape(procedure.cadence)}_`, '');
      lines.push(...procedure.steps.map((step, index) => `${index + 1}. ${escape(step)}`), '');
    }
  }
  lines.push(`_${escape(content.closing)}_`, '', escape(content.footer), '');
  return lines.join('\n');
}
