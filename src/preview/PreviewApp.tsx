/**
 * The preview page: the real task pane (src/taskpane/App.tsx) on the right, given the in-memory port,
 * and on the left the document it works on, drawn by DocumentView, with the toolbar to open, reset
 * and download it. Everything runs in the browser; no file leaves the machine.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import { App } from "../taskpane/App";
import type { MemoryWordPort } from "../word/memory-word-port";
import { DocumentView } from "./DocumentView";
import { Toolbar } from "./Toolbar";

/** Word's task pane is about this wide; the pane is laid out for it. */
const PANE_WIDTH = "360px";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", height: "100vh", backgroundColor: tokens.colorNeutralBackground3 },
  top: { padding: "8px 16px", backgroundColor: tokens.colorNeutralBackground1, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  title: { margin: "0 0 8px", fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  split: { display: "flex", flex: 1, minHeight: 0 },
  document: { flex: 1, overflow: "auto", padding: "0 16px" },
  pane: {
    width: PANE_WIDTH,
    flexShrink: 0,
    overflow: "auto",
    backgroundColor: tokens.colorNeutralBackground1,
    borderLeft: `1px solid ${tokens.colorNeutralStroke1}`,
  },
});

export function PreviewApp({ port, today }: { port: MemoryWordPort; today?: string }) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <div className={styles.top}>
        <p className={styles.title}>Xem thử phần bổ trợ Biên bản Chi bộ — không cần Word (văn bản chỉ ở trong trình duyệt này)</p>
        <Toolbar port={port} />
      </div>
      <div className={styles.split}>
        <main className={styles.document}>
          <DocumentView port={port} />
        </main>
        <aside className={styles.pane} aria-label="Ngăn tác vụ Biên bản Chi bộ">
          <App port={port} embedded {...(today ? { today } : {})} />
        </aside>
      </div>
    </div>
  );
}
