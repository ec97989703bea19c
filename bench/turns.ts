/**
 * Taking turns on a shared machine: the benchmarks time every engine (or load, or stemmer)
 * once per round, each round starting one later, and report the median of the rounds, so that
 * a slow spell of the machine falls on all of them alike instead of on whichever it meets.
 */

/** The middle value of a list (of an even number of values, the upper middle one). */
export const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[values.length >> 1]

/**
 * The items in the order of a round: each once, round `round` starting at item `round`.
 *
 * @param items - what takes turns
 * @param round - the round's number, from 0
 */
export const inTurn = <T>(items: readonly T[], round: number): T[] => items.map((_, k) => items[(round + k) % items.length])
