// Red flags the freelancer noticed during the interview: the usual ones and their own list as chips, plus anything new.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isSameRedFlag, redFlagSuggestions, type RedFlag } from '../../domain/profile/red-flags.ts';
import { TagListInput } from '../components/tag-list-input.tsx';
import { capitalize } from '../i18n/text.ts';

type RedFlagsSeenProps = { value: RedFlag[]; onChange(value: RedFlag[]): void; ownList: string[] };

export function RedFlagsSeen({ value, onChange, ownList }: RedFlagsSeenProps) {
  const { t, i18n } = useTranslation();
  const [announcement, setAnnouncement] = useState('');
  const chips: { flag: RedFlag; label: string }[] = [
    ...redFlagSuggestions.map((key) => ({ flag: { kind: 'suggested' as const, key }, label: capitalize(t(`vetting.redFlag.${key}`), i18n.language) })),
    ...ownList.map((text) => ({ flag: { kind: 'own' as const, text }, label: text })),
  ];
  const isChip = (flag: RedFlag) => chips.some((chip) => isSameRedFlag(chip.flag, flag));
  const extraTexts = value.flatMap((flag) => (flag.kind === 'own' && !isChip(flag) ? [flag.text] : []));

  function toggle(flag: RedFlag, label: string) {
    const isOn = value.some((seen) => isSameRedFlag(seen, flag));
    onChange(isOn ? value.filter((seen) => !isSameRedFlag(seen, flag)) : [...value, flag]);
    setAnnouncement(t(isOn ? 'tags.removed' : 'tags.added', { item: label }));
  }

  function setExtra(texts: string[]) {
    onChange([...value.filter((flag) => flag.kind === 'suggested' || isChip(flag)), ...texts.map((text) => ({ kind: 'own' as const, text }))]);
  }

  return (
    <>
      <div className="chips" role="group" aria-label={t('interview.redFlagsChips')}>
        {chips.map(({ flag, label }) => {
          const isOn = value.some((seen) => isSameRedFlag(seen, flag));
          return (
            <button key={flag.kind === 'suggested' ? flag.key : `own-${flag.text}`} type="button" className="chip chip--toggle chip--flag" aria-pressed={isOn} onClick={() => toggle(flag, label)}>
              <span className="chip__mark" aria-hidden="true">
                {isOn ? '⚑' : '+'}
              </span>
              {label}
            </button>
          );
        })}
      </div>
      <TagListInput label={t('interview.redFlagsOther')} name={t('interview.redFlagsOther')} isOptional items={extraTexts} onChange={setExtra} />
      <span className="visually-hidden" role="status">
        {announcement}
      </span>
    </>
  );
}
