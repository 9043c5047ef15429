// The Evidence step's stylesheet, for the route's `links` (app/routes/_index.tsx re-exports this).
import type { LinksFunction } from "@remix-run/node";
import evidenceStyles from "~/styles/evidence.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: evidenceStyles }];
