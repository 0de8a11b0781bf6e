/** The result of reading one raw value: the typed value, or the Dutch message that says why not. */
export type Uitkomst<T> = { ok: true; waarde: T } | { ok: false; fout: string };

export const ok = <T>(waarde: T): Uitkomst<T> => ({ ok: true, waarde });
export const fout = (message: string): Uitkomst<never> => ({ ok: false, fout: message });
