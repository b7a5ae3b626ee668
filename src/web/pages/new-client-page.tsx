// Add a client, then land on their page with the timeline already started.
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { createClient } from '../api/clients.ts';
import { useActiveSession } from '../session/session-context.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { useToast } from '../components/toast-provider.tsx';
import { usePageTitle } from '../hooks/use-page-title.ts';
import { ClientForm } from '../clients/client-form.tsx';
import { defaultValues, toCreateBody } from '../clients/client-form-values.ts';
import { useState } from 'react';

export function NewClientPage() {
  const { t } = useTranslation();
  const session = useActiveSession();
  const navigate = useNavigate();
  const { showToast } = useToast();
  usePageTitle(t('clientForm.newTitle'));
  const [initial] = useState(() => defaultValues(session.workspace));

  return (
    <div className="page page--form">
      <PageHeading>{t('clientForm.newTitle')}</PageHeading>
      <p className="lead">{t('clientForm.newIntro')}</p>
      <ClientForm
        initial={initial}
        submitLabel={t('clientForm.create')}
        submittingLabel={t('clientForm.creating')}
        cancelTo="/clients"
        onSubmit={async (values) => {
          const client = await createClient(toCreateBody(values));
          showToast(t('clientForm.created', { name: client.name }));
          navigate(`/clients/${client.id}`);
        }}
      />
    </div>
  );
}
