import { useEffect, useId, useRef, useState } from 'react';
import { CONFIDENTIALITY, type Confidentiality, type WorkshopBundle } from '../../../shared/model';
import { message } from '../../../shared/i18n';
import { desktop } from '../../platform';
import { useUi } from '../../state';
import { useT } from '../../i18n';
import { EXPORT_CHOICES, buildExport, usesConfidentiality, usesNotes, type ExportChoice } from './exports';
import { CONFIDENTIALITY_KEYS } from './labels';
import { DialogBackdrop } from '../../ui/DialogBackdrop';

const CHOICE_LABELS: Record<ExportChoice, { label: string; hint: string }> = {
  'minutes-pdf': { label: 'exporting.choices.minutesPdf', hint: 'exporting.hints.minutesPdf' },
  'minutes-html': { label: 'exporting.choices.minutesHtml', hint: 'exporting.hints.minutesHtml' },
  'minutes-markdown': { label: 'exporting.choices.minutesMarkdown', hint: 'exporting.hints.minutesMarkdown' },
  'poster-pdf': { label: 'exporting.choices.posterPdf', hint: 'exporting.hints.posterPdf' },
  'stickies-csv': { label: 'exporting.choices.stickiesCsv', hint: 'exporting.hints.stickiesCsv' },
  'actions-csv': { label: 'exporting.choices.actionsCsv', hint: 'exporting.hints.actionsCsv' },
  calendar: { label: 'exporting.choices.calendar', hint: 'exporting.hints.calendar' },
  'workshop-file': { label: 'exporting.choices.workshopFile', hint: 'exporting.hints.workshopFile' },
};

/**
 * Everything that leaves the room, from any phase: the minutes (with the room's confidentiality
 * choice preselected), the poster, the spreadsheets, the calendar and the complete workshop file.
 */
export function ExportDialog({ bundle, onClose }: { bundle: WorkshopBundle; onClose: () => void }) {
  const { t } = useT();
  const id = useId();
  const [choice, setChoice] = useState<ExportChoice>('minutes-pdf');
  const [confidentiality, setConfidentiality] = useState<Confidentiality>(bundle.workshop.settings.confidentiality);
  const [includeNotes, setIncludeNotes] = useState(false);
  const [busy, setBusy] = useState(false);
  const firstRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    firstRef.current?.focus();
    return () => previous?.focus?.();
  }, []);

  const run = async () => {
    setBusy(true);
    const notify = useUi.getState().notify;
    try {
      const info = await desktop.getAppInfo();
      const request = await buildExport(choice, bundle, {
        confidentiality,
        includeNotes,
        now: new Date(),
        appVersion: info.version,
        pdfFonts: info.shell === 'browser' ? 'linked' : 'embedded',
      });
      const result = await desktop.exportFile(request);
      if (result.status === 'saved') {
        onClose();
        const done = request.format === 'pdf' && result.path === null ? message('exporting.printing') : result.path ? message('exporting.savedTo', { path: result.path }) : message('exporting.downloaded', { name: request.suggestedName });
        notify({ tone: 'info', message: done });
      } else if (result.status === 'failed') {
        notify({ tone: 'error', message: message('exporting.failed', { reason: result.reason }) });
      }
    } catch (error) {
      notify({ tone: 'error', message: message('exporting.failed', { reason: error instanceof Error ? error.message : String(error) }) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <DialogBackdrop onKeyDown={(e) => e.key === 'Escape' && !busy && onClose()}>
      <form
        className="dialog export-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        onSubmit={(e) => {
          e.preventDefault();
          if (!busy) void run();
        }}
      >
        <h2 id={`${id}-title`}>{t('exporting.title')}</h2>
        <p className="field-hint">{t('exporting.intro')}</p>
        <fieldset className="export-choices">
          <legend>{t('exporting.what')}</legend>
          {EXPORT_CHOICES.map((c, index) => (
            <label key={c} className={`export-choice${choice === c ? ' chosen' : ''}`}>
              <input ref={index === 0 ? firstRef : undefined} type="radio" name={`${id}-choice`} value={c} checked={choice === c} onChange={() => setChoice(c)} />
              <span>
                <strong>{t(CHOICE_LABELS[c].label)}</strong>
                <span className="field-hint">{t(CHOICE_LABELS[c].hint)}</span>
              </span>
            </label>
          ))}
        </fieldset>
        {usesConfidentiality(choice) && (
          <label className="field">
            <span className="field-label">{t('exporting.confidentialityLabel')}</span>
            <select value={confidentiality} onChange={(e) => setConfidentiality(e.target.value as Confidentiality)}>
              {CONFIDENTIALITY.map((c) => (
                <option key={c} value={c}>
                  {t(CONFIDENTIALITY_KEYS[c])}
                  {c === bundle.workshop.settings.confidentiality ? ` ${t('exporting.roomChoice')}` : ''}
                </option>
              ))}
            </select>
          </label>
        )}
        {usesNotes(choice) && (
          <label className="checkbox">
            <input type="checkbox" checked={includeNotes} onChange={(e) => setIncludeNotes(e.target.checked)} />
            {t('exporting.includeNotes')}
          </label>
        )}
        {choice === 'workshop-file' && (
          <p className="export-warning" role="note">
            {t('exporting.workshopFileHoldsEverything')}
          </p>
        )}
        <div className="dialog-buttons">
          <button type="button" onClick={onClose} disabled={busy}>
            {t('exporting.cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy} aria-busy={busy}>
            {busy ? t('exporting.working') : t('exporting.export')}
          </button>
        </div>
      </form>
    </DialogBackdrop>
  );
}
