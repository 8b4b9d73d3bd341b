import type { PhoneView, ReactRequest } from '../../shared/room/protocol';
import type { Result } from './api';
import { STICKY_TEXT_MAX } from './composer';
import { el, uniqueId, userText } from './dom';
import { VERDICT_KEYS, VERDICT_TEXT_KEYS, keysOf, problemText, verdictNeedsText, type Verdict } from './labels';
import type { Translate } from './translate';

type Spotlight = NonNullable<PhoneView['spotlight']>;

/**
 * The item in the spotlight, for the group to react to: a verdict, the words it needs, Send. One
 * card per item; while the person has not touched it, it follows the group's recorded reaction
 * (another phone of the group may change it).
 */
export class SpotlightCard {
  readonly element: HTMLElement;
  readonly stickyId: string;
  private readonly byGroup = el('p', { class: 'meta' });
  private readonly text = el('blockquote', { class: 'spotlight-text' });
  private readonly current = el('p', { class: 'current' });
  private readonly currentText = el('p', { class: 'reaction-text' });
  private readonly verdicts = new Map<Verdict, HTMLButtonElement>();
  private readonly label: HTMLLabelElement;
  private readonly field: HTMLTextAreaElement;
  private readonly button: HTMLButtonElement;
  private readonly status = el('p', { class: 'status', role: 'status' });
  private readonly error = el('p', { class: 'error', role: 'alert' });
  private chosen: Verdict | null = null;
  /** The person changed the verdict or the words since the last reaction the room recorded. */
  private touched = false;
  private busy = false;
  private spotlight: Spotlight;

  constructor(
    private readonly t: Translate,
    spotlight: Spotlight,
    private readonly react: (request: ReactRequest) => Promise<Result<unknown>>,
  ) {
    this.spotlight = spotlight;
    this.stickyId = spotlight.stickyId;
    const heading = el('h2', { id: uniqueId('spotlight') }, t('phone.react.heading'));
    const chooseId = uniqueId('choose');
    const buttons = el('div', { class: 'verdicts', role: 'group', 'aria-labelledby': chooseId });
    for (const verdict of keysOf(VERDICT_KEYS)) {
      const button = el('button', { type: 'button', class: 'verdict', 'aria-pressed': 'false' }, t(VERDICT_KEYS[verdict]));
      button.addEventListener('click', () => {
        this.touched = true;
        this.choose(verdict);
        this.showError(null);
      });
      this.verdicts.set(verdict, button);
      buttons.append(button);
    }
    const fieldId = uniqueId('reaction');
    this.label = el('label', { for: fieldId });
    this.field = el('textarea', { id: fieldId, dir: 'auto', rows: '2', 'aria-describedby': `${fieldId}-error` });
    this.error.id = `${fieldId}-error`;
    this.field.addEventListener('input', () => {
      this.touched = true;
      this.status.textContent = '';
      this.showError(null);
    });
    this.button = el('button', { type: 'button', class: 'primary' });
    this.button.addEventListener('click', () => void this.send());
    this.element = el(
      'section',
      { class: 'card spotlight', 'aria-labelledby': heading.id },
      heading,
      this.byGroup,
      this.text,
      this.current,
      this.currentText,
      el('p', { id: chooseId, class: 'choose' }, t('phone.react.choose')),
      buttons,
      this.label,
      this.field,
      el('div', { class: 'actions' }, this.button, this.status),
      this.error,
    );
    this.update(spotlight);
  }

  update(spotlight: Spotlight): void {
    this.spotlight = spotlight;
    this.byGroup.textContent = this.t('phone.react.presentedBy', { group: spotlight.byGroup });
    this.text.replaceChildren(userText(spotlight.text));
    if (spotlight.verdict) {
      this.current.textContent = this.t('phone.react.current', { verdict: this.t(VERDICT_KEYS[spotlight.verdict]) });
    } else {
      this.current.textContent = this.t('phone.react.none');
    }
    this.currentText.replaceChildren(spotlight.verdict && spotlight.reactionText ? userText(spotlight.reactionText) : '');
    this.currentText.hidden = !(spotlight.verdict && spotlight.reactionText);
    if (!this.touched) {
      this.choose(spotlight.verdict);
      this.field.value = spotlight.reactionText;
    }
    this.setBusy(this.busy);
  }

  private choose(verdict: Verdict | null): void {
    this.chosen = verdict;
    for (const [v, button] of this.verdicts) button.setAttribute('aria-pressed', String(v === verdict));
    this.label.textContent = this.t(VERDICT_TEXT_KEYS[verdict ?? 'accept']);
  }

  private async send(): Promise<void> {
    if (this.busy) return;
    const verdict = this.chosen;
    const text = this.field.value.trim();
    if (!verdict) return this.showError(this.t('phone.react.chooseFirst'));
    if (verdictNeedsText(verdict) && !text) {
      this.field.focus();
      return this.showError(this.t(verdict === 'reject' ? 'phone.react.needsReason' : 'phone.react.needsCondition'));
    }
    if (text.length > STICKY_TEXT_MAX) return this.showError(this.t('phone.compose.tooLong', { max: STICKY_TEXT_MAX, length: text.length }));
    this.setBusy(true);
    this.status.textContent = '';
    this.showError(null);
    const result = await this.react({ stickyId: this.stickyId as ReactRequest['stickyId'], verdict, text });
    this.setBusy(false);
    if (!result.ok) return this.showError(problemText(this.t, result.problem));
    // The room has it: from now on the card follows what the room recorded, unless the person
    // changed the answer while it was on its way (that change is theirs to send).
    if (this.field.value.trim() === text && this.chosen === verdict) {
      this.touched = false;
      // What the room pushed while it was on its way is shown now.
      this.update(this.spotlight);
    }
    this.status.textContent = this.t('phone.react.sent');
  }

  private setBusy(busy: boolean): void {
    this.busy = busy;
    this.button.disabled = busy;
    this.button.textContent = busy ? this.t('phone.react.sending') : this.t(this.spotlight.verdict ? 'phone.react.change' : 'phone.react.send');
    this.element.setAttribute('aria-busy', String(busy));
  }

  private showError(text: string | null): void {
    this.error.textContent = text ?? '';
    this.field.setAttribute('aria-invalid', String(text !== null));
  }
}
