/**
 * A value made once per process, shared by every copy of the module that asks
 * for it. One `astro build` imports the project's code several times over:
 * astro.config.mjs, the content layer and the bundled pages each get their
 * own module instances, so a module-level cache would still read and check the
 * same hand-written files once per copy. The values live on globalThis, under
 * one symbol.
 */
const KEY = Symbol.for('xuhui-2022-report-explained/once');
const store: Map<string, unknown> = ((globalThis as { [KEY]?: Map<string, unknown> })[KEY] ??= new Map());

export function once<T>(key: string, make: () => T): T {
  if (!store.has(key)) store.set(key, make());
  return store.get(key) as T;
}

/** Drops a value, so that the next `once` makes it again (a watched file changed). */
export function forget(key: string): void {
  store.delete(key);
}
