import type { EditorTexts } from "./texts";

export type SaveState = "idle" | "saving" | "saved" | "failed" | "pending";

/**
 * The editor bar above a map: the save status (a polite live region) with a retry button when a
 * save failed, and a second, visually hidden live region for short announcements (editing,
 * cancelled, undone).
 */
export class StatusBar {
  private static count = 0;
  readonly element: HTMLElement;
  private readonly status: HTMLElement;
  private readonly retry: HTMLButtonElement;
  private readonly announcer: HTMLElement;
  /** A visually hidden "Press Enter to edit" that every editable text points to with aria-describedby. */
  readonly hintId: string;
  state: SaveState = "idle";

  constructor(private readonly texts: EditorTexts, onRetry: () => void) {
    this.element = document.createElement("div");
    this.element.className = "jm-editor-bar";
    this.status = document.createElement("p");
    this.status.className = "jm-editor-bar__status";
    this.status.setAttribute("role", "status");
    this.status.setAttribute("aria-live", "polite");
    this.status.dataset.jmSaveState = "idle";
    this.retry = document.createElement("button");
    this.retry.type = "button";
    this.retry.className = "jm-editor-bar__retry";
    this.retry.textContent = texts.retry;
    this.retry.hidden = true;
    this.retry.addEventListener("click", onRetry);
    this.announcer = document.createElement("p");
    this.announcer.className = "jm-visually-hidden";
    this.announcer.setAttribute("aria-live", "polite");
    this.announcer.dataset.jmAnnouncer = "";
    const hint = document.createElement("span");
    hint.className = "jm-visually-hidden";
    hint.id = this.hintId = `jm-edit-hint-${++StatusBar.count}`;
    hint.textContent = texts.editHint;
    this.element.append(this.status, this.retry, this.announcer, hint);
  }

  show(state: SaveState, detail?: string): void {
    this.state = state;
    this.status.dataset.jmSaveState = state;
    const words: Record<SaveState, string> = {
      idle: "",
      saving: this.texts.saving,
      saved: this.texts.saved,
      failed: this.texts.failed,
      pending: this.texts.pending,
    };
    this.status.textContent = detail ? `${words[state]} ${detail}` : words[state];
    this.retry.hidden = state !== "failed";
  }

  announce(message: string): void {
    this.announcer.textContent = "";
    window.setTimeout(() => {
      this.announcer.textContent = message;
    }, 50);
  }
}
