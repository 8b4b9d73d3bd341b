import { ROOM_CODE_ALPHABET, ROOM_CODE_LENGTH } from '../../shared/room/constants';
import type { Lobby } from './api';
import { el, markSvg, safeColour, uniqueId, userText } from './dom';
import type { Translate } from './translate';

/** The screens before and after the group's page: the room code, the group, the end, a failure. */

/** A code as typed on a phone: any case, spaces and dashes allowed. */
export function normaliseCode(raw: string): string {
  return raw.toUpperCase().replace(/[\s-]/g, '');
}

export function looksLikeCode(code: string): boolean {
  return code.length === ROOM_CODE_LENGTH && [...code].every((c) => ROOM_CODE_ALPHABET.includes(c));
}

/** Sends what the person chose; resolves with what to tell them when it did not work (null: it did). */
type Attempt<A extends unknown[]> = (...args: A) => Promise<string | null>;

function messageLine(): HTMLParagraphElement {
  return el('p', { class: 'error', role: 'alert' });
}

export function codeScreen(t: Translate, code: string, message: string | null, join: Attempt<[code: string]>): HTMLElement {
  const fieldId = uniqueId('code');
  const field = el('input', {
    id: fieldId,
    type: 'text',
    dir: 'ltr',
    value: code,
    autocomplete: 'off',
    autocapitalize: 'characters',
    spellcheck: 'false',
    enterkeyhint: 'go',
    maxlength: '20',
    'aria-describedby': `${fieldId}-hint ${fieldId}-error`,
  });
  const error = messageLine();
  error.id = `${fieldId}-error`;
  error.textContent = message ?? '';
  field.setAttribute('aria-invalid', String(message !== null));
  const button = el('button', { type: 'submit', class: 'primary big' }, t('phone.code.join'));
  const form = el(
    'form',
    { class: 'card join', novalidate: true },
    el('label', { for: fieldId }, t('phone.code.label')),
    field,
    el('p', { id: `${fieldId}-hint`, class: 'meta' }, t('phone.code.hint')),
    button,
    error,
  );
  let busy = false;
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (busy) return;
    const typed = normaliseCode(field.value);
    const fail = (text: string) => {
      error.textContent = text;
      field.setAttribute('aria-invalid', 'true');
      field.focus();
    };
    if (!looksLikeCode(typed)) return fail(t('phone.problems.codeShape'));
    busy = true;
    button.disabled = true;
    button.textContent = t('phone.code.checking');
    error.textContent = '';
    void join(typed).then((problem) => {
      busy = false;
      button.disabled = false;
      button.textContent = t('phone.code.join');
      if (problem) fail(problem);
    });
  });
  return el('div', { class: 'screen' }, el('h1', {}, t('phone.title')), form);
}

export function groupScreen(t: Translate, lobby: Lobby, message: string | null, join: Attempt<[groupId: string, name: string | null]>): HTMLElement {
  const error = messageLine();
  error.textContent = message ?? '';
  const status = el('p', { class: 'status', role: 'status' });
  let nameField: HTMLInputElement | null = null;
  const nameBlock: Node[] = [];
  if (lobby.askNames) {
    const id = uniqueId('name');
    nameField = el('input', { id, type: 'text', autocomplete: 'name', enterkeyhint: 'done', maxlength: '80', dir: 'auto', 'aria-describedby': `${id}-hint` });
    nameBlock.push(el('label', { for: id }, t('phone.groups.nameLabel')), nameField, el('p', { id: `${id}-hint`, class: 'meta' }, t('phone.groups.nameHint')));
    // Enter in the name field must not pick a group by itself.
    nameField.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') e.preventDefault();
    });
  }
  const buttons = lobby.groups.map((group) => {
    const button = el('button', { type: 'button', class: 'group-button' }, markSvg(group.mark, group.colour, 36), userText(group.name, 'group-name'));
    button.style.setProperty('--group', safeColour(group.colour));
    button.addEventListener('click', () => void pick(group.id));
    return button;
  });
  let busy = false;
  const pick = async (groupId: string) => {
    if (busy) return;
    const name = nameField ? nameField.value.trim() : null;
    if (nameField && !name) {
      error.textContent = t('phone.groups.nameNeeded');
      nameField.setAttribute('aria-invalid', 'true');
      nameField.focus();
      return;
    }
    busy = true;
    for (const b of buttons) b.disabled = true;
    error.textContent = '';
    status.textContent = t('phone.groups.joining');
    const problem = await join(groupId, name || null);
    busy = false;
    for (const b of buttons) b.disabled = false;
    status.textContent = '';
    if (problem) error.textContent = problem;
  };
  const headingId = uniqueId('groups');
  return el(
    'div',
    { class: 'screen' },
    el('h1', {}, userText(lobby.title)),
    el('div', { class: 'card join' }, ...nameBlock, el('h2', { id: headingId }, t('phone.groups.heading')), el('div', { class: 'groups', role: 'group', 'aria-labelledby': headingId }, ...buttons), status, error),
  );
}

export function closedScreen(t: Translate, again: () => void): HTMLElement {
  const button = el('button', { type: 'button', class: 'big' }, t('phone.closed.again'));
  button.addEventListener('click', again);
  return el('div', { class: 'screen' }, el('div', { class: 'card closed', role: 'alert' }, el('h1', {}, t('phone.closed.heading')), el('p', {}, t('phone.closed.body'))), button);
}

export function problemScreen(t: Translate, message: string, retry: () => void): HTMLElement {
  const button = el('button', { type: 'button', class: 'primary big' }, t('phone.retry'));
  button.addEventListener('click', retry);
  return el('div', { class: 'screen' }, el('h1', {}, t('phone.title')), el('div', { class: 'card' }, el('p', { class: 'error', role: 'alert' }, message), button));
}

export function connectingScreen(t: Translate): HTMLElement {
  return el('div', { class: 'screen' }, el('p', { class: 'card', role: 'status' }, t('phone.connecting')));
}
