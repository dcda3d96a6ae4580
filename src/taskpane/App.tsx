import { Suspense, useState } from "react";
import {
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
import { areas, isAreaId, type AreaId } from "./areas/areas";

export interface AppProps {
  /** Everything the UI knows about Word comes through this port (a fake one in tests). */
  port: WordPort;
  initialArea?: AreaId;
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
  main: {
    flexGrow: 1,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
  },
});

const tabId = (id: AreaId) => `tab-${id}`;
const panelId = (id: AreaId) => `panel-${id}`;

export function App({ port, initialArea = "soan-thao" }: AppProps) {
  const styles = useStyles();
  const [selected, setSelected] = useState<AreaId>(initialArea);
  const area = areas.find((a) => a.id === selected) ?? areas[0];

  const onTabSelect = (_event: SelectTabEvent, data: SelectTabData) => {
    if (isAreaId(data.value)) setSelected(data.value);
  };

  return (
    <div className={styles.root}>
      <header className={styles.header}>
        <h1 className={styles.title}>Biên bản Chi bộ</h1>
        <div className={styles.status}>
          <HostStatus port={port} />
        </div>
        <nav aria-label="Các khu vực">
          <TabList selectedValue={selected} onTabSelect={onTabSelect} size="small">
            {areas.map((a) => (
              <Tab key={a.id} value={a.id} id={tabId(a.id)} aria-controls={panelId(a.id)}>
                {a.label}
              </Tab>
            ))}
          </TabList>
        </nav>
      </header>
      <main className={styles.main}>
        {area && (
          <div role="tabpanel" id={panelId(area.id)} aria-labelledby={tabId(area.id)} tabIndex={0}>
            <Suspense fallback={<Spinner size="small" label="Đang tải…" />}>
              <area.Component />
            </Suspense>
          </div>
        )}
      </main>
    </div>
  );
}
