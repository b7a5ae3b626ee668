// The form of one profile step, chosen by name: the wizard walks through them, the profile page edits one at a time.
import type { ProfileStep } from './profile-draft.ts';
import type { StepProps } from './steps/step-props.ts';
import { DreamBusinessStep } from './steps/dream-business-step.tsx';
import { CommunicationStep } from './steps/communication-step.tsx';
import { IdealClientStep } from './steps/ideal-client-step.tsx';
import { AvoidStep } from './steps/avoid-step.tsx';
import { SkillsStep } from './steps/skills-step.tsx';
import { FinancesStep } from './steps/finances-step.tsx';

export function ProfileStepForm({ step, ...props }: StepProps & { step: ProfileStep }) {
  switch (step) {
    case 'dream-business':
      return <DreamBusinessStep {...props} />;
    case 'communication':
      return <CommunicationStep {...props} />;
    case 'ideal-client':
      return <IdealClientStep {...props} />;
    case 'avoid':
      return <AvoidStep {...props} />;
    case 'skills':
      return <SkillsStep {...props} />;
    case 'finances':
      return <FinancesStep {...props} />;
  }
}
