/** The bounds of what people write: zod-free, so the phone page can hold to them too. */
export const LIMITS = {
  title: 200,
  name: 80,
  line: 200,
  stickyText: 1000,
  longText: 20000,
} as const;
