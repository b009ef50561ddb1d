/** The element with `id`, of `type`; a host page without it is broken, so that throws. */
export function element<T extends HTMLElement>(id: string, type: new () => T): T {
  const found = document.getElementById(id);
  if (!(found instanceof type)) throw new Error(`The host page has no #${id}`);
  return found;
}
