import { Suspense, useState } from "react";
import {
  FluentProvider,
  Spinner,
  Tab,
  TabList,
  makeStyles,
  tokens,
  type SelectTabData,
  type SelectTabEvent,
} from "@fluentui/react-components";
import type { WordPort } from "../word/word-port";
import { HostStatus } from "./HostStatus";
import { AreaActiveContext } from "./areas/area-active";
import { areaComponent, areas, isAreaId, type AreaId } from "./areas/areas";
import { readableTheme } from "./readable-theme";
import { SessionProvider } from "./session/SessionProvider";
import { SettingsError } from "./session/SettingsError";
import { todayIso } from "./today-iso";

export interface AppProps {
  /** Everything the UI knows about Word comes through this port (a fake one in tests). */
  port: WordPort;
  initialArea?: AreaId;
  /** Today's ISO date (default: this machine's); fixed in tests. */
  today?: string;
  /**
   * The pane is part of a bigger page (the preview, beside its document), which has its own main
   * landmark: the pane's header and main become plain regions, so the page keeps one of each.
   */
  embedded?: boolean;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    minHeight: "100vh",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground1,
  },
  header: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM} 0`,
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
  status: {
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
  },
  // Four tabs must fit Word's narrowest pane (320 px): a notch smaller than the body text, wrapping if need be.
  tabs: { flexWrap: "wrap" },
  tabText: { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  main: {
    flexGrow: 1,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
  },
});

const tabId = (id: AreaId) => `tab-${id}`;
const panelId = (id: AreaId) => `panel-${id}`;

export function App({ port, initialArea = "soan-thao", today, embedded = false }: AppProps) {
  const styles = useStyles();
  const [selected, setSelected] = useState<AreaId>(initialArea);
  // An area stays mounted (hidden) once visited, so a half-filled form survives a look at another tab.
  const [visited, setVisited] = useState<ReadonlySet<AreaId>>(() => new Set([initialArea]));
  const [date] = useState(() => today ?? todayIso());

  const Header = embedded ? "div" : "header";
  const Main = embedded ? "div" : "main";

  const onTabSelect = (_event: SelectTabEvent, data: SelectTabData) => {
    if (!isAreaId(data.value)) return;
    const id = data.value;
    setSelected(id);
    setVisited((v) => (v.has(id) ? v : new Set(v).add(id)));
  };

  return (
    <SessionProvider port={port} today={date}>
      {/* Whatever provider the host page uses (Word's pane, the preview), the pane reads large. */}
      <FluentProvider theme={readableTheme} className={styles.root}>
        <Header className={styles.header}>
          <h1 className={styles.title}>Biên bản Chi bộ</h1>
          <div className={styles.status}>
            <HostStatus port={port} />
            <SettingsError />
          </div>
          <nav aria-label="Các khu vực">
            <TabList selectedValue={selected} onTabSelect={onTabSelect} size="small" className={styles.tabs}>
              {areas.map((a) => (
                <Tab key={a.id} value={a.id} id={tabId(a.id)} aria-controls={panelId(a.id)} content={{ className: styles.tabText }}>
                  {a.label}
                </Tab>
              ))}
            </TabList>
          </nav>
        </Header>
        <Main className={styles.main} {...(embedded ? { role: "region", "aria-label": "Khu vực đang mở" } : {})}>
          {areas
            .filter((a) => visited.has(a.id))
            .map((a) => {
              const Area = areaComponent(a);
              return (
                <div key={a.id} role="tabpanel" id={panelId(a.id)} aria-labelledby={tabId(a.id)} tabIndex={0} hidden={a.id !== selected}>
                  <AreaActiveContext.Provider value={a.id === selected}>
                    <Suspense fallback={<Spinner size="small" label="Đang tải…" />}>
                      <Area />
                    </Suspense>
                  </AreaActiveContext.Provider>
                </div>
              );
            })}
        </Main>
      </FluentProvider>
    </SessionProvider>
  );
}
