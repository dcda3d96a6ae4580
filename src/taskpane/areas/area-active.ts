import { createContext, useContext } from "react";

/**
 * Whether the area is the one on screen. Areas stay mounted once visited (to keep their state), so a
 * hidden area must not keep re-reading the document: it catches up when it is shown again.
 */
export const AreaActiveContext = createContext(true);

export const useAreaActive = (): boolean => useContext(AreaActiveContext);
