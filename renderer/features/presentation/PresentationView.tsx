import { useMemo, useState } from 'react';
import { byOrder } from '../../../shared/lib/order';
import { itemsAwaitingReaction, listeningGroups, presentationItems, type Viewer } from '../../../shared/facilitation';
import { laneKeyOf, type Group, type Sticky, type WorkshopBundle } from '../../../shared/model';
import { deriveLanes } from '../../../shared/model';
import { noteQuestionsAction, nextItemAction, perform, presentAction, previousItemAction, spotlightAction } from '../../actions';
import type { WorkshopView } from '../../db';
import { useT } from '../../i18n';
import { GroupMark } from '../../ui/GroupMark';
import { UserText } from '../../ui/UserText';
import { LENS_KEYS, TYPE_KEYS, VERDICT_KEYS, laneTitle } from '../board';
import { ReactionForm } from './ReactionForm';

function QuestionsNote({ bundle, sticky }: { bundle: WorkshopBundle; sticky: Sticky }) {
  const { t } = useT();
  const [questions, setQuestions] = useState(sticky.questions);
  const id = `questions-${sticky.id}`;
  return (
    <div className="questions">
      <label htmlFor={id}>{t('presentation.questions')}</label>
      <textarea
        id={id}
        dir="auto"
        rows={2}
        value={questions}
        onChange={(e) => setQuestions(e.target.value)}
        onBlur={() => questions !== sticky.questions && void perform(noteQuestionsAction, { workshopId: bundle.workshop.id, stickyId: sticky.id, questions })}
      />
    </div>
  );
}

/**
 * A group presents its Outmodels and requirements item by item; the item in the spotlight is big
 * enough for the room, and each listening group records its reaction to it.
 */
export function PresentationView({ view, viewer }: { view: WorkshopView; viewer: Viewer }) {
  const { t } = useT();
  const { bundle } = view;
  const { workshop } = bundle;
  const groups = useMemo(() => byOrder(bundle.groups), [bundle.groups]);
  const groupMap = useMemo(() => new Map(groups.map((g) => [g.id as string, g])), [groups]);
  const presenting = groups.find((g) => g.id === workshop.facilitation.presentingGroupId);
  const items = useMemo(
    () => (presenting ? presentationItems(groups, workshop.settings, bundle, presenting.id) : []),
    [presenting, groups, workshop.settings, bundle],
  );
  const spotlight = items.find((s) => s.id === workshop.facilitation.spotlightStickyId) ?? null;
  const facilitator = viewer.kind === 'facilitator';

  const awaiting = presenting ? itemsAwaitingReaction(items, bundle.reactions, groups) : [];
  const lanes = deriveLanes(groups, workshop.settings);
  const laneOf = (s: Sticky) => lanes.find((l) => l.key === laneKeyOf(s));
  const listeners: Group[] = presenting ? listeningGroups(groups, presenting.id).filter((g) => facilitator || (viewer.kind === 'group' && viewer.groupId === g.id)) : [];
  const at = spotlight ? items.indexOf(spotlight) : -1;

  return (
    <div className="presentation">
      {facilitator && (
        <div className="button-row presenter-pick" role="group" aria-label={t('presentation.who')}>
          {groups.map((g) => (
            <button
              key={g.id}
              type="button"
              aria-pressed={presenting?.id === g.id}
              onClick={() =>
                void perform(presentAction, { workshopId: workshop.id, groupId: g.id, firstStickyId: presentationItems(groups, workshop.settings, bundle, g.id)[0]?.id ?? null })
              }
            >
              <GroupMark mark={g.mark} colour={g.colour} /> {t('presentation.presents', { group: g.name })}
            </button>
          ))}
        </div>
      )}
      {!presenting ? (
        <p className="empty">{t('presentation.nobody')}</p>
      ) : items.length === 0 ? (
        <p className="empty">{t('presentation.noItems', { group: presenting.name })}</p>
      ) : (
        <div className={`presentation-body${viewer.kind === 'room' ? ' for-room' : ''}`}>
          {viewer.kind !== 'room' && (
          <ol className="presentation-items" aria-label={t('presentation.items', { group: presenting.name })}>
            {items.map((s, i) => {
              const reactions = bundle.reactions.filter((r) => r.stickyId === s.id);
              const missing = awaiting.some((a) => a.sticky.id === s.id);
              const line = (
                <>
                  <span className="item-number">{i + 1}</span>
                  <UserText className="item-text">{s.text}</UserText>
                  <span className="item-reactions">
                    {reactions.map((r) => (
                      <span key={r.id} className={`badge verdict-${r.verdict}`}>
                        {t(VERDICT_KEYS[r.verdict])}
                      </span>
                    ))}
                    {missing && <span className="badge awaiting">{t('presentation.noReaction')}</span>}
                  </span>
                </>
              );
              return (
                <li key={s.id} className={`${s.id === spotlight?.id ? 'current' : ''}${missing ? ' awaiting' : ''}`} aria-current={s.id === spotlight?.id ? 'true' : undefined}>
                  {facilitator ? (
                    <button type="button" className="item-line" onClick={() => void perform(spotlightAction, { workshopId: workshop.id, stickyId: s.id })}>
                      {line}
                    </button>
                  ) : (
                    <div className="item-line">{line}</div>
                  )}
                </li>
              );
            })}
          </ol>
          )}
          <section className="spotlight" aria-label={t('presentation.spotlight')}>
            <p className="spotlight-progress">
              {spotlight ? t('presentation.itemOf', { number: at + 1, count: items.length }) : t('presentation.pickItem')}
              {' · '}
              {t('presentation.awaiting', { count: awaiting.length })}
            </p>
            {spotlight && (
              <>
                <p className="spotlight-lane">
                  <GroupMark mark={presenting.mark} colour={presenting.colour} />{' '}
                  <UserText>{laneOf(spotlight) ? laneTitle(laneOf(spotlight)!, groupMap, t).title : ''}</UserText>
                </p>
                <UserText as="p" className="spotlight-text">
                  {spotlight.text}
                </UserText>
                {spotlight.kind === 'requirement' && (spotlight.requirementType || spotlight.lens) && (
                  <p className="sticky-tags">
                    {spotlight.requirementType && <span className={`tag type-${spotlight.requirementType}`}>{t(TYPE_KEYS[spotlight.requirementType])}</span>}
                    {spotlight.lens && <span className="tag">{t(LENS_KEYS[spotlight.lens])}</span>}
                  </p>
                )}
                <p className="field-hint">{t('presentation.clarifyingOnly')}</p>
                {facilitator && <QuestionsNote key={spotlight.id} bundle={bundle} sticky={spotlight} />}
                {listeners.map((g) => (
                  <ReactionForm
                    key={`${spotlight.id}/${g.id}`}
                    workshopId={workshop.id}
                    sticky={spotlight}
                    group={g}
                    reaction={bundle.reactions.find((r) => r.stickyId === spotlight.id && r.groupId === g.id)}
                  />
                ))}
              </>
            )}
            {facilitator && (
              <div className="button-row">
                <button type="button" disabled={at <= 0} onClick={() => void perform(previousItemAction, { workshopId: workshop.id })}>
                  {t('presentation.previous')}
                </button>
                <button type="button" className="primary" disabled={at === items.length - 1} onClick={() => void perform(nextItemAction, { workshopId: workshop.id })}>
                  {t('presentation.next')}
                </button>
                <button
                  type="button"
                  disabled={awaiting.length === 0}
                  onClick={() => {
                    const after = awaiting.find((a) => items.indexOf(a.sticky) > at) ?? awaiting[0];
                    if (after) void perform(spotlightAction, { workshopId: workshop.id, stickyId: after.sticky.id });
                  }}
                >
                  {t('presentation.nextAwaiting')}
                </button>
              </div>
            )}
          </section>
        </div>
      )}
    </div>
  );
}
