/**
 * Checks of values that come from users, shared by every layer: option objects and counts.
 *
 * @module
 */

import { InvalidOptionError } from './errors.js'
import { paragraphModes, isParagraphMode, type ParagraphMode } from './model.js'

/**
 * Checks that `options` is an object whose keys are all known.
 *
 * @param options - the options as given
 * @param known - the valid option names
 * @param kind - what the options are for, e.g. `'search'`
 * @throws {@link InvalidOptionError} for a non-object or the first unknown key
 */
export function checkOptionNames(options: unknown, known: readonly string[], kind: string): void {
  if (typeof options !== 'object' || options === null) throw new InvalidOptionError('options', 'expected an object')
  for (const key of Object.keys(options)) {
    if (known.includes(key)) continue
    const valid = known.length === 1 ? `the only option is ${known[0]}` : `valid options are ${known.join(', ')}`
    throw new InvalidOptionError(key, `unknown ${kind} option; ${valid}`)
  }
}

/**
 * True for a whole number from 0 to `max`.
 *
 * @param value - anything
 * @param max - the largest count allowed
 */
export const isCount = (value: unknown, max = Number.MAX_SAFE_INTEGER): value is number =>
  Number.isSafeInteger(value) && (value as number) >= 0 && (value as number) <= max

/**
 * Makes a `switch` over a union fail to compile when it misses a case: its `default` calls
 * this with the value no case handled, which the compiler knows is `never`.
 *
 * @param value - the value no case handled
 * @throws always: only data that does not match its type (a hand-built query tree) gets here
 */
export function assertNever(value: never): never {
  throw new TypeError(`Unexpected value: ${JSON.stringify(value)}`)
}

/**
 * Checks a `paragraphs` option.
 *
 * @param value - the option's value
 * @returns the mode
 * @throws {@link InvalidOptionError} when it is no paragraph mode
 */
export function checkParagraphMode(value: unknown): ParagraphMode {
  if (!isParagraphMode(value))
    throw new InvalidOptionError('paragraphs', `expected ${paragraphModes.map((mode) => `'${mode}'`).join(' or ')}, got ${JSON.stringify(value)}`)
  return value
}
