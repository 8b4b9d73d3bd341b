/** A PIN's SHA-256 digest, in hex: the PIN itself is never kept. */
export async function pinDigest(pin: string): Promise<string> {
  const bytes = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`outmodel-capture:${pin.trim()}`));
  return [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** A PIN is four to eight digits. */
export function isValidPin(pin: string): boolean {
  return /^\d{4,8}$/.test(pin.trim());
}
