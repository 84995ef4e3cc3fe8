import { el, uid } from "./dom";

/**
 * A modal dialog (the native `<dialog>`), labelled by its heading. It takes focus when opened (the
 * first control, or the heading) and gives it back to whatever had it when it closes; Escape closes it.
 */
export class PanelDialog {
  readonly element: HTMLDialogElement;
  readonly body: HTMLElement;
  private readonly opener: Element | null;

  constructor(title: string, className: string, private readonly onClose: () => void = () => undefined) {
    this.opener = document.activeElement;
    this.element = el("dialog", `jm-panel-dialog ${className}`);
    const heading = el("h2", "jm-panel-dialog__title", title);
    heading.id = uid("jm-dialog-title");
    heading.tabIndex = -1;
    this.element.setAttribute("aria-labelledby", heading.id);
    this.body = el("div", "jm-panel-dialog__body");
    this.element.append(heading, this.body);
    this.element.addEventListener("close", () => {
      this.element.remove();
      if (this.opener instanceof HTMLElement && this.opener.isConnected) {
        this.opener.focus();
      }
      this.onClose();
    });
  }

  open(focus?: HTMLElement): void {
    document.body.append(this.element);
    this.element.showModal();
    (focus ?? this.element.querySelector<HTMLElement>(".jm-panel-dialog__title"))?.focus();
  }

  close(): void {
    if (this.element.open) {
      this.element.close();
    }
  }
}
