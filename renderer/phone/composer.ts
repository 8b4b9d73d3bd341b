import type { PhoneView, PostRequest } from '../../shared/room/protocol';
import { LIMITS } from '../../shared/model/limits';
import type { Result } from './api';
import { el, uniqueId, userText } from './dom';
import { LENS_KEYS, TYPE_KEYS, keysOf, problemText, type Lens, type RequirementType } from './labels';
import type { Translate } from './translate';

type Lane = PhoneView['lanes'][number];

/** LIMITS.stickyText of shared/model/common (a zod module the phone does not bundle); a test keeps them equal. */
/** The longest sticky: the app's own limit. */
export const STICKY_TEXT_MAX = LIMITS.stickyText;

/**
 * One open lane on the phone: a field, Post (or Enter), and what the group has posted there. The
 * text is cleared only once the room has committed it; on any failure it stays to be sent again.
 */
export class LaneComposer {
  readonly element: HTMLElement;
  private readonly heading = el('h2', { id: uniqueId('lane') });
  private readonly label: HTMLLabelElement;
  private readonly field: HTMLTextAreaElement;
  private readonly options: HTMLElement;
  private readonly type: HTMLSelectElement;
  private readonly lens: HTMLSelectElement;
  private readonly button: HTMLButtonElement;
  private readonly status = el('p', { class: 'status', role: 'status' });
  private readonly error = el('p', { class: 'error', role: 'alert' });
  private readonly count = el('h3', { class: 'items-heading' });
  private readonly items = el('ul', { class: 'items' });
  private busy = false;
  private lane: Lane;

  constructor(
    private readonly t: Translate,
    lane: Lane,
    private readonly post: (request: PostRequest) => Promise<Result<unknown>>,
  ) {
    this.lane = lane;
    const fieldId = uniqueId('compose');
    this.label = el('label', { for: fieldId, class: 'visually-hidden' });
    this.field = el('textarea', { id: fieldId, dir: 'auto', rows: '3', enterkeyhint: 'send', placeholder: t('phone.compose.placeholder'), 'aria-describedby': `${fieldId}-error` });
    this.error.id = `${fieldId}-error`;
    this.type = el('select', { id: uniqueId('type') });
    for (const type of keysOf(TYPE_KEYS)) this.type.append(option(type, t(TYPE_KEYS[type])));
    this.lens = el('select', { id: uniqueId('lens') });
    this.lens.append(option('', t('phone.compose.noLens')));
    for (const lens of keysOf(LENS_KEYS)) this.lens.append(option(lens, t(LENS_KEYS[lens])));
    this.options = el(
      'div',
      { class: 'options' },
      el('label', { for: this.type.id }, t('phone.compose.type')),
      this.type,
      el('label', { for: this.lens.id }, t('phone.compose.lens')),
      this.lens,
    );
    this.button = el('button', { type: 'submit', class: 'primary' }, t('phone.compose.post'));
    const form = el('form', { class: 'composer', novalidate: true }, this.label, this.field, this.options, el('div', { class: 'actions' }, this.button, this.status), this.error);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.send();
    });
    this.field.addEventListener('keydown', (e) => {
      if (e.key !== 'Enter' || e.shiftKey || e.isComposing) return;
      e.preventDefault();
      void this.send();
    });
    this.field.addEventListener('input', () => {
      this.status.textContent = '';
      this.showError(null);
    });
    this.element = el('section', { class: 'card lane', 'aria-labelledby': this.heading.id }, this.heading, form, this.count, this.items);
    this.update(lane);
  }

  update(lane: Lane): void {
    this.lane = lane;
    this.heading.replaceChildren(userText(lane.title));
    this.label.textContent = this.t('phone.compose.label', { lane: lane.title });
    this.options.hidden = lane.kind !== 'requirement';
    this.count.textContent = lane.items.length ? this.t('phone.compose.items', { count: lane.items.length }) : this.t('phone.compose.noItems');
    this.items.replaceChildren(
      ...lane.items.map((item) => el('li', {}, userText(item.text, 'item-text'), item.authorName ? el('span', { class: 'author' }, this.t('phone.compose.by', { name: item.authorName })) : null)),
    );
  }

  private async send(): Promise<void> {
    if (this.busy) return;
    const typed = this.field.value;
    const text = typed.trim();
    if (!text) return this.showError(this.t('phone.compose.empty'));
    if (text.length > STICKY_TEXT_MAX) return this.showError(this.t('phone.compose.tooLong', { max: STICKY_TEXT_MAX, length: text.length }));
    const request: PostRequest = { laneKey: this.lane.key, text };
    if (this.lane.kind === 'requirement') {
      request.requirementType = this.type.value as RequirementType;
      request.lens = (this.lens.value || null) as Lens | null;
    }
    this.setBusy(true);
    const result = await this.post(request);
    this.setBusy(false);
    if (!result.ok) return this.showError(problemText(this.t, result.problem));
    // Only what was sent goes: anything typed while it was on its way stays.
    this.field.value = this.field.value.startsWith(typed) ? this.field.value.slice(typed.length).trimStart() : this.field.value;
    this.status.textContent = this.t('phone.compose.posted');
  }

  private setBusy(busy: boolean): void {
    this.busy = busy;
    this.button.disabled = busy;
    this.button.textContent = this.t(busy ? 'phone.compose.posting' : 'phone.compose.post');
    this.element.setAttribute('aria-busy', String(busy));
    if (busy) {
      this.status.textContent = '';
      this.showError(null);
    }
  }

  private showError(text: string | null): void {
    this.error.textContent = text ?? '';
    this.field.setAttribute('aria-invalid', String(text !== null));
  }
}

function option(value: string, label: string): HTMLOptionElement {
  const node = el('option', { value });
  node.textContent = label;
  return node;
}
