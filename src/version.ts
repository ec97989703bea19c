/** The version of zoek; it is recorded in every serialised index. */
export const version = '0.1.0'
