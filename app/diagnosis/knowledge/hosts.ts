// Oracle Health hosts and what each one is for. Source: docs/platform.md §2 (doc = Oracle documentation).

export const HOSTS_SOURCE = { document: "docs/platform.md §2", basis: "documented" } as const;

export type HostRole =
  | "open" // no auth, read-only, does not enforce scopes
  | "secure-provider-system" // the Code sandbox's secure endpoint for provider and system apps
  | "patient" // secure patient endpoint (sandbox and production)
  | "production-provider-system" // client domains (production cloud)
  | "authorization" // the authorization server
  | "legacy"; // *.sandboxcerner.com, no longer used

export interface HostInfo {
  role: HostRole;
  /** Which environments this host serves. */
  environments: ReadonlyArray<"sandbox" | "client">;
  /** App types that call it. */
  appTypes: ReadonlyArray<"system" | "provider" | "patient">;
  enforcesScopes: boolean;
  description: string;
}

export const ORACLE_HOSTS: Readonly<Record<string, HostInfo>> = {
  "fhir-open.cerner.com": {
    role: "open",
    environments: ["sandbox"],
    appTypes: [],
    enforcesScopes: false,
    description: "the open sandbox endpoint (no authentication, read-only, scopes not enforced)",
  },
  "fhir-ehr-code.cerner.com": {
    role: "secure-provider-system",
    environments: ["sandbox"],
    appTypes: ["system", "provider"],
    enforcesScopes: true,
    description: "the secure Code sandbox endpoint for provider and system apps",
  },
  "fhir-myrecord.cerner.com": {
    role: "patient",
    environments: ["sandbox", "client"],
    appTypes: ["patient"],
    enforcesScopes: true,
    description: "the secure endpoint for patient apps (sandbox and production)",
  },
  "fhir-ehr.cerner.com": {
    role: "production-provider-system",
    environments: ["client"],
    appTypes: ["system", "provider"],
    enforcesScopes: true,
    description: "the production endpoint for provider and system apps in client domains",
  },
  "authorization.cerner.com": {
    role: "authorization",
    environments: ["sandbox", "client"],
    appTypes: ["system", "provider", "patient"],
    enforcesScopes: false,
    description: "the authorization server",
  },
};

export function hostInfo(host: string): HostInfo | null {
  const h = host.toLowerCase().replace(/:\d+$/, "");
  if (ORACLE_HOSTS[h]) return ORACLE_HOSTS[h];
  if (h === "sandboxcerner.com" || h.endsWith(".sandboxcerner.com")) {
    return {
      role: "legacy",
      environments: [],
      appTypes: [],
      enforcesScopes: true,
      description: "a legacy *.sandboxcerner.com host, no longer supported",
    };
  }
  return null;
}
