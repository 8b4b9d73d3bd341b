import { useEffect, useRef, useState, type FormEvent } from 'react';
import { CONFIDENTIALITY, validateDetails, type Confidentiality, type FieldErrors, type WorkshopId } from '../../../shared/model';
import { LANGUAGES, isLanguage } from '../../../shared/i18n';
import { useSavedTemplates, useWorkshopBundle } from '../../db';
import { CATS_AND_DOGS } from '../../../shared/templates';
import { createWorkshopAction, editDetailsAction, perform } from '../../actions';
import { hrefFor, navigate } from '../../app/route';
import { currentLanguage, useT } from '../../i18n';
import { Field, fieldAria } from '../../ui/Field';
import { LANGUAGE_KEYS } from '../library';
import { CONFIDENTIALITY_KEYS } from '../exporting/labels';
import { draftFromBundle, fieldId, newDraft, nextGroup, toInput, type Draft } from './draft';
import { GroupEditor } from './GroupEditor';
import { useChangedSince } from '../../ui/changed-since';

const MIN_GROUPS = 2;
const MAX_GROUPS = 4;

function DetailsForm({ initial, id }: { initial: Draft; id?: WorkshopId }) {
  const { t, tm } = useT();
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const changes = useChangedSince();
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const error = (path: string) => (errors[path] ? tm(errors[path]) : undefined);

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
    const changedSince = changes.mark();
    const saved = id
      ? await perform(editDetailsAction, { id, details: result.value })
      : await perform(createWorkshopAction, { details: result.value, templateId: draft.templateId });
    setSaving(false);
    // Edited details changed while they were saved stay on the form, to be saved in turn (a new
    // workshop is made once: its form does not stay).
    if (saved && !(id && changedSince())) navigate(id ? { name: 'workshop', id } : { name: 'library' });
  };

  const text = (key: 'title' | 'location' | 'chair' | 'facilitator', label: string, hint?: string) => (
    <Field id={fieldId(key)} label={label} error={error(key)} hint={hint}>
      <input {...fieldAria(fieldId(key), error(key))} dir="auto" value={draft[key]} onChange={(e) => set({ [key]: e.target.value })} />
    </Field>
  );

  return (
    <form ref={formRef} className="details-form" noValidate onSubmit={(e) => void submit(e)} onInput={changes.onInput} aria-label={t('details.editTitle')}>
      <section className="form-section">
        {!id && <TemplatePicker draft={draft} onPick={(next) => setDraft(next)} />}
        {text('title', t('details.title'))}
        <div className="two-columns">
          <Field id={fieldId('date')} label={t('details.date')} error={error('date')}>
            <input {...fieldAria(fieldId('date'), error('date'))} type="date" value={draft.date} onChange={(e) => set({ date: e.target.value })} />
          </Field>
          <Field id={fieldId('language')} label={t('details.language')} error={error('language')}>
            <select {...fieldAria(fieldId('language'), error('language'))} value={draft.language} onChange={(e) => set({ language: e.target.value })}>
              {LANGUAGES.map((l) => (
                <option key={l.code} value={l.code}>
                  {t(LANGUAGE_KEYS[l.code])}
                </option>
              ))}
            </select>
          </Field>
        </div>
        {text('location', t('details.location'))}
        <Field id={fieldId('confidentiality')} label={t('details.confidentiality')} hint={t('details.confidentialityHint')} error={error('confidentiality')}>
          <select
            {...fieldAria(fieldId('confidentiality'), error('confidentiality'))}
            value={draft.confidentiality}
            onChange={(e) => set({ confidentiality: e.target.value as Confidentiality })}
          >
            {CONFIDENTIALITY.map((c) => (
              <option key={c} value={c}>
                {t(CONFIDENTIALITY_KEYS[c])}
              </option>
            ))}
          </select>
        </Field>
        <Field id={fieldId('goal')} label={t('details.goal')} error={error('goal')}>
          <textarea {...fieldAria(fieldId('goal'), error('goal'))} dir="auto" rows={3} value={draft.goal} onChange={(e) => set({ goal: e.target.value })} />
        </Field>
        <div className="two-columns">
          {text('chair', t('details.chair'), t('details.chairHint'))}
          {text('facilitator', t('details.facilitator'))}
        </div>
      </section>
      <section className="form-section" aria-labelledby="groups-title">
        <h3 id="groups-title">{t('details.groups')}</h3>
        <p className="field-hint">{t('details.groupsHint')}</p>
        {errors.groups && (
          <p className="field-error" role="alert" tabIndex={-1} data-error-for="groups" id="details-groups-error">
            {tm(errors.groups)}
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
          {t('details.addGroup')}
        </button>
      </section>
      <div className="form-buttons">
        <a className="button" href={id ? hrefFor({ name: 'workshop', id }) : hrefFor({ name: 'library' })}>
          {t('details.cancel')}
        </a>
        <button type="submit" className="primary big" disabled={saving}>
          {id ? t('details.save') : t('details.create')}
        </button>
      </div>
    </form>
  );
}

/** Creating a workshop from the Cats & Dogs template, or editing an existing one's details. */
export function DetailsScreen({ id }: { id?: WorkshopId }) {
  const { t } = useT();
  const language = currentLanguage();
  return (
    <div className="screen details">
      <header className="app-header">
        <a className="back" href={id ? hrefFor({ name: 'workshop', id }) : hrefFor({ name: 'library' })}>
          {id ? t('details.backToWorkshop') : t('details.backToLibrary')}
        </a>
        <h1>{id ? t('details.editTitle') : t('details.newTitle')}</h1>
        {!id && <p className="tagline">{t('details.newIntro')}</p>}
      </header>
      <main>{id ? <EditDetails id={id} /> : <DetailsForm initial={newDraft(t, isLanguage(language) ? language : 'en')} />}</main>
    </div>
  );
}

/** Which template a new workshop starts from; picking one fills the form with its groups and goal. */
function TemplatePicker({ draft, onPick }: { draft: Draft; onPick: (draft: Draft) => void }) {
  const { t } = useT();
  const saved = useSavedTemplates() ?? [];
  const language = currentLanguage();
  const lang = isLanguage(language) ? language : 'en';
  return (
    <Field id={fieldId('template')} label={t('details.template')}>
      <select
        id={fieldId('template')}
        value={draft.templateId}
        onChange={(e) => {
          const picked = saved.find((s) => s.id === e.target.value);
          onPick({ ...newDraft(t, lang, picked), title: draft.title, date: draft.date, location: draft.location, chair: draft.chair, facilitator: draft.facilitator });
        }}
      >
        <option value={CATS_AND_DOGS.id}>{t(CATS_AND_DOGS.nameKey)}</option>
        {saved.map((s) => (
          <option key={s.id} value={s.id} dir="auto">
            {s.name}
          </option>
        ))}
      </select>
    </Field>
  );
}

function EditDetails({ id }: { id: WorkshopId }) {
  const { t } = useT();
  const bundle = useWorkshopBundle(id);
  if (bundle === null) return <p className="empty">{t('details.gone')}</p>;
  if (!bundle) return <p className="loading">{t('app.loading')}</p>;
  // The form takes the stored details once, on mount: later live updates never overwrite what is being typed.
  return <DetailsForm initial={draftFromBundle(bundle)} id={id} />;
}
