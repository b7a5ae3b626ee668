// What if: change a fund, drop a client or add one, and see every runway move. Computed in the browser with the same
// pure domain code POST /readiness/what-if runs, so nothing is saved and every keystroke answers at once.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReadinessReport } from '../api/readiness.ts';
import { fundSides } from '../../domain/readiness/finances.ts';
import { runwaysIfLost } from '../../domain/readiness/readiness-totals.ts';
import { addedClientPrefix, whatIf } from '../../domain/readiness/what-if.ts';
import { Field } from '../components/field.tsx';
import { MoneyInput } from '../components/money-input.tsx';
import { currencyDigits, moneyToInput, parseMoney } from '../forms/money.ts';
import { runwayText } from './readiness-format.ts';
import { RunwayChart, type RunwayRow } from './runway-chart.tsx';

type Added = { key: string; text: string };
let nextKey = 1;

export function WhatIfPanel({ report }: { report: ReadinessReport }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const digits = currencyDigits(report.currency);
  const groupId = useId();
  const initialFunds = () => Object.fromEntries(fundSides.map((side) => [side, moneyToInput(report.totals.funds[side], digits, language)])) as Record<(typeof fundSides)[number], string>;
  const [funds, setFunds] = useState(initialFunds);
  const [dropped, setDropped] = useState<string[]>([]);
  const [added, setAdded] = useState<Added[]>([]);

  const fundValues = Object.fromEntries(fundSides.map((side) => [side, parseMoney(funds[side], digits)]));
  const addedValues = added.map((a) => ({ key: a.key, value: parseMoney(a.text, digits) }));
  const result = whatIf(report.totals, {
    funds: Object.fromEntries(fundSides.map((side) => [side, typeof fundValues[side] === 'number' ? fundValues[side] : 0])),
    droppedClientIds: dropped,
    addedClients: addedValues.map((a) => ({ key: a.key, monthlyIncome: typeof a.value === 'number' ? a.value : 0 })),
  });
  const before = new Map(runwaysIfLost(report.totals).map((r) => [r.clientId, r.months]));
  const nameOf = (clientId: string) => {
    if (clientId.startsWith(addedClientPrefix)) {
      const index = added.findIndex((a) => `${addedClientPrefix}${a.key}` === clientId);
      return t('readiness.whatIf.newClientName', { number: index + 1 });
    }
    return report.clients.find((c) => c.clientId === clientId)?.name ?? '';
  };
  const rows: RunwayRow[] = result.runwayIfLost.map((r) => ({ key: r.clientId, name: nameOf(r.clientId), months: r.months, ...(before.has(r.clientId) ? { before: before.get(r.clientId) ?? null } : {}) }));
  const isChanged = dropped.length > 0 || added.length > 0 || fundSides.some((side) => fundValues[side] !== report.totals.funds[side]);

  function reset() {
    setFunds(initialFunds());
    setDropped([]);
    setAdded([]);
  }

  return (
    <div className="what-if">
      <div className="what-if__controls">
        <fieldset className="what-if__group">
          <legend className="subsection-title">{t('readiness.whatIf.fundsTitle')}</legend>
          {fundSides.map((side) => (
            <Field key={side} label={t(`readiness.ladder.title.${side}`)} error={fundValues[side] === null ? t('readiness.errors.amount') : undefined}>
              {(control) => <MoneyInput {...control} currency={report.currency} value={funds[side]} onChange={(value) => setFunds((current) => ({ ...current, [side]: value }))} />}
            </Field>
          ))}
        </fieldset>
        <fieldset className="what-if__group">
          <legend className="subsection-title">{t('readiness.whatIf.dropTitle')}</legend>
          {report.clients.length === 0 ? (
            <p className="muted">{t('readiness.whatIf.noClients')}</p>
          ) : (
            <ul className="what-if__clients">
              {report.clients.map((client) => (
                <li key={client.clientId}>
                  <label className="inline-check">
                    <input
                      type="checkbox"
                      checked={dropped.includes(client.clientId)}
                      onChange={(e) => setDropped((current) => (e.target.checked ? [...current, client.clientId] : current.filter((id) => id !== client.clientId)))}
                    />
                    {t('readiness.whatIf.drop', { name: client.name })}
                  </label>
                </li>
              ))}
            </ul>
          )}
        </fieldset>
        <fieldset className="what-if__group" aria-describedby={`${groupId}-hint`}>
          <legend className="subsection-title">{t('readiness.whatIf.addTitle')}</legend>
          <p id={`${groupId}-hint`} className="field__hint">
            {t('readiness.whatIf.addHint')}
          </p>
          {added.map((entry, index) => (
            <div key={entry.key} className="what-if__added">
              <Field label={t('readiness.whatIf.newClientIncome', { number: index + 1 })} error={addedValues[index]?.value === null ? t('readiness.errors.amount') : undefined}>
                {(control) => <MoneyInput {...control} currency={report.currency} value={entry.text} onChange={(value) => setAdded((current) => current.map((a) => (a.key === entry.key ? { ...a, text: value } : a)))} />}
              </Field>
              <button type="button" className="button button--ghost-danger button--small" onClick={() => setAdded((current) => current.filter((a) => a.key !== entry.key))}>
                {t('readiness.whatIf.removeNew', { number: index + 1 })}
              </button>
            </div>
          ))}
          {added.length < 20 && (
            <button type="button" className="button button--secondary button--small" onClick={() => setAdded((current) => [...current, { key: String(nextKey++), text: '' }])}>
              {t('readiness.whatIf.add')}
            </button>
          )}
        </fieldset>
      </div>
      <div className="what-if__result">
        <p className="what-if__now" role="status">
          {t('readiness.whatIf.runwayNow', { before: runwayText(report.runwayNow, t, language), after: runwayText(result.runwayNow, t, language) })}
        </p>
        {rows.length === 0 ? (
          <p className="muted">{t('readiness.whatIf.noRows')}</p>
        ) : (
          <RunwayChart rows={rows} threshold={report.settings.shortRunwayMonths} currency={report.currency} caption={t('readiness.whatIf.chartCaption')} tableCaption={t('readiness.whatIf.tableCaption')} />
        )}
        {isChanged && (
          <button type="button" className="button button--ghost" onClick={reset}>
            {t('readiness.whatIf.reset')}
          </button>
        )}
      </div>
    </div>
  );
}
