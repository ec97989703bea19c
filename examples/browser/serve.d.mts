/** Serves the files under `root` on 127.0.0.1 (see serve.mjs). */
export function serve(root: string, port?: number): Promise<{ url: string; close: () => Promise<void> }>
