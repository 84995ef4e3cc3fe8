/** Small DOM helpers for the panels. Text always goes in as text (textContent), never as markup. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className = "", text?: string): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (className) {
    element.className = className;
  }
  if (text !== undefined) {
    element.textContent = text;
  }
  return element;
}

export function button(text: string, className: string, onClick: (event: MouseEvent) => void): HTMLButtonElement {
  const element = el("button", `jm-panels__button ${className}`, text);
  element.type = "button";
  element.addEventListener("click", onClick);
  return element;
}

let counter = 0;

/** An id unique on the page. */
export function uid(prefix: string): string {
  counter++;
  return `${prefix}-${counter}`;
}

/** A visually hidden polite live region; {@link announce} puts a message in it. */
export function announcer(): HTMLElement {
  const element = el("p", "jm-visually-hidden");
  element.setAttribute("aria-live", "polite");
  element.dataset.jmPanelsAnnouncer = "";
  return element;
}

export function announce(region: HTMLElement, message: string): void {
  region.textContent = "";
  window.setTimeout(() => {
    region.textContent = message;
  }, 50);
}
