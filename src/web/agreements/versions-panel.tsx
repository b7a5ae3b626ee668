// Every version sent, and what changed between two of them, path by path in words ("What › Blog post › Quantity: 4 → 5").
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { diffAgreementVersions, listAgreementVersions, type Agreement } from '../api/agreements.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { LoadingState } from '../components/loading-state.tsx';
import { useResource } from '../hooks/use-resource.ts';
import { formatDateTime } from '../i18n/format.ts';
import { useFormatContext } from '../i18n/use-format-context.ts';

type Doc = Record<string, unknown>;

/** Walks the path through both documents, naming list items by their title instead of their id. */
export function readablePath(path: string, before: Doc | undefined, after: Doc | undefined, t: TFunction): string {
  const names: string[] = [];
  let a: unknown = before;
  let b: unknown = after;
  for (const segment of path.split('.')) {
    const match = /^([^[]+)(?:\[([^\]]+)\])?$/.exec(segment);
    const key = match?.[1] ?? segment;
    const id = match?.[2];
    a = (a as Doc | undefined)?.[key];
    b = (b as Doc | undefined)?.[key];
    names.push(names.length === 0 && ['parties', 'what', 'when', 'how', 'cost', 'terms'].includes(key) ? t(`agreements.parts.${key}`) : t(`agreements.diffFields.${key}`, { defaultValue: key }));
    if (id !== undefined) {
      const pick = (list: unknown) => (Array.isArray(list) ? list.find((item: { id?: string }, index) => item?.id === id || String(index) === id) : undefined);
      const item = (pick(b) ?? pick(a)) as { title?: string; label?: string } | string | undefined;
      a = pick(a);
      b = pick(b);
      names.push(typeof item === 'string' ? `#${Number(id) + 1}` : (item?.title || item?.label || id));
    }
  }
  return names.join(' › ');
}

export function showValue(value: unknown, t: TFunction): string {
  if (value === null || value === undefined || value === '') return t('agreements.versions.empty');
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value.join(', ');
  if (typeof value === 'object' && value && ('title' in value || 'label' in value)) return String((value as { title?: string; label?: string }).title ?? (value as { label?: string }).label);
  return JSON.stringify(value);
}

function Diff({ agreementId, from, to, before, after }: { agreementId: string; from: number; to: number; before?: Doc; after?: Doc }) {
  const { t } = useTranslation();
  const diff = useResource((signal) => diffAgreementVersions(agreementId, from, to, signal), [agreementId, from, to]);
  if (diff.error !== undefined) return <ErrorAlert error={diff.error} onRetry={diff.reload} />;
  if (!diff.data) return <LoadingState label={t('agreements.versions.loadingDiff')} />;
  if (diff.data.changes.length === 0) return <p className="muted">{t('agreements.versions.noChanges')}</p>;
  return (
    <ul className="agreement-diff">
      {diff.data.changes.map((change) => (
        <li key={change.path} className={`agreement-diff__item agreement-diff__item--${change.kind}`}>
          <span className="agreement-diff__kind">{t(`agreements.versions.kinds.${change.kind}`)}</span>
          <span className="agreement-diff__path">{readablePath(change.path, before, after, t)}</span>
          <span className="agreement-diff__values">
            {change.kind !== 'added' && <del>{showValue(change.before, t)}</del>}
            {change.kind === 'changed' && <span aria-hidden="true"> → </span>}
            {change.kind !== 'removed' && <ins>{showValue(change.after, t)}</ins>}
          </span>
        </li>
      ))}
    </ul>
  );
}

export function VersionsPanel({ agreement }: { agreement: Agreement }) {
  const { t } = useTranslation();
  const formatContext = useFormatContext();
  const headingId = useId();
  const versions = useResource((signal) => listAgreementVersions(agreement.id, signal), [agreement.id, agreement.currentVersion]);
  const latest = agreement.currentVersion;
  // The picks belong to one agreement at one latest version. Going from a proposal to its contract reuses this component
  // (same route, new id), so stale picks (or the proposal's loaded versions) would ask for a diff to a version the contract
  // does not have: a 400. Picks made for another agreement or an older latest version are replaced by the default pair.
  const defaults = { agreementId: agreement.id, latest, from: Math.max(1, latest - 1), to: latest };
  const [picked, setPicked] = useState(defaults);
  const { from, to } = picked.agreementId === agreement.id && picked.latest === latest ? picked : defaults;
  const setFrom = (value: number) => setPicked({ ...defaults, from: value, to });
  const setTo = (value: number) => setPicked({ ...defaults, from, to: value });
  // Only versions of this agreement: the loaded list may still be the previous agreement's while the new one loads.
  const items = (versions.data?.items ?? []).filter((v) => agreement.versions.some((known) => known.number === v.number && known.contentHash === v.contentHash));
  const documentOf = (n: number) => items.find((v) => v.number === n)?.document;

  return (
    <section className="card agreement-versions" aria-labelledby={headingId}>
      <h2 id={headingId} className="section-title">
        {t('agreements.versions.title')}
      </h2>
      {versions.error !== undefined ? (
        <ErrorAlert error={versions.error} onRetry={versions.reload} />
      ) : !versions.data ? (
        <LoadingState label={t('agreements.versions.loading')} />
      ) : (
        <>
          <ol className="agreement-versions__list">
            {items.map((version) => (
              <li key={version.number}>
                <strong>{t('agreements.versionN', { version: version.number })}</strong>
                {' · '}
                <time dateTime={version.createdAt}>{formatDateTime(version.createdAt, formatContext)}</time>
                {version.note && <span className="agreement-versions__note"> — {version.note}</span>}
                <span className="muted agreement-hash"> SHA-256 {version.contentHash.slice(0, 12)}…</span>
              </li>
            ))}
          </ol>
          {items.length > 1 && (
            <div className="agreement-versions__compare">
              <h3>{t('agreements.versions.compare')}</h3>
              <div className="agreement-versions__pickers">
                <label>
                  {t('agreements.versions.from')}{' '}
                  <select className="input" value={from} onChange={(event) => setFrom(Number(event.target.value))}>
                    {items.map((v) => (
                      <option key={v.number} value={v.number}>
                        {v.number}
                      </option>
                    ))}
                  </select>
                </label>
                <label>
                  {t('agreements.versions.to')}{' '}
                  <select className="input" value={to} onChange={(event) => setTo(Number(event.target.value))}>
                    {items.map((v) => (
                      <option key={v.number} value={v.number}>
                        {v.number}
                      </option>
                    ))}
                  </select>
                </label>
              </div>
              <Diff agreementId={agreement.id} from={from} to={to} before={documentOf(from)} after={documentOf(to)} />
            </div>
          )}
        </>
      )}
    </section>
  );
}
