import type { PhaseKind } from '../../../shared/model';
import { useT } from '../../i18n';

const GUIDE_KEYS: Record<PhaseKind, { purpose: string; say: string; timing: string; watch: string }> = {
  stage: { purpose: 'guide.stage.purpose', say: 'guide.stage.say', timing: 'guide.stage.timing', watch: 'guide.stage.watch' },
  'culture-map': { purpose: 'guide.cultureMap.purpose', say: 'guide.cultureMap.say', timing: 'guide.cultureMap.timing', watch: 'guide.cultureMap.watch' },
  outmodel: { purpose: 'guide.outmodel.purpose', say: 'guide.outmodel.say', timing: 'guide.outmodel.timing', watch: 'guide.outmodel.watch' },
  requirements: { purpose: 'guide.requirements.purpose', say: 'guide.requirements.say', timing: 'guide.requirements.timing', watch: 'guide.requirements.watch' },
  presentation: { purpose: 'guide.presentation.purpose', say: 'guide.presentation.say', timing: 'guide.presentation.timing', watch: 'guide.presentation.watch' },
  reactions: { purpose: 'guide.reactions.purpose', say: 'guide.reactions.say', timing: 'guide.reactions.timing', watch: 'guide.reactions.watch' },
  agreement: { purpose: 'guide.agreement.purpose', say: 'guide.agreement.say', timing: 'guide.agreement.timing', watch: 'guide.agreement.watch' },
  close: { purpose: 'guide.close.purpose', say: 'guide.close.say', timing: 'guide.close.timing', watch: 'guide.close.watch' },
  custom: { purpose: 'guide.custom.purpose', say: 'guide.custom.say', timing: 'guide.custom.timing', watch: 'guide.custom.watch' },
};

/** The built-in guide to running a phase, for the facilitator's eyes only. */
export function GuidePanel({ kind }: { kind: PhaseKind }) {
  const { t } = useT();
  const keys = GUIDE_KEYS[kind];
  return (
    <dl className="guide">
      <dt>{t('guideLabels.purpose')}</dt>
      <dd>{t(keys.purpose)}</dd>
      <dt>{t('guideLabels.say')}</dt>
      <dd className="guide-say">{t(keys.say)}</dd>
      <dt>{t('guideLabels.timing')}</dt>
      <dd>{t(keys.timing)}</dd>
      <dt>{t('guideLabels.watch')}</dt>
      <dd>{t(keys.watch)}</dd>
    </dl>
  );
}
