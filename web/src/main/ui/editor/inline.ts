import type { EditorTexts } from "./texts";
import { fieldLabel } from "./texts";

/**
 * Editing one text in place: the element shows an input (a textarea for long texts) with the
 * current value; Enter commits (Shift+Enter is a new line in a textarea), Escape cancels, leaving
 * the field commits. The element's own text is only ever set through textContent.
 */
export interface InlineCallbacks {
  commit(value: string): void;
  cancel(): void;
}

const LONG_FIELDS = new Set(["objective", "scope", "goal", "description"]);

export function isEditing(element: HTMLElement): boolean {
  return element.dataset.jmEditing === "true";
}

export function startInlineEdit(
  element: HTMLElement,
  value: string,
  texts: EditorTexts,
  callbacks: InlineCallbacks,
  label?: string,
): void {
  if (isEditing(element)) {
    return;
  }
  const field = element.dataset.jmField ?? "";
  const control: HTMLInputElement | HTMLTextAreaElement = LONG_FIELDS.has(field)
    ? document.createElement("textarea")
    : document.createElement("input");
  if (control instanceof HTMLInputElement) {
    control.type = "text";
  } else {
    control.rows = 3;
  }
  control.className = "jm-inline-input";
  control.value = value;
  control.setAttribute("aria-label", label ?? fieldLabel(texts, field));
  control.dir = "auto";
  const saved = Array.from(element.childNodes);
  element.dataset.jmEditing = "true";
  element.removeAttribute("tabindex");
  element.replaceChildren(control);
  control.focus();
  control.select();

  let finished = false;
  const finish = (commit: boolean): void => {
    if (finished) {
      return;
    }
    finished = true;
    delete element.dataset.jmEditing;
    element.tabIndex = 0;
    element.replaceChildren(...saved);
    if (commit) {
      callbacks.commit(control.value);
    } else {
      callbacks.cancel();
    }
    element.focus();
  };
  const input: HTMLElement = control;
  input.addEventListener("keydown", (event: KeyboardEvent) => {
    if (event.key === "Escape") {
      event.preventDefault();
      event.stopPropagation();
      finish(false);
    } else if (event.key === "Enter" && !(control instanceof HTMLTextAreaElement && event.shiftKey)) {
      event.preventDefault();
      event.stopPropagation();
      finish(true);
    }
  });
  control.addEventListener("blur", () => finish(true));
}
