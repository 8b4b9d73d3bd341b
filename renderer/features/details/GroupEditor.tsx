import { GROUP_MARKS, type FieldErrors, type GroupMark as Mark } from '../../../shared/model';
import { GROUP_PALETTE } from '../../../shared/templates';
import { GroupMark } from '../../ui/GroupMark';
import { Field, fieldAria } from '../../ui/Field';
import { draftKey, fieldId, type DraftGroup } from './draft';

const MARK_NAMES: Record<Mark, string> = {
  circle: 'Circle',
  square: 'Square',
  triangle: 'Triangle',
  diamond: 'Diamond',
  star: 'Star',
  hexagon: 'Hexagon',
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
  const path = `groups.${index}`;
  const nameId = fieldId(`${path}.name`);
  const set = (patch: Partial<DraftGroup>) => onChange({ ...group, ...patch });
  const number = index + 1;
  return (
    <fieldset className="group-editor" style={{ borderInlineStartColor: group.colour }}>
      <legend>
        <GroupMark mark={group.mark} colour={group.colour} size={20} /> Group {number}
      </legend>
      <div className="group-editor-row">
        <Field id={nameId} label="Name" error={errors[`${path}.name`]}>
          <input {...fieldAria(nameId, errors[`${path}.name`])} dir="auto" value={group.name} onChange={(e) => set({ name: e.target.value })} />
        </Field>
        <Field id={fieldId(`${path}.colour`)} label="Colour">
          <select id={fieldId(`${path}.colour`)} value={group.colour} onChange={(e) => set({ colour: e.target.value })}>
            {GROUP_PALETTE.map((p) => (
              <option key={p.colour} value={p.colour}>
                {p.name}
              </option>
            ))}
          </select>
        </Field>
        <Field id={fieldId(`${path}.mark`)} label="Mark">
          <select id={fieldId(`${path}.mark`)} value={group.mark} onChange={(e) => set({ mark: e.target.value as Mark })}>
            {GROUP_MARKS.map((m) => (
              <option key={m} value={m}>
                {MARK_NAMES[m]}
              </option>
            ))}
          </select>
        </Field>
        <button
          type="button"
          className="danger subtle"
          disabled={!canRemove || group.inUse}
          title={group.inUse ? 'This group has stickies or other work; it cannot be removed' : undefined}
          onClick={onRemove}
        >
          Remove group {number}
        </button>
      </div>
      <div className="participants">
        <h4>Participants {group.participants.length > 0 && `(${group.participants.length})`}</h4>
        {group.participants.map((p, j) => {
          const pPath = `${path}.participants.${j}`;
          const pNameId = fieldId(`${pPath}.name`);
          const pRoleId = fieldId(`${pPath}.role`);
          const update = (patch: Partial<typeof p>) => set({ participants: group.participants.map((x) => (x.key === p.key ? { ...x, ...patch } : x)) });
          return (
            <div className="participant-row" key={p.key}>
              <Field id={pNameId} label={`Participant ${j + 1} name`} error={errors[`${pPath}.name`]}>
                <input {...fieldAria(pNameId, errors[`${pPath}.name`])} dir="auto" value={p.name} onChange={(e) => update({ name: e.target.value })} />
              </Field>
              <Field id={pRoleId} label="Role" error={errors[`${pPath}.role`]}>
                <input {...fieldAria(pRoleId, errors[`${pPath}.role`])} dir="auto" value={p.role} onChange={(e) => update({ role: e.target.value })} />
              </Field>
              <button type="button" className="subtle" onClick={() => set({ participants: group.participants.filter((x) => x.key !== p.key) })}>
                Remove participant {j + 1}
              </button>
            </div>
          );
        })}
        <button type="button" className="subtle" onClick={() => set({ participants: [...group.participants, { key: draftKey(), name: '', role: '' }] })}>
          Add a participant to group {number}
        </button>
      </div>
    </fieldset>
  );
}
