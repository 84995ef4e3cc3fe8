import type { PanelsApi } from "./api";

/**
 * A message that outlives the reload after a restore, an import or a new map ("Version 3 restored."):
 * kept in sessionStorage per map and shown once when the page loads again.
 */
function key(api: PanelsApi): string {
  return `journeymaps.panels.notice.${api.url()}`;
}

export function rememberNotice(api: PanelsApi, message: string): void {
  try {
    window.sessionStorage.setItem(key(api), message);
  } catch {
    // storage unavailable: the reload simply shows the new state without the notice
  }
}

export function takeNotice(api: PanelsApi): string | null {
  try {
    const message = window.sessionStorage.getItem(key(api));
    window.sessionStorage.removeItem(key(api));
    return message;
  } catch {
    return null;
  }
}
