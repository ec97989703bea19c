/**
 * A stable 64-bit FNV-1a hash of a string, as 16 hex digits. Used for the analyzer
 * fingerprint and the payload checksum; it detects change, it is not a security measure.
 *
 * @param text - any string; it is hashed as UTF-16 code units
 * @returns 16 lowercase hex digits
 * @example
 * ```ts
 * fnv1a64('foobar') // => '85944171f73967e8'
 * ```
 */
export function fnv1a64(text: string): string {
  // Two 32-bit halves of the 64-bit state keep this fast without BigInt.
  let hi = 0xcbf29ce4
  let lo = 0x84222325
  for (let i = 0; i < text.length; i++) {
    lo = (lo ^ text.charCodeAt(i)) >>> 0
    // Multiply the 64-bit state by the FNV prime 0x100000001b3 = 2^40 + 0x1b3.
    const loMul = lo * 0x1b3
    const carry = Math.floor(loMul / 0x100000000)
    const newLo = loMul >>> 0
    hi = (hi * 0x1b3 + carry + ((lo << 8) >>> 0)) >>> 0
    lo = newLo
  }
  return hi.toString(16).padStart(8, '0') + lo.toString(16).padStart(8, '0')
}

/**
 * A fast 64-bit checksum of a string, as 16 hex digits: two 32-bit FNV-1a lanes with
 * different primes, using `Math.imul`. It detects corruption of large payloads quickly; it is
 * not a security measure.
 *
 * Several texts are hashed as their concatenation, without building it: joining a large
 * string to a small one and then reading it makes the engine copy the whole string.
 *
 * @param texts - any strings; they are hashed as UTF-16 code units, one after another
 * @returns 16 lowercase hex digits
 * @example
 * ```ts
 * checksum64('foo', 'bar') === checksum64('foobar') // => true
 * ```
 */
export function checksum64(...texts: readonly string[]): string {
  return lanes64(texts, texts[0]?.length ?? 0)
}

/**
 * A 32-bit hash of a text: the first lane of {@link checksum64} (FNV-1a), as a number, for
 * spreading keys over buckets.
 *
 * @param text - the text
 * @returns a whole number from 0 to 2³² − 1
 */
export function hash32(text: string): number {
  return Number.parseInt(checksum64(text).slice(0, 8), 16)
}

/**
 * {@link checksum64} of the first `end` code units of a text followed by more texts, without
 * slicing the text: reading a slice of a large string is slower than reading the string.
 *
 * @param text - the text whose beginning is hashed
 * @param end - how many of its code units
 * @param more - texts that follow
 * @returns 16 lowercase hex digits
 * @example
 * ```ts
 * checksum64Prefix('foobarbaz', 6, '!') === checksum64('foobar!') // => true
 * ```
 */
export function checksum64Prefix(text: string, end: number, ...more: readonly string[]): string {
  return lanes64([text, ...more], Math.min(end, text.length))
}

/** The two FNV-1a lanes of {@link checksum64}, over the first `firstEnd` code units of the first text and all of the others. */
function lanes64(texts: readonly string[], firstEnd: number): string {
  const lanes = new Int32Array([0x811c9dc5, 0x9dc5811c])
  if (texts.length > 0) mixFirst(lanes, texts[0], firstEnd)
  for (let t = 1; t < texts.length; t++) mixMore(lanes, texts[t])
  return (lanes[0] >>> 0).toString(16).padStart(8, '0') + (lanes[1] >>> 0).toString(16).padStart(8, '0')
}

/**
 * Mixes the first `end` code units of a text into the lanes. The first text (a whole index's
 * JSON, megabytes) has a loop of its own, {@link mixMore} the short ones after it: one loop
 * over strings of both kinds ran 20% slower on a 8.6 MB index.
 */
function mixFirst(lanes: Int32Array, text: string, end: number): void {
  let a = lanes[0]
  let b = lanes[1]
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i)
    a = Math.imul(a ^ c, 0x01000193)
    b = Math.imul(b ^ c, 0x5bd1e995)
  }
  lanes[0] = a
  lanes[1] = b
}

/** {@link mixFirst} for the texts after the first, whole. */
function mixMore(lanes: Int32Array, text: string): void {
  let a = lanes[0]
  let b = lanes[1]
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    a = Math.imul(a ^ c, 0x01000193)
    b = Math.imul(b ^ c, 0x5bd1e995)
  }
  lanes[0] = a
  lanes[1] = b
}
