// The fonts the PDF embeds (DejaVu, from the dejavu-fonts-ttf package). The PDF code is pure: it takes the bytes,
// and each side supplies them — the server and the CLI read them from disk (app/export/fonts.server.ts), the
// browser fetches them from the app's /fonts/<file> resource route.

export interface FontBytes {
  sans: Uint8Array;
  bold: Uint8Array;
  mono: Uint8Array;
}

export type FontLoader = () => Promise<FontBytes>;
export type FontSource = FontBytes | FontLoader;

export const FONT_FILES: Record<keyof FontBytes, string> = {
  sans: "DejaVuSans.ttf",
  bold: "DejaVuSans-Bold.ttf",
  mono: "DejaVuSansMono.ttf",
};

export const isFontFile = (name: string): boolean => Object.values(FONT_FILES).includes(name);

export async function resolveFonts(source: FontSource): Promise<FontBytes> {
  return typeof source === "function" ? source() : source;
}

/** A loader that fetches the three files from `baseUrl` (the app serves them at /fonts), once per loader. */
export function fetchFonts(baseUrl = "/fonts", fetcher: typeof fetch = (...args) => fetch(...args)): FontLoader {
  let pending: Promise<FontBytes> | null = null;
  const one = async (file: string) => {
    const response = await fetcher(`${baseUrl.replace(/\/$/, "")}/${file}`);
    if (!response.ok) throw new Error(`Could not load the PDF font ${file} (HTTP ${response.status}).`);
    return new Uint8Array(await response.arrayBuffer());
  };
  return () => {
    pending ??= Promise.all([one(FONT_FILES.sans), one(FONT_FILES.bold), one(FONT_FILES.mono)])
      .then(([sans, bold, mono]) => ({ sans, bold, mono }))
      .catch((error: unknown) => {
        pending = null;
        throw error;
      });
    return pending;
  };
}
