import type { Op } from "./ops";

/** One of the user's own changes: the operations that made it and those that take it back. */
export interface Edit {
  forward: Op[];
  backward: Op[];
}

/** Undo and redo of the user's own changes in this tab (not of changes merged in from others). */
export class UndoStack {
  private readonly done: Edit[] = [];
  private readonly undone: Edit[] = [];

  record(edit: Edit): void {
    this.done.push(edit);
    this.undone.length = 0;
    if (this.done.length > 100) {
      this.done.shift();
    }
  }

  undo(): Edit | undefined {
    const edit = this.done.pop();
    if (edit) {
      this.undone.push(edit);
    }
    return edit;
  }

  redo(): Edit | undefined {
    const edit = this.undone.pop();
    if (edit) {
      this.done.push(edit);
    }
    return edit;
  }
}
