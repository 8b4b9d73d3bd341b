/**
 * Token buckets, one per key (a session token or a remote address): `perSecond` requests a second
 * with bursts up to `burst`. A bucket that has refilled is the same as no bucket, so idle buckets
 * are forgotten, and the number of keys held is capped: a flood of new keys is refused rather
 * than remembered.
 */

export interface LimiterOptions {
  perSecond: number;
  burst: number;
  /** Most keys held at once; past it (after forgetting the idle ones) new keys are refused. */
  maxKeys: number;
}

export type Allowance = { ok: true } | { ok: false; retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  at: number;
}

/** How often, at most, the whole map is swept for idle buckets. */
const SWEEP_EVERY_MS = 10_000;

export class RateLimiter {
  readonly #options: LimiterOptions;
  readonly #buckets = new Map<string, Bucket>();
  #sweptAt = Number.NEGATIVE_INFINITY;

  constructor(options: LimiterOptions) {
    this.#options = options;
  }

  /** Spends one request of `key`'s allowance at time `now` (ms). */
  take(key: string, now: number): Allowance {
    const { perSecond, burst, maxKeys } = this.#options;
    let bucket = this.#buckets.get(key);
    if (bucket) {
      bucket.tokens = this.#refilled(bucket, now);
      bucket.at = now;
    } else {
      if (now - this.#sweptAt >= SWEEP_EVERY_MS || this.#buckets.size >= maxKeys) this.sweep(now);
      if (this.#buckets.size >= maxKeys) return { ok: false, retryAfterSeconds: Math.ceil(burst / perSecond) };
      bucket = { tokens: burst, at: now };
      this.#buckets.set(key, bucket);
    }
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { ok: true };
    }
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / perSecond)) };
  }

  /** Forgets every bucket that has refilled to its burst: it would behave exactly as a new one. */
  sweep(now: number): void {
    this.#sweptAt = now;
    for (const [key, bucket] of this.#buckets) {
      if (this.#refilled(bucket, now) >= this.#options.burst) this.#buckets.delete(key);
    }
  }

  forget(key: string): void {
    this.#buckets.delete(key);
  }

  clear(): void {
    this.#buckets.clear();
  }

  get size(): number {
    return this.#buckets.size;
  }

  #refilled(bucket: Bucket, now: number): number {
    // A clock that steps back refills nothing (and takes nothing away).
    const elapsed = Math.max(0, now - bucket.at);
    return Math.min(this.#options.burst, bucket.tokens + (elapsed * this.#options.perSecond) / 1000);
  }
}
