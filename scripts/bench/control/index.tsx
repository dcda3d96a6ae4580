/* The bench's control page: the least a Fluent UI task pane can be (React, FluentProvider, one
   Button), built by the product's own webpack config so the task pane is compared like for like. */
import { createRoot } from "react-dom/client";
import { Button, FluentProvider, webLightTheme } from "@fluentui/react-components";

const container = document.getElementById("root");
if (container) {
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <Button appearance="primary">Bắt đầu</Button>
    </FluentProvider>,
  );
}
