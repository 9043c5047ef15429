/** The name of the no-JavaScript Evidence step's file input (the page and the server's form reader share it). */
export const EVIDENCE_FILES_FIELD = "evidenceFiles";
