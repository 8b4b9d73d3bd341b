/**
 * The parts end to end, with the separator between them. Array#join copies every part into a new
 * string; `+` only links the two (V8 keeps a rope), so a page built of parts within parts is copied
 * once, when it is used, not once per level: the minutes of a thousand stickies are a megabyte.
 */
export function concat(parts: readonly string[], separator = ''): string {
  let out = '';
  for (let i = 0; i < parts.length; i++) out = i === 0 ? parts[i]! : out + separator + parts[i];
  return out;
}
