import { useEffect, useRef, useState, type FormEvent } from 'react';
import { validateDetails, type FieldErrors, type WorkshopId } from '../../../shared/model';
import { useWorkshopBundle } from '../../db';
import { createWorkshopAction, editDetailsAction, perform } from '../../actions';
import { hrefFor, navigate } from '../../app/route';
import { Field, fieldAria } from '../../ui/Field';
import { draftFromBundle, fieldId, newDraft, nextGroup, toInput, type Draft } from './draft';
import { GroupEditor } from './GroupEditor';

const MIN_GROUPS = 2;
const MAX_GROUPS = 4;

function DetailsForm({ initial, id }: { initial: Draft; id?: WorkshopId }) {
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));

  useEffect(() => {
    // Take the facilitator to the first field that needs attention.
    const first = Object.keys(errors)[0];
    if (first) formRef.current?.querySelector<HTMLElement>(`#${CSS.escape(fieldId(first))}, [data-error-for="${first}"]`)?.focus();
  }, [errors]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (saving) return;
    const result = validateDetails(toInput(draft));
    if (!result.ok) return setErrors(result.errors);
    setErrors({});
    setSaving(true);
    const saved = id
      ? await perform(editDetailsAction, { id, details: result.value })
      : await perform(createWorkshopAction, { details: result.value, language: 'en' });
    setSaving(false);
    if (saved) navigate(id ? { name: 'workshop', id } : { name: 'library' });
  };

  const text = (key: 'title' | 'location' | 'chair' | 'facilitator', label: string, hint?: string) => (
    <Field id={fieldId(key)} label={label} error={errors[key]} hint={hint}>
      <input {...fieldAria(fieldId(key), errors[key])} dir="auto" value={draft[key]} onChange={(e) => set({ [key]: e.target.value })} />
    </Field>
  );

  return (
    <form ref={formRef} className="details-form" noValidate onSubmit={(e) => void submit(e)} aria-label="Workshop details">
      <section className="form-section">
        {text('title', 'Title')}
        <Field id={fieldId('date')} label="Date" error={errors.date}>
          <input {...fieldAria(fieldId('date'), errors.date)} type="date" value={draft.date} onChange={(e) => set({ date: e.target.value })} />
        </Field>
        {text('location', 'Location')}
        <Field id={fieldId('goal')} label="Goal of the day" error={errors.goal}>
          <textarea {...fieldAria(fieldId('goal'), errors.goal)} dir="auto" rows={3} value={draft.goal} onChange={(e) => set({ goal: e.target.value })} />
        </Field>
        <div className="two-columns">
          {text('chair', 'Chair', 'Who runs the plenary, e.g. the CEO')}
          {text('facilitator', 'Facilitator')}
        </div>
      </section>
      <section className="form-section" aria-labelledby="groups-title">
        <h3 id="groups-title">Groups</h3>
        <p className="field-hint">Two to four departments; each writes about each other.</p>
        {errors.groups && (
          <p className="field-error" role="alert" tabIndex={-1} data-error-for="groups" id="details-groups-error">
            {errors.groups}
          </p>
        )}
        {draft.groups.map((g, i) => (
          <GroupEditor
            key={g.key}
            group={g}
            index={i}
            errors={errors}
            canRemove={draft.groups.length > MIN_GROUPS}
            onChange={(next) => set({ groups: draft.groups.map((x) => (x.key === g.key ? next : x)) })}
            onRemove={() => set({ groups: draft.groups.filter((x) => x.key !== g.key) })}
          />
        ))}
        <button type="button" disabled={draft.groups.length >= MAX_GROUPS} onClick={() => set({ groups: [...draft.groups, nextGroup(draft.groups)] })}>
          Add a group
        </button>
      </section>
      <div className="form-buttons">
        <a className="button" href={id ? hrefFor({ name: 'workshop', id }) : hrefFor({ name: 'library' })}>
          Cancel
        </a>
        <button type="submit" className="primary big" disabled={saving}>
          {id ? 'Save details' : 'Create workshop'}
        </button>
      </div>
    </form>
  );
}

/** Creating a workshop from the Cats & Dogs template, or editing an existing one's details. */
export function DetailsScreen({ id }: { id?: WorkshopId }) {
  return (
    <div className="screen details">
      <header className="app-header">
        <a className="back" href={id ? hrefFor({ name: 'workshop', id }) : hrefFor({ name: 'library' })}>
          ← {id ? 'Back to the workshop' : 'Library'}
        </a>
        <h1>{id ? 'Workshop details' : 'New workshop'}</h1>
        {!id && <p className="tagline">From the Cats &amp; Dogs template: each group writes its Outmodel of the others and what it requires of them.</p>}
      </header>
      <main>{id ? <EditDetails id={id} /> : <DetailsForm initial={newDraft()} />}</main>
    </div>
  );
}

function EditDetails({ id }: { id: WorkshopId }) {
  const bundle = useWorkshopBundle(id);
  if (bundle === null) return <p className="empty">This workshop no longer exists.</p>;
  if (!bundle) return <p className="loading">Opening…</p>;
  // The form takes the stored details once, on mount: later live updates never overwrite what is being typed.
  return <DetailsForm initial={draftFromBundle(bundle)} id={id} />;
}
