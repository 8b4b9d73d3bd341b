/**
 * A command refused for a reason the person can act on. Its message is shown as it is, so it is
 * written in plain words; `fields` maps form paths to messages where a form asked.
 */
export class Refusal extends Error {
  constructor(
    message: string,
    readonly fields: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'Refusal';
  }
}
