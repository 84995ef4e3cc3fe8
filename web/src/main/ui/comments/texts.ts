/**
 * The comment panel's words, from the i18n bundle: JourneyMaps.Map.commentTexts renders them as data attributes
 * of a hidden element inside the map region (the CSP allows no inline script), as the editor's texts are.
 */
export interface CommentTexts {
  title: string;
  close: string;
  loading: string;
  empty: string;
  failed: string;
  noComment: string;
  newComment: string;
  send: string;
  reply: string;
  replyLabel: string;
  sendReply: string;
  edit: string;
  editLabel: string;
  save: string;
  cancel: string;
  delete: string;
  deleteConfirm: string;
  resolve: string;
  reopen: string;
  resolved: string;
  edited: string;
  openHint: string;
  saved: string;
  deleted: string;
  notSaved: string;
  badgeOpen: string;
}

const KEYS: (keyof CommentTexts)[] = [
  "title", "close", "loading", "empty", "failed", "noComment", "newComment", "send", "reply", "replyLabel",
  "sendReply", "edit", "editLabel", "save", "cancel", "delete", "deleteConfirm", "resolve", "reopen", "resolved",
  "edited", "openHint", "saved", "deleted", "notSaved", "badgeOpen",
];

/** The texts, or null when the region carries none (then comments stay off). */
export function readCommentTexts(region: Element): CommentTexts | null {
  const holder = region.querySelector<HTMLElement>("[data-jm-comment-texts]");
  if (!holder) {
    return null;
  }
  const texts: Partial<CommentTexts> = {};
  for (const key of KEYS) {
    const value = holder.dataset[key];
    if (value === undefined) {
      return null;
    }
    texts[key] = value;
  }
  return texts as CommentTexts;
}
