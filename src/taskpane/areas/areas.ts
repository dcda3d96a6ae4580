import { lazy, type ComponentType, type LazyExoticComponent } from "react";

/**
 * The four areas of the task pane, in tab order. Each component is a separate chunk, fetched the
 * first time its tab is shown, so the pane's first paint only pays for the shell and the area on
 * screen (whose chunk taskpane.html preloads and index.tsx starts at once). Areas take no props: the
 * port and the document's state come from the session (session/session-context.ts).
 */
export type AreaId = "soan-thao" | "tung-buoc" | "kiem-tra" | "tap-huan";

export interface Area {
  id: AreaId;
  /** The tab's label. */
  label: string;
  Component: LazyExoticComponent<ComponentType>;
}

type Loader = () => Promise<{ default: ComponentType }>;

/** Components already loaded, by area: rendered directly, without a Suspense round. */
const ready = new Map<AreaId, ComponentType>();

/** One loader per area: the same promise serves an early start and React.lazy. */
function once(id: AreaId, load: Loader): Loader {
  let started: ReturnType<Loader> | undefined;
  return () =>
    (started ??= load().then((m) => {
      ready.set(id, m.default);
      return m;
    }));
}

const loaders: Record<AreaId, Loader> = {
  "soan-thao": once("soan-thao", () => import(/* webpackChunkName: "area-soan-thao" */ "./ComposeArea")),
  "tung-buoc": once("tung-buoc", () => import(/* webpackChunkName: "area-tung-buoc" */ "./StepsArea")),
  "kiem-tra": once("kiem-tra", () => import(/* webpackChunkName: "area-kiem-tra" */ "./CheckArea")),
  "tap-huan": once("tap-huan", () => import(/* webpackChunkName: "area-tap-huan" */ "./TrainingArea")),
};

export const areas: readonly Area[] = [
  { id: "soan-thao", label: "Soạn thảo", Component: lazy(loaders["soan-thao"]) },
  { id: "tung-buoc", label: "Từng bước", Component: lazy(loaders["tung-buoc"]) },
  { id: "kiem-tra", label: "Kiểm tra", Component: lazy(loaders["kiem-tra"]) },
  { id: "tap-huan", label: "Tập huấn", Component: lazy(loaders["tap-huan"]) },
];

/**
 * Starts loading an area before it is rendered (the first one, while Office.js gets ready). Resolves
 * when it is loaded, or failed: React.lazy's own call then shows the failure.
 */
export function preloadArea(id: AreaId): Promise<void> {
  return loaders[id]().then(
    () => undefined,
    () => undefined,
  );
}

/** The area's component if it is loaded already (render it directly), else its lazy wrapper. */
export function areaComponent(area: Area): ComponentType {
  return ready.get(area.id) ?? area.Component;
}

export function isAreaId(value: unknown): value is AreaId {
  return areas.some((a) => a.id === value);
}
