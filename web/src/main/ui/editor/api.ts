import type { JourneyMapJson } from "./model";

/** The map REST API (`/rest/journeymaps/1.0/pages/{pageId}/maps/{mapId}`) as the editor uses it. */
export interface Conflict {
  type: string;
  elementKind: string;
  elementId?: string;
  elementName?: string;
  field?: string;
  ours: unknown;
  theirs: unknown;
}

export interface MapRead {
  pageVersion: number;
  map: JourneyMapJson | null;
  /** Whether the reader may save the map (edit permission, and the host not read-only). */
  canEdit?: boolean;
}

export type SaveOutcome =
  | { kind: "saved"; pageVersion: number; merged: boolean; map: JourneyMapJson }
  | { kind: "conflict"; conflicts: Conflict[] }
  | { kind: "refused"; status: number; message: string }
  | { kind: "failed" };

export class MapApi {
  constructor(
    private readonly restBase: string,
    private readonly pageId: string,
    private readonly mapId: string,
  ) {}

  private url(suffix = ""): string {
    return `${this.restBase}/pages/${encodeURIComponent(this.pageId)}/maps/${encodeURIComponent(this.mapId)}${suffix}`;
  }

  async read(): Promise<MapRead> {
    const response = await fetch(this.url(), { credentials: "same-origin", headers: { Accept: "application/json" } });
    if (!response.ok) {
      throw new Error(`GET map: ${response.status}`);
    }
    return (await response.json()) as MapRead;
  }

  /** The interactive HTML of the map region, as the server's Soy templates render it. */
  async html(): Promise<string> {
    const response = await fetch(this.url("/html?mode=interactive"), { credentials: "same-origin" });
    if (!response.ok) {
      throw new Error(`GET html: ${response.status}`);
    }
    return response.text();
  }

  async save(map: JourneyMapJson, baseVersion: number): Promise<SaveOutcome> {
    let response: Response;
    try {
      response = await fetch(this.url(`?baseVersion=${baseVersion}`), {
        method: "PUT",
        credentials: "same-origin",
        headers: { "Content-Type": "application/json", Accept: "application/json", "X-Atlassian-Token": "no-check" },
        body: JSON.stringify(map),
      });
    } catch {
      return { kind: "failed" };
    }
    if (response.status >= 500) {
      return { kind: "failed" };
    }
    let body: Record<string, unknown> = {};
    try {
      body = (await response.json()) as Record<string, unknown>;
    } catch {
      return { kind: "failed" };
    }
    if (response.ok) {
      return {
        kind: "saved",
        pageVersion: Number(body.pageVersion),
        merged: body.merged === true,
        map: body.map as JourneyMapJson,
      };
    }
    if (response.status === 409 && body.code === "conflict" && Array.isArray(body.conflicts)) {
      return { kind: "conflict", conflicts: body.conflicts as Conflict[] };
    }
    return { kind: "refused", status: response.status, message: typeof body.message === "string" ? body.message : "" };
  }
}
