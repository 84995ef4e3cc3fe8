/**
 * What the host page tells the front end: the page id and the REST base. The standalone server
 * marks its page view with article[data-page-id]; Confluence publishes ajs-* meta tags. Whether the
 * viewer may edit comes from the map REST read (canEdit), not from the page.
 */
export interface HostContext {
  pageId: string;
  restBase: string;
}

function meta(name: string): string | null {
  return document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content ?? null;
}

export function hostContext(region: Element): HostContext | null {
  const article = region.closest<HTMLElement>("[data-page-id]");
  const pageId = article?.dataset.pageId ?? meta("ajs-page-id");
  if (!pageId || !/^\d+$/.test(pageId)) {
    return null;
  }
  const contextPath = (meta("ajs-context-path") ?? "").replace(/\/$/, "");
  return { pageId, restBase: `${contextPath}/rest/journeymaps/1.0` };
}
