import { CommentError, type CommentJson, type CommentsApi, type ThreadsJson } from "./api";
import type { CommentTexts } from "./texts";

let panelCount = 0;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) {
    node.textContent = text;
  }
  return node;
}

function button(label: string, className: string, onClick: () => void): HTMLButtonElement {
  const node = element("button", `aui-button ${className}`, label);
  node.type = "button";
  node.addEventListener("click", onClick);
  return node;
}

function when(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(document.documentElement.lang || undefined);
}

/**
 * The comments side panel of one map: the threads on one touchpoint with author and time, a form to comment, and per
 * comment the actions the server says the reader may take (reply, edit and delete their own, resolve or reopen a
 * thread). A non-modal dialog beside the map: opening it moves focus into it, Escape or the close button closes it
 * and gives focus back to the card it was opened from. Every text the people wrote is inserted as text, never markup.
 */
export class CommentPanel {
  readonly element: HTMLElement;
  private readonly heading: HTMLHeadingElement;
  private readonly itemLabel: HTMLParagraphElement;
  private readonly status: HTMLParagraphElement;
  private readonly list: HTMLOListElement;
  private readonly form: HTMLFormElement;
  private readonly input: HTMLTextAreaElement;
  private readonly readOnlyNote: HTMLParagraphElement;
  private itemId = "";
  private opener: HTMLElement | null = null;

  constructor(
    private readonly api: CommentsApi,
    private readonly texts: CommentTexts,
    private readonly changed: () => void,
  ) {
    const id = `jm-comments-${++panelCount}`;
    this.element = element("aside", "jm-comments");
    this.element.setAttribute("role", "dialog");
    this.element.setAttribute("aria-modal", "false");
    this.element.setAttribute("aria-labelledby", `${id}-title`);
    this.element.setAttribute("aria-describedby", `${id}-item`);
    this.element.hidden = true;
    this.element.dataset.jmCommentsPanel = "";

    const header = element("div", "jm-comments__header");
    this.heading = element("h2", "jm-comments__title", texts.title);
    this.heading.id = `${id}-title`;
    this.heading.tabIndex = -1;
    this.itemLabel = element("p", "jm-comments__item");
    this.itemLabel.id = `${id}-item`;
    this.itemLabel.dir = "auto";
    header.append(this.heading, button(texts.close, "aui-button-subtle jm-comments__close", () => this.close()));

    this.status = element("p", "jm-comments__status");
    this.status.setAttribute("role", "status");
    this.list = element("ol", "jm-comments__threads");

    this.form = element("form", "jm-comments__new");
    const label = element("label", "jm-comments__label", texts.newComment);
    this.input = element("textarea", "jm-comments__input");
    this.input.id = `${id}-new`;
    this.input.rows = 3;
    this.input.maxLength = 10000;
    label.htmlFor = this.input.id;
    const send = element("button", "aui-button aui-button-primary", texts.send);
    send.type = "submit";
    this.form.append(label, this.input, send);
    this.form.addEventListener("submit", (event) => {
      event.preventDefault();
      void this.run(() => this.api.add(this.itemId, this.input.value), () => {
        this.input.value = "";
      });
    });
    this.readOnlyNote = element("p", "jm-comments__readonly", texts.noComment);
    this.readOnlyNote.hidden = true;

    this.element.append(header, this.itemLabel, this.status, this.list, this.form, this.readOnlyNote);
    this.element.addEventListener("keydown", (event) => {
      if (event.key === "Escape") {
        event.preventDefault();
        this.close();
      }
    });
    document.body.append(this.element);
  }

  get openItem(): string | null {
    return this.element.hidden ? null : this.itemId;
  }

  /** Shows the threads on {@code itemId}; {@code opener} gets focus back when the panel closes. */
  async open(itemId: string, itemName: string, opener: HTMLElement): Promise<void> {
    this.itemId = itemId;
    this.opener = opener;
    this.itemLabel.textContent = itemName;
    this.input.value = "";
    this.list.replaceChildren();
    this.element.hidden = false;
    this.heading.focus();
    await this.load();
  }

  close(): void {
    if (this.element.hidden) {
      return;
    }
    this.element.hidden = true;
    this.opener?.focus();
  }

  /** Loads and shows the threads; the number of threads, or -1 when they could not be loaded. */
  private async load(): Promise<number> {
    this.status.textContent = this.texts.loading;
    let data: ThreadsJson;
    try {
      data = await this.api.threads(this.itemId);
    } catch {
      this.status.textContent = this.texts.failed;
      return -1;
    }
    this.status.textContent = data.threads.length === 0 ? this.texts.empty : "";
    this.form.hidden = !data.canComment;
    this.readOnlyNote.hidden = data.canComment;
    this.list.replaceChildren(...data.threads.map((thread) => this.thread(thread, data.canComment)));
    return data.threads.length;
  }

  private thread(root: CommentJson, canComment: boolean): HTMLLIElement {
    const item = this.comment(root, canComment, true);
    const replies = root.replies ?? [];
    if (replies.length > 0) {
      const list = element("ol", "jm-comment__replies");
      list.append(...replies.map((reply) => this.comment(reply, canComment, false)));
      item.append(list);
    }
    return item;
  }

  private comment(comment: CommentJson, canComment: boolean, isRoot: boolean): HTMLLIElement {
    const item = element("li", `jm-comment${comment.resolved ? " jm-comment--resolved" : ""}`);
    item.dataset.jmCommentId = String(comment.id);
    const meta = element("p", "jm-comment__meta");
    const author = element("span", "jm-comment__author", comment.author);
    author.dir = "auto";
    const time = element("time", "jm-comment__time", when(comment.created));
    time.dateTime = comment.created;
    meta.append(author, " ", time);
    if (comment.edited) {
      meta.append(" ", element("span", "jm-comment__edited", `(${this.texts.edited})`));
    }
    if (isRoot && comment.resolved) {
      const resolved = element("span", "jm-comment__resolved", this.texts.resolved);
      if (comment.resolvedBy) {
        resolved.title = comment.resolvedBy;
      }
      meta.append(" ", resolved);
    }
    const text = element("p", "jm-comment__text", comment.text);
    text.dir = "auto";
    const actions = element("div", "jm-comment__actions");
    if (isRoot && canComment) {
      actions.append(button(this.texts.reply, "aui-button-link", () => this.replyForm(item, comment)));
    }
    if (comment.canEdit) {
      actions.append(button(this.texts.edit, "aui-button-link", () => this.editForm(item, text, comment)));
    }
    if (comment.canDelete) {
      actions.append(button(this.texts.delete, "aui-button-link", () => {
        if (window.confirm(this.texts.deleteConfirm)) {
          void this.run(() => this.api.remove(comment.id), undefined, this.texts.deleted);
        }
      }));
    }
    if (isRoot && comment.canResolve) {
      actions.append(button(comment.resolved ? this.texts.reopen : this.texts.resolve, "aui-button-link",
        () => void this.run(() => this.api.setResolved(comment.id, !comment.resolved))));
    }
    item.append(meta, text, actions);
    return item;
  }

  private replyForm(item: HTMLLIElement, root: CommentJson): void {
    this.inlineForm(item, item.querySelector(".jm-comment__actions"), this.texts.replyLabel, "", this.texts.sendReply,
      (value) => this.api.add(root.itemId, value, root.id));
  }

  private editForm(item: HTMLLIElement, text: HTMLElement, comment: CommentJson): void {
    text.hidden = true;
    this.inlineForm(item, text, this.texts.editLabel, comment.text, this.texts.save,
      (value) => this.api.edit(comment.id, value), () => {
        text.hidden = false;
      });
  }

  /** A small form after {@code anchor} with a labelled text area, a send and a cancel button. */
  private inlineForm(item: HTMLElement, anchor: Element | null, labelText: string, value: string, sendText: string,
                     send: (value: string) => Promise<unknown>, cancelled?: () => void): void {
    item.querySelector(".jm-comment__form")?.remove();
    const form = element("form", "jm-comment__form");
    const label = element("label", "jm-comments__label", labelText);
    const input = element("textarea", "jm-comments__input");
    input.id = `${this.element.getAttribute("aria-labelledby")}-form-${item.dataset.jmCommentId}`;
    input.rows = 3;
    input.maxLength = 10000;
    input.value = value;
    label.htmlFor = input.id;
    const submit = element("button", "aui-button aui-button-primary", sendText);
    submit.type = "submit";
    const cancel = button(this.texts.cancel, "aui-button-subtle", () => {
      form.remove();
      cancelled?.();
      (item.querySelector<HTMLElement>(".jm-comment__actions button") ?? this.heading).focus();
    });
    form.append(label, input, submit, cancel);
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      void this.run(() => send(input.value));
    });
    form.addEventListener("keydown", (event) => {
      if (event.key === "Escape") {
        event.preventDefault();
        event.stopPropagation();
        cancel.click();
      }
    });
    (anchor ?? item.lastElementChild)?.after(form);
    input.focus();
  }

  /** Runs one change, then reloads the threads and the counts; a refusal is shown with the server's words. */
  private async run(change: () => Promise<unknown>, done?: () => void, message = this.texts.saved): Promise<void> {
    try {
      await change();
    } catch (error) {
      const reason = error instanceof CommentError ? error.message : this.texts.failed;
      this.announce(`${this.texts.notSaved} ${reason}`);
      return;
    }
    done?.();
    this.changed();
    const threads = await this.load();
    if (threads >= 0) {
      this.announce(threads === 0 ? `${message} ${this.texts.empty}` : message);
    }
    (this.form.hidden ? this.heading : this.input).focus();
  }

  private announce(message: string): void {
    this.status.textContent = message;
  }
}
