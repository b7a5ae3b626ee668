// The five parts as structured forms, each its own section with a heading the page can link to.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartProps } from './part-props.ts';
import type { AgreementSchedule } from './schedule-type.ts';
import { PartiesPart } from './parties-part.tsx';
import { WhatPart } from './what-part.tsx';
import { WhenPart } from './when-part.tsx';
import { HowPart } from './how-part.tsx';
import { CostPart } from './cost-part.tsx';
import { TermsPart } from './terms-part.tsx';
import { TextArea, TextInput } from './inputs.tsx';

export const partIds = ['parties', 'what', 'when', 'how', 'cost', 'terms'] as const;

function Part({ id, number, title, children }: { id: string; number?: number; title: string; children: ReactNode }) {
  return (
    <section id={`part-${id}`} className="card agreement-part" aria-labelledby={`part-${id}-title`}>
      <h2 id={`part-${id}-title`} className="agreement-part__title">
        {number !== undefined && (
          <span className="agreement-part__number" aria-hidden="true">
            {number}
          </span>
        )}
        {title}
      </h2>
      {children}
    </section>
  );
}

export function DocumentEditor({ document, onChange, schedule }: PartProps & { schedule: AgreementSchedule | null }) {
  const { t } = useTranslation();
  const props = { document, onChange };
  return (
    <div className="agreement-editor">
      <section className="card agreement-part" aria-label={t('agreements.editor.basics')}>
        <TextInput label={t('agreements.fields.title')} value={document.title} onChange={(title) => onChange({ ...document, title })} />
      </section>
      <Part id="parties" title={t('agreements.parts.parties')}>
        <PartiesPart {...props} />
      </Part>
      <Part id="what" number={1} title={t('agreements.parts.what')}>
        <WhatPart {...props} />
      </Part>
      <Part id="when" number={2} title={t('agreements.parts.when')}>
        <WhenPart {...props} schedule={schedule} />
      </Part>
      <Part id="how" number={3} title={t('agreements.parts.how')}>
        <HowPart {...props} />
      </Part>
      <Part id="cost" number={4} title={t('agreements.parts.cost')}>
        <CostPart {...props} />
      </Part>
      <Part id="terms" number={5} title={t('agreements.parts.terms')}>
        <TermsPart {...props} />
      </Part>
      <section className="card agreement-part" aria-label={t('agreements.fields.notes')}>
        <TextArea label={t('agreements.fields.notes')} value={document.notes} onChange={(notes) => onChange({ ...document, notes })} isOptional />
      </section>
    </div>
  );
}
