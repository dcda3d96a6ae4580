/** The editing half of the Word port, loaded as one chunk on the first select, fix, insert or comment. */
export { selectLocation } from "./select-location";
export { applyFixInWord } from "./apply-fix-in-word";
export { insertDocumentInWord } from "./insert-document";
export { addCommentsInWord } from "./insert-comments";
