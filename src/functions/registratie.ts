/** Outcome of registering the custom functions (read by the task pane to warn, never to stop). */
export const registratie: { fout?: string } = {};
