// A client's contacts: several people, each with name, email and phone; add and remove by mouse or keyboard.
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../components/field.tsx';
import type { FieldErrors } from '../forms/form-errors.ts';
import { MAX_CONTACTS, newContactRow, type ContactRow } from './client-form-values.ts';

type ContactsEditorProps = { rows: ContactRow[]; errors: FieldErrors; onChange(rows: ContactRow[]): void };

export function ContactsEditor({ rows, errors, onChange }: ContactsEditorProps) {
  const { t } = useTranslation();
  const listRef = useRef<HTMLOListElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);

  function update(index: number, changes: Partial<ContactRow>) {
    onChange(rows.map((row, i) => (i === index ? { ...row, ...changes } : row)));
  }

  function add() {
    onChange([...rows, newContactRow()]);
    // Put the cursor in the new contact's name, where typing continues.
    requestAnimationFrame(() => listRef.current?.querySelector<HTMLInputElement>('li:last-child input')?.focus());
  }

  function remove(index: number) {
    onChange(rows.filter((_, i) => i !== index));
    // The removed button is gone; land on the add button rather than on the page body.
    requestAnimationFrame(() => addRef.current?.focus());
  }

  return (
    <div className="contacts">
      {rows.length === 0 && <p className="muted">{t('clientForm.noContacts')}</p>}
      <ol ref={listRef} className="contacts__list">
        {rows.map((row, index) => {
          const number = index + 1;
          return (
            <li key={row.key} className="contacts__item">
              <fieldset className="contacts__fieldset">
                <legend className="contacts__legend">{t('clientForm.contactLegend', { number })}</legend>
                <div className="contacts__fields">
                  <Field label={t('clientForm.contactName')} error={errors[`contacts.${index}.name`]}>
                    {(control) => <input {...control} className="input" autoComplete="off" value={row.name} onChange={(e) => update(index, { name: e.target.value })} />}
                  </Field>
                  <Field label={t('clientForm.contactEmail')} error={errors[`contacts.${index}.email`]}>
                    {(control) => <input {...control} className="input" type="email" inputMode="email" autoComplete="off" value={row.email} onChange={(e) => update(index, { email: e.target.value })} />}
                  </Field>
                  <Field label={t('clientForm.contactPhone')} error={errors[`contacts.${index}.phone`]}>
                    {(control) => <input {...control} className="input" type="tel" inputMode="tel" autoComplete="off" value={row.phone} onChange={(e) => update(index, { phone: e.target.value })} />}
                  </Field>
                </div>
                <button type="button" className="button button--ghost-danger button--small contacts__remove" onClick={() => remove(index)}>
                  {t('clientForm.removeContact')}
                  <span className="visually-hidden"> {t('clientForm.contactLegend', { number })}</span>
                </button>
              </fieldset>
            </li>
          );
        })}
      </ol>
      {rows.length < MAX_CONTACTS ? (
        <button ref={addRef} type="button" className="button button--secondary" onClick={add}>
          <span aria-hidden="true">+ </span>
          {t('clientForm.addContact')}
        </button>
      ) : (
        <p className="muted">{t('clientForm.errors.tooManyContacts', { max: MAX_CONTACTS })}</p>
      )}
    </div>
  );
}
