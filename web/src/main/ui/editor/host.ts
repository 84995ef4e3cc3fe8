/**
 * What the host page tells the front end: the page id, the REST base and whether the viewer may
 * edit. The standalone server marks its page view with article[data-page-id] and shows an edit link
 * only to editors; Confluence publishes ajs-* meta tags and shows #editPageLink only to editors.
 */
export interface HostContext {
  pageId: string;
  restBase: string;
  canEdit: boolean;
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
  const canEdit =
    document.getElementById("editPageLink") !== null ||
    document.querySelector(`a[href="${contextPath}/pages/${pageId}/edit"]`) !== null;
  return { pageId, restBase: `${contextPath}/rest/journeymaps/1.0`, canEdit };
}
