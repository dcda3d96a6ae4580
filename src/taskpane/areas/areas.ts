import { lazy, type ComponentType, type LazyExoticComponent } from "react";

/**
 * The four areas of the task pane, in tab order. Each component is a separate chunk, fetched the
 * first time its tab is shown, so the pane's first paint only pays for the shell.
 */
export type AreaId = "soan-thao" | "tung-buoc" | "kiem-tra" | "tap-huan";

export interface Area {
  id: AreaId;
  /** The tab's label. */
  label: string;
  Component: LazyExoticComponent<ComponentType>;
}

export const areas: readonly Area[] = [
  { id: "soan-thao", label: "Soạn thảo", Component: lazy(() => import(/* webpackChunkName: "area-soan-thao" */ "./ComposeArea")) },
  { id: "tung-buoc", label: "Từng bước", Component: lazy(() => import(/* webpackChunkName: "area-tung-buoc" */ "./StepsArea")) },
  { id: "kiem-tra", label: "Kiểm tra", Component: lazy(() => import(/* webpackChunkName: "area-kiem-tra" */ "./CheckArea")) },
  { id: "tap-huan", label: "Tập huấn", Component: lazy(() => import(/* webpackChunkName: "area-tap-huan" */ "./TrainingArea")) },
];

export function isAreaId(value: unknown): value is AreaId {
  return areas.some((a) => a.id === value);
}
