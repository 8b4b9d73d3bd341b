import { type FieldErrors, type GroupMark as Mark } from '../../../shared/model';
import { GROUP_PALETTE } from '../../../shared/templates';
import { useT } from '../../i18n';
import { GroupMark } from '../../ui/GroupMark';
import { Field, fieldAria } from '../../ui/Field';
import { draftKey, fieldId, type DraftGroup } from './draft';

const MARK_KEYS: Record<Mark, string> = {
  circle: 'marks.circle',
  square: 'marks.square',
  triangle: 'marks.triangle',
  diamond: 'marks.diamond',
  star: 'marks.star',
  hexagon: 'marks.hexagon',
};

/** One group of the details form: name, colour, mark and participants. */
export function GroupEditor({
  group,
  index,
  errors,
  canRemove,
  onChange,
  onRemove,
}: {
  group: DraftGroup;
  index: number;
  errors: FieldErrors;
  canRemove: boolean;
  onChange: (group: DraftGroup) => void;
  onRemove: () => void;
}) {
  const { t, tm } = useT();
  const path = `groups.${index}`;
  const error = (p: string) => (errors[p] ? tm(errors[p]) : undefined);
  const nameId = fieldId(`${path}.name`);
  const set = (patch: Partial<DraftGroup>) => onChange({ ...group, ...patch });
  const number = index + 1;
  return (
    <fieldset className="group-editor" style={{ borderInlineStartColor: group.colour }}>
      <legend>
        <GroupMark mark={group.mark} colour={group.colour} size={20} /> {t('details.group', { number })}
      </legend>
      <div className="group-editor-row">
        <Field id={nameId} label={t('details.groupName')} error={error(`${path}.name`)}>
          <input {...fieldAria(nameId, error(`${path}.name`))} dir="auto" value={group.name} onChange={(e) => set({ name: e.target.value })} />
        </Field>
        <Field id={fieldId(`${path}.colour`)} label={t('details.colour')}>
          <select id={fieldId(`${path}.colour`)} value={group.colour} onChange={(e) => set({ colour: e.target.value })}>
            {GROUP_PALETTE.map((p) => (
              <option key={p.colour} value={p.colour}>
                {t(p.nameKey)}
              </option>
            ))}
          </select>
        </Field>
        <Field id={fieldId(`${path}.mark`)} label={t('details.mark')}>
          <select id={fieldId(`${path}.mark`)} value={group.mark} onChange={(e) => set({ mark: e.target.value as Mark })}>
            {Object.entries(MARK_KEYS).map(([mark, key]) => (
              <option key={mark} value={mark}>
                {t(key)}
              </option>
            ))}
          </select>
        </Field>
        <button
          type="button"
          className="danger subtle"
          disabled={!canRemove || group.inUse}
          title={group.inUse ? t('details.groupInUse') : undefined}
          onClick={onRemove}
        >
          {t('details.removeGroup', { number })}
        </button>
      </div>
      <div className="participants">
        <h4>{t('details.participants')}</h4>
        {group.participants.map((p, j) => {
          const pPath = `${path}.participants.${j}`;
          const pNameId = fieldId(`${pPath}.name`);
          const pRoleId = fieldId(`${pPath}.role`);
          const update = (patch: Partial<typeof p>) => set({ participants: group.participants.map((x) => (x.key === p.key ? { ...x, ...patch } : x)) });
          return (
            <div className="participant-row" key={p.key}>
              <Field id={pNameId} label={t('details.participantName', { number: j + 1 })} error={error(`${pPath}.name`)}>
                <input {...fieldAria(pNameId, error(`${pPath}.name`))} dir="auto" value={p.name} onChange={(e) => update({ name: e.target.value })} />
              </Field>
              <Field id={pRoleId} label={t('details.participantRole')} error={error(`${pPath}.role`)}>
                <input {...fieldAria(pRoleId, error(`${pPath}.role`))} dir="auto" value={p.role} onChange={(e) => update({ role: e.target.value })} />
              </Field>
              <button type="button" className="subtle" onClick={() => set({ participants: group.participants.filter((x) => x.key !== p.key) })}>
                {t('details.removeParticipant', { number: j + 1 })}
              </button>
            </div>
          );
        })}
        <button type="button" className="subtle" onClick={() => set({ participants: [...group.participants, { key: draftKey(), name: '', role: '' }] })}>
          {t('details.addParticipant', { number })}
        </button>
      </div>
    </fieldset>
  );
}
