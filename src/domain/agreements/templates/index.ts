// The starter templates, one per role and language; a freelancer's own templates live in the database beside them.
import { designerTemplates } from './designer.ts';
import { developerTemplates } from './developer.ts';
import { podcastProducerTemplates } from './podcast-producer.ts';
import type { StarterTemplate } from './starter.ts';
import { virtualAssistantTemplates } from './virtual-assistant.ts';
import { writerTemplates } from './writer.ts';

export { notLegalAdviceNote, starterRoles, type StarterRole, type StarterTemplate, type TemplateLanguage } from './starter.ts';

export const starterTemplates: readonly StarterTemplate[] = [...writerTemplates, ...virtualAssistantTemplates, ...podcastProducerTemplates, ...designerTemplates, ...developerTemplates];

export function findStarterTemplate(id: string): StarterTemplate | undefined {
  return starterTemplates.find((template) => template.id === id);
}
