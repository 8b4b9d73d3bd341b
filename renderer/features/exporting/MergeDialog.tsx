import { useEffect, useId, useRef, useState } from 'react';
import { deriveLanes, laneKeyOf, type WorkshopBundle } from '../../../shared/model';
import { mergeableGroups, mergeSize, parseWorkshopFileText, readFailureText, type MergePlan } from '../../../shared/schema';
import { mergeGroupAction, perform, reportFailure } from '../../actions';
import { planMergeInto } from '../../db';
import { useT, translateMessage } from '../../i18n';
import { useUi } from '../../state';
import { UserText } from '../../ui/UserText';
import { laneTitle } from '../board/laneTitle';
import { DialogBackdrop } from '../../ui/DialogBackdrop';

const tm = translateMessage;

interface Source {
  fileName: string;
  bundle: WorkshopBundle;
}

/**
 * A group that wrote on another laptop: its stickies and culture markers come into this
 * workshop, matched by group name, after a preview of exactly what will be added; stickies
 * already on this board (same text, same lane) are shown and left out.
 */
export function MergeDialog({ bundle, onClose }: { bundle: WorkshopBundle; onClose: () => void }) {
  const { t } = useT();
  const id = useId();
  const [source, setSource] = useState<Source | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [groupName, setGroupName] = useState('');
  const [plan, setPlan] = useState<MergePlan | null>(null);
  const [busy, setBusy] = useState(false);
  const fileRef = useRef<HTMLInputElement>(null);
  useEffect(() => fileRef.current?.focus(), []);
  // Each file read and each preview is numbered: one that answers after a later one was asked
  // (a second file, another group picked) is dropped, so the plan shown is the one chosen.
  const asked = useRef(0);

  const groups = source ? mergeableGroups(bundle, source.bundle) : [];
  const lanes = new Map(deriveLanes(bundle.groups, bundle.workshop.settings).map((l) => [l.key, l]));
  const groupById = new Map(bundle.groups.map((g) => [g.id as string, g]));
  const laneName = (key: string) => {
    const lane = lanes.get(key);
    return lane ? laneTitle(lane, groupById, t).title : key;
  };

  const readFile = async (file: File | undefined) => {
    const ticket = ++asked.current;
    setSource(null);
    setPlan(null);
    setProblem(null);
    if (!file) return;
    const text = await file.text().catch(() => null);
    if (ticket !== asked.current) return;
    if (text === null) return setProblem(t('exporting.unreadable'));
    const read = parseWorkshopFileText(text);
    if (!read.ok) return setProblem(readFailureText(read, tm));
    setSource({ fileName: file.name, bundle: read.bundle });
    setGroupName('');
  };

  const preview = async (name: string) => {
    const ticket = ++asked.current;
    setGroupName(name);
    setPlan(null);
    if (!source || !name) return;
    try {
      const planned = await planMergeInto(bundle.workshop.id, source.bundle, name);
      if (ticket === asked.current) setPlan(planned);
    } catch (error) {
      if (ticket === asked.current) reportFailure(error);
    }
  };

  const merge = async () => {
    if (!plan) return;
    setBusy(true);
    const ok = (await perform(mergeGroupAction, { targetId: bundle.workshop.id, plan })) !== undefined;
    setBusy(false);
    if (!ok) return;
    useUi.getState().notify({ tone: 'info', message: { key: 'exporting.merged', values: { name: plan.groupName, count: plan.add.stickies.length } } });
    onClose();
  };

  const size = plan ? mergeSize(plan) : 0;
  return (
    <DialogBackdrop onKeyDown={(e) => e.key === 'Escape' && !busy && onClose()}>
      <div className="dialog wide" role="dialog" aria-modal="true" aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`}>{t('exporting.mergeTitle')}</h2>
        <p className="field-hint">{t('exporting.mergeIntro')}</p>
        <label className="field">
          <span className="field-label">{t('exporting.mergeFile')}</span>
          <input ref={fileRef} type="file" accept=".outmodel,.json,application/json" onChange={(e) => void readFile(e.currentTarget.files?.[0])} />
        </label>
        {problem && (
          <p className="field-error" role="alert">
            {problem}
          </p>
        )}
        {source && (
          <label className="field">
            <span className="field-label">{t('exporting.mergeGroup')}</span>
            <select value={groupName} onChange={(e) => void preview(e.target.value)}>
              <option value="">{t('exporting.mergeChooseGroup')}</option>
              {groups.map((g) => (
                <option key={g.name} value={g.name} disabled={!g.matched}>
                  {g.matched ? t('exporting.mergeGroupOption', { name: g.name, count: g.stickies }) : t('exporting.mergeGroupUnmatched', { name: g.name })}
                </option>
              ))}
            </select>
          </label>
        )}
        {plan && (
          <section className="merge-preview" aria-label={t('exporting.mergePreview')}>
            {plan.problem ? (
              <p className="field-error" role="alert">
                {tm(plan.problem)}
              </p>
            ) : (
              <>
                <p role="status">{t('exporting.mergeWillAdd', { count: plan.add.stickies.length, markers: plan.add.placements.length })}</p>
                {plan.add.stickies.length > 0 && (
                  <ul aria-label={t('exporting.mergeAdded')}>
                    {plan.add.stickies.map((s) => (
                      <li key={s.id}>
                        <UserText>{s.text}</UserText> <span className="field-hint">({laneName(laneKeyOf(s))})</span>
                      </li>
                    ))}
                  </ul>
                )}
                {plan.duplicates.length > 0 && (
                  <>
                    <p>{t('exporting.mergeDuplicates', { count: plan.duplicates.length })}</p>
                    <ul aria-label={t('exporting.mergeDuplicatesList')}>
                      {plan.duplicates.map((s) => (
                        <li key={s.id}>
                          <UserText>{s.text}</UserText>
                        </li>
                      ))}
                    </ul>
                  </>
                )}
                {plan.unmatchedLanes.length > 0 && (
                  <p className="export-warning">{t('exporting.mergeUnmatched', { count: plan.unmatchedLanes.reduce((n, l) => n + l.stickies.length, 0) })}</p>
                )}
              </>
            )}
          </section>
        )}
        <div className="dialog-buttons">
          <button type="button" onClick={onClose} disabled={busy}>
            {t('exporting.cancel')}
          </button>
          <button type="button" className="primary" disabled={busy || !plan || !!plan.problem || size === 0} onClick={() => void merge()}>
            {t('exporting.mergeConfirm')}
          </button>
        </div>
      </div>
    </DialogBackdrop>
  );
}
