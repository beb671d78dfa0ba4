/**
 * Builds DOM from text only. Every sheet value (event names, messages,
 * suggestions) reaches the page through text nodes, so a name like
 * `<img onerror=...>` shows as those characters and never runs. There is no
 * way to pass HTML through these helpers, by design.
 */

export type Child = Node | string | number | null | undefined | false;

export interface Props {
  className?: string;
  /** Attributes set with setAttribute; event-handler attributes are refused. */
  attrs?: Record<string, string | number | boolean | undefined>;
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (props.className) element.className = props.className;
  for (const [name, value] of Object.entries(props.attrs || {})) {
    if (/^on/i.test(name)) throw new Error(`Refusing the event-handler attribute ${name}`);
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  append(element, children);
  return element;
}

export function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }
}

/** Replaces an element's content with the given children. */
export function replace(parent: Element, ...children: Child[]): void {
  while (parent.firstChild) parent.removeChild(parent.firstChild);
  append(parent, children);
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`The sidebar page has no #${id}`);
  return element as T;
}
