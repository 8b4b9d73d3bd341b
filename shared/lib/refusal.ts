import type { Message } from '../i18n';

/**
 * A command refused for a reason the person can act on. It carries a catalog key and its
 * values, shown in the person's language; `fields` maps form paths to messages where a form asked.
 */
export class Refusal extends Error {
  readonly reason: Message;

  constructor(
    key: string,
    values?: Message['values'],
    readonly fields: Record<string, Message> = {},
  ) {
    super(key);
    this.name = 'Refusal';
    this.reason = values ? { key, values } : { key };
  }
}
