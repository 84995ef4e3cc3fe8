/**
 * The REST calls of the panels (`/rest/journeymaps/1.0`): history, diff, restore, templates, CSV
 * import and the rendered HTML of a version. Every failure becomes an {@link ApiError} carrying the
 * server's message (already in the viewer's language) when it sent one.
 */
export interface VersionInfo {
  version: number;
  author: string;
  modified: string;
  comment: string;
  summary: string;
  changes: number;
}

export interface DiffChange {
  kind: string;
  elementKind: string;
  elementId: string;
  parentId?: string;
  field?: string;
  key?: string;
  oldValue?: unknown;
  newValue?: unknown;
  sentence: string;
}

export interface TemplateInfo {
  id: string;
  name: string;
  description: string;
  stages: string[];
}

export interface ImportPreview {
  pageVersion: number;
  ok: boolean;
  added: string[];
  updated: string[];
  unchanged: string[];
  problems: { row: number; pointer: string; code: string; message: string }[];
}

export interface MapState {
  pageVersion: number;
  empty: boolean;
  canEdit: boolean;
  map: { touchpoints?: { id: string; name: string }[] } | null;
}

export class ApiError extends Error {}

const WRITE_HEADERS = { Accept: "application/json", "X-Atlassian-Token": "no-check" };

async function answer<T>(response: Response): Promise<T> {
  if (response.ok) {
    return (await response.json()) as T;
  }
  let message = `HTTP ${response.status}`;
  try {
    const body = (await response.json()) as { message?: unknown };
    if (typeof body.message === "string" && body.message) {
      message = body.message;
    }
  } catch {
    // no error body: keep the status
  }
  throw new ApiError(message);
}

async function call<T>(url: string, init?: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: "same-origin", ...init });
  } catch (e) {
    throw new ApiError(e instanceof Error ? e.message : String(e));
  }
  return answer<T>(response);
}

export class PanelsApi {
  constructor(
    readonly restBase: string,
    private readonly pageId: string,
    private readonly mapId: string,
  ) {}

  url(suffix = ""): string {
    return `${this.restBase}/pages/${encodeURIComponent(this.pageId)}/maps/${encodeURIComponent(this.mapId)}${suffix}`;
  }

  state(): Promise<MapState> {
    return call<MapState>(this.url(), { headers: { Accept: "application/json" } });
  }

  async history(): Promise<VersionInfo[]> {
    return (await call<{ versions: VersionInfo[] }>(this.url("/history"))).versions;
  }

  async diff(from: number, to: number): Promise<DiffChange[]> {
    return (await call<{ changes: DiffChange[] }>(this.url(`/diff?from=${from}&to=${to}`))).changes;
  }

  /** The interactive HTML of the map as of a page version (trusted Soy output). */
  async versionHtml(version: number): Promise<string> {
    let response: Response;
    try {
      response = await fetch(this.url(`/html?mode=interactive&version=${version}`), { credentials: "same-origin" });
    } catch (e) {
      throw new ApiError(e instanceof Error ? e.message : String(e));
    }
    if (!response.ok) {
      return answer<never>(response);
    }
    return response.text();
  }

  restore(version: number, baseVersion: number): Promise<{ pageVersion: number }> {
    return call(this.url(`/restore?version=${version}&baseVersion=${baseVersion}`), { method: "POST", headers: WRITE_HEADERS });
  }

  async templates(): Promise<TemplateInfo[]> {
    return (await call<{ templates: TemplateInfo[] }>(`${this.restBase}/templates`)).templates;
  }

  fromTemplate(templateId: string, baseVersion: number): Promise<{ pageVersion: number }> {
    return call(this.url(`/from-template?template=${encodeURIComponent(templateId)}&baseVersion=${baseVersion}`), {
      method: "POST",
      headers: WRITE_HEADERS,
    });
  }

  previewImport(csv: string): Promise<ImportPreview> {
    return call(this.url("/import/preview"), {
      method: "POST",
      headers: { ...WRITE_HEADERS, "Content-Type": "text/csv;charset=utf-8" },
      body: csv,
    });
  }

  applyImport(csv: string, baseVersion: number): Promise<{ pageVersion: number }> {
    return call(this.url(`/import?baseVersion=${baseVersion}`), {
      method: "POST",
      headers: { ...WRITE_HEADERS, "Content-Type": "text/csv;charset=utf-8" },
      body: csv,
    });
  }
}
