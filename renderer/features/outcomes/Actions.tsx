import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { startsWithVerb, type ActionInput } from '../../../shared/facilitation';
import { isIsoDate } from '../../../shared/lib/time';
import { ACTION_STATUSES, laneKeyOf, type ActionItem } from '../../../shared/model';
import { perform, removeActionItemAction, saveActionItemAction, setActionStatusAction } from '../../actions';
import { useT } from '../../i18n';
import { WorkshopDate } from '../../ui/dates';
import { Field, fieldAria } from '../../ui/Field';
import { GroupMark } from '../../ui/GroupMark';
import { UserText } from '../../ui/UserText';
import { laneTitle } from '../board';
import { STATUS_KEYS, clearedOf, ownerFromKey, ownerKey, ownerParts, performOk, removeWithUndo, shorten, sourceFromKey, sourceKey, type OutcomesData } from './model';
import { FormButtons } from './FormButtons';
import { useChangedSince } from '../../ui/changed-since';

/** Where a new action starts: blank, or from an agreement ("Make an action from this"). */
export interface ActionStart {
  /** Changes each time, so the form starts afresh. */
  nonce: number;
  text: string;
  source: ActionItem['source'];
}

type Problems = Partial<Record<'text' | 'owner' | 'due' | 'done', string>>;

const byCreated = (a: ActionItem, b: ActionItem) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1);

/** An action item, new or edited: what, one owner, when, its status, when it is done, where it came from. */
function ActionForm({ data, action, start, onDone }: { data: OutcomesData; action: ActionItem | null; start: ActionStart | null; onDone: (() => void) | null }) {
  const { t } = useT();
  const id = useId();
  const textRef = useRef<HTMLTextAreaElement>(null);
  const blank: ActionInput = { text: '', owner: null, dueDate: '', status: 'open', definitionOfDone: '', source: null };
  const [input, setInput] = useState<ActionInput>(() =>
    action
      ? { text: action.text, owner: action.owner, dueDate: action.dueDate ?? '', status: action.status, definitionOfDone: action.definitionOfDone, source: action.source }
      : start
        ? { ...blank, text: start.text, source: start.source }
        : blank,
  );
  const [problems, setProblems] = useState<Problems>({});
  const set = (patch: Partial<ActionInput>) => setInput((now) => ({ ...now, ...patch }));
  const changes = useChangedSince();
  const { workshop } = data.bundle;

  // Started from an agreement: the form is where the facilitator goes next.
  useEffect(() => {
    if (!start || !textRef.current) return;
    textRef.current.scrollIntoView({ block: 'center' });
    textRef.current.focus();
  }, [start]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found: Problems = {};
    if (!input.text.trim()) found.text = t('outcomes.actionNeedsText');
    else if (!startsWithVerb(input.text, workshop.language)) found.text = t('outcomes.actionNeedsVerb');
    if (!input.owner) found.owner = t('outcomes.actionNeedsOwner');
    if (!isIsoDate(input.dueDate)) found.due = t('outcomes.actionNeedsDue');
    if (!input.definitionOfDone.trim()) found.done = t('outcomes.actionNeedsDone');
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    const submitted = input;
    const changedSince = changes.mark();
    if (!(await performOk(saveActionItemAction, { workshopId: workshop.id, id: action?.id ?? null, input: submitted, language: workshop.language }))) return;
    // An edit closes once saved, unless it was changed meanwhile (that change is still to save).
    if (onDone) {
      if (!changedSince()) onDone();
    }
    else setInput((now) => clearedOf(now, submitted, blank));
  };

  const agreementNumber = new Map(data.agreements.map((a, i) => [a.id as string, i + 1]));
  const stickyLanes = data.lanes
    .map((lane) => ({ lane, stickies: data.ordered.filter((s) => laneKeyOf(s) === lane.key) }))
    .filter((l) => l.stickies.length > 0);
  const linked = input.source;
  // A link to something this view cannot show (a private sticky) stays as it is.
  const linkShown = !linked || (linked.kind === 'agreement' ? agreementNumber.has(linked.id) : data.stickyById.has(linked.id));

  const titleId = `${id}-title`;
  const textId = `${id}-text`;
  return (
    <section className={`outcomes-form action-form${start ? ' from-agreement' : ''}`} aria-labelledby={titleId}>
      <h4 id={titleId}>{action ? t('outcomes.editAction') : t('outcomes.newAction')}</h4>
      <form onSubmit={(e) => void submit(e)} onInput={changes.onInput} noValidate>
        <Field id={textId} label={t('outcomes.actionText')} error={problems.text} hint={t('outcomes.actionTextHint')}>
          <textarea
            ref={textRef}
            {...fieldAria(textId, problems.text)}
            aria-describedby={problems.text ? `${textId}-error` : `${textId}-hint`}
            dir="auto"
            rows={2}
            value={input.text}
            onChange={(e) => set({ text: e.target.value })}
          />
        </Field>
        <div className="two-columns">
          <Field id={`${id}-owner`} label={t('outcomes.owner')} error={problems.owner}>
            <select {...fieldAria(`${id}-owner`, problems.owner)} value={ownerKey(input.owner)} onChange={(e) => set({ owner: ownerFromKey(e.target.value) })}>
              <option value="">{t('outcomes.chooseOwner')}</option>
              {data.groups.map((g) => (
                <optgroup key={g.id} label={g.name} dir="auto">
                  <option value={ownerKey({ kind: 'group', id: g.id })} dir="auto">
                    {t('outcomes.wholeGroup', { group: g.name })}
                  </option>
                  {data.participants
                    .filter((p) => p.groupId === g.id)
                    .map((p) => (
                      <option key={p.id} value={ownerKey({ kind: 'participant', id: p.id })} dir="auto">
                        {p.role ? `${p.name}, ${p.role}` : p.name}
                      </option>
                    ))}
                </optgroup>
              ))}
            </select>
          </Field>
          <Field id={`${id}-due`} label={t('outcomes.dueDate')} error={problems.due}>
            <input type="date" {...fieldAria(`${id}-due`, problems.due)} value={input.dueDate} onChange={(e) => set({ dueDate: e.target.value })} />
          </Field>
          <Field id={`${id}-status`} label={t('outcomes.status')}>
            <select id={`${id}-status`} value={input.status} onChange={(e) => set({ status: e.target.value as ActionItem['status'] })}>
              {ACTION_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(STATUS_KEYS[s])}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <Field id={`${id}-done`} label={t('outcomes.definitionOfDone')} error={problems.done} hint={t('outcomes.definitionHint')}>
          <textarea {...fieldAria(`${id}-done`, problems.done)} dir="auto" rows={2} value={input.definitionOfDone} onChange={(e) => set({ definitionOfDone: e.target.value })} />
        </Field>
        {linkShown ? (
          <Field id={`${id}-source`} label={t('outcomes.source')} hint={t('outcomes.sourceHint')}>
            <select id={`${id}-source`} value={sourceKey(linked)} onChange={(e) => set({ source: sourceFromKey(e.target.value) })}>
              <option value="">{t('outcomes.sourceNone')}</option>
              {data.agreements.length > 0 && (
                <optgroup label={t('outcomes.sourceAgreements')}>
                  {data.agreements.map((a, i) => (
                    <option key={a.id} value={sourceKey({ kind: 'agreement', id: a.id })} dir="auto">
                      {t('outcomes.sourceAgreement', { number: i + 1, text: shorten(a.text) })}
                    </option>
                  ))}
                </optgroup>
              )}
              {stickyLanes.map(({ lane, stickies }) => (
                <optgroup key={lane.key} label={laneTitle(lane, data.groupById, t).title}>
                  {stickies.map((s) => (
                    <option key={s.id} value={sourceKey({ kind: 'sticky', id: s.id })} dir="auto">
                      {shorten(s.text)}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </Field>
        ) : (
          <p className="field-hint">{t('outcomes.fromHidden')}</p>
        )}
        <FormButtons submitLabel={action ? t('outcomes.saveChanges') : t('outcomes.addAction')} onCancel={onDone} />
      </form>
    </section>
  );
}

/** Where an action item came from, as a link the reader can follow back. */
function SourceNote({ source, data }: { source: NonNullable<ActionItem['source']>; data: OutcomesData }) {
  const { t } = useT();
  if (source.kind === 'agreement') {
    const agreement = data.agreements.find((a) => a.id === source.id);
    if (!agreement) return null;
    return (
      <p className="outcomes-source">
        <span className="outcomes-label">{t('outcomes.fromAgreement')}</span> <UserText>{shorten(agreement.text, 160)}</UserText>
      </p>
    );
  }
  const sticky = data.stickyById.get(source.id);
  if (!sticky) return <p className="outcomes-source">{t('outcomes.fromHidden')}</p>;
  return (
    <p className="outcomes-source">
      <span className="outcomes-label">{t('outcomes.fromSticky')}</span> <UserText>{shorten(sticky.text, 160)}</UserText>
    </p>
  );
}

function ActionRow({ action, data, onEdit }: { action: ActionItem; data: OutcomesData; onEdit: () => void }) {
  const { t } = useT();
  const { name, group } = ownerParts(action.owner, data);
  const workshopId = data.bundle.workshop.id;
  return (
    <li className={`action-item status-${action.status}`}>
      <div className="outcomes-item-head">
        <UserText as="p" className="outcomes-item-text">
          {action.text}
        </UserText>
        {data.facilitator ? (
          <select
            className="action-status"
            aria-label={t('outcomes.statusOf', { action: shorten(action.text, 60) })}
            value={action.status}
            onChange={(e) => void perform(setActionStatusAction, { workshopId, id: action.id, status: e.target.value as ActionItem['status'] })}
          >
            {ACTION_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(STATUS_KEYS[s])}
              </option>
            ))}
          </select>
        ) : (
          <span className={`badge action-status-${action.status}`}>{t(STATUS_KEYS[action.status])}</span>
        )}
      </div>
      <dl className="action-facts">
        <div>
          <dt>{t('outcomes.ownerShown')}</dt>
          <dd>
            {group && <GroupMark mark={group.mark} colour={group.colour} />}{' '}
            {action.owner.kind === 'group' ? t('outcomes.wholeGroup', { group: name }) : <UserText>{name}</UserText>}
          </dd>
        </div>
        {action.dueDate && (
          <div>
            <dt>{t('outcomes.dueShown')}</dt>
            <dd>
              <WorkshopDate date={action.dueDate} />
            </dd>
          </div>
        )}
        <div>
          <dt>{t('outcomes.doneWhen')}</dt>
          <dd>
            <UserText>{action.definitionOfDone}</UserText>
          </dd>
        </div>
      </dl>
      {action.source && <SourceNote source={action.source} data={data} />}
      {data.facilitator && (
        <div className="button-row">
          <button type="button" onClick={onEdit}>
            {t('outcomes.edit')}
          </button>
          <button type="button" className="danger" onClick={() => void removeWithUndo(removeActionItemAction, { workshopId, id: action.id }, 'action')}>
            {t('outcomes.remove')}
          </button>
        </div>
      )}
    </li>
  );
}

/** Action items: one owner, a due date, a definition of done, and the link to where each came from. */
export function Actions({ data, start }: { data: OutcomesData; start: ActionStart | null }) {
  const { t } = useT();
  const [editing, setEditing] = useState<string | null>(null);
  const actions = [...data.bundle.actions].sort(byCreated);
  return (
    <section className="outcomes-section" aria-labelledby="outcomes-actions">
      <h3 id="outcomes-actions">{t('outcomes.actionsTitle')}</h3>
      <p className="field-hint">{t('outcomes.actionsIntro')}</p>
      {actions.length === 0 ? (
        <p className="empty">{t('outcomes.noActions')}</p>
      ) : (
        <ol className="outcomes-list actions" aria-label={t('outcomes.actionsTitle')}>
          {actions.map((a) =>
            editing === a.id ? (
              <li key={a.id} className="action-item editing">
                <ActionForm data={data} action={a} start={null} onDone={() => setEditing((now) => (now === a.id ? null : now))} />
              </li>
            ) : (
              <ActionRow key={a.id} action={a} data={data} onEdit={() => setEditing(a.id)} />
            ),
          )}
        </ol>
      )}
      {data.facilitator && <ActionForm key={start?.nonce ?? 0} data={data} action={null} start={start} onDone={null} />}
    </section>
  );
}
