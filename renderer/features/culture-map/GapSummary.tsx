import { useId } from 'react';
import { gapSize, type Gap } from '../../../shared/facilitation';
import type { Group } from '../../../shared/model';
import { useT } from '../../i18n';
import { GroupMark } from '../../ui/GroupMark';
import { CULTURE_NAME_KEYS, GAP_SIZE_KEYS } from './labels';

/**
 * The gaps in words, below the grid: how each group sees itself beside how each other group sees
 * it. Then whose markers are not shown here yet (or, to the facilitator, not yet to the room).
 */
export function GapSummary({ gaps, privateGroups, facilitator }: { gaps: readonly Gap[]; privateGroups: readonly Group[]; facilitator: boolean }) {
  const { t } = useT();
  const id = useId();
  return (
    <section className="culture-gaps" aria-labelledby={`${id}-gaps`}>
      <h3 id={`${id}-gaps`}>{t('culture.gapsTitle')}</h3>
      {gaps.length === 0 ? (
        <p className="field-hint">{t('culture.noGaps')}</p>
      ) : (
        <ul className="culture-gap-list">
          {gaps.map((gap) => {
            const size = gapSize(gap.distance);
            return (
              <li key={`${gap.subject.id}>${gap.by.id}`} className={`culture-gap gap-${size}`} data-subject={gap.subject.id} data-by={gap.by.id}>
                <GroupMark mark={gap.subject.mark} colour={gap.subject.colour} size={26} />
                <span>
                  {t('culture.gap', {
                    subject: gap.subject.name,
                    by: gap.by.name,
                    self: t(CULTURE_NAME_KEYS[gap.selfCulture]),
                    other: t(CULTURE_NAME_KEYS[gap.otherCulture]),
                    size: t(GAP_SIZE_KEYS[size]),
                  })}
                </span>
              </li>
            );
          })}
        </ul>
      )}
      {privateGroups.map((g) => (
        <p key={g.id} className="culture-private-note" role="note">
          <GroupMark mark={g.mark} colour={g.colour} size={22} /> {facilitator ? t('culture.privateForRoom', { group: g.name }) : t('culture.privateNote', { group: g.name })}
        </p>
      ))}
    </section>
  );
}
