// The finished ticket's exports as the server renders them: in place, at once (see lazy-part.tsx). A `.server` module,
// so their code is not in the finished ticket's chunk.
export { TicketDownloads } from "~/components/export/ticket-downloads";
export { ShareLink } from "~/components/export/share-link";
export { ForumMode } from "~/components/export/forum-mode";
