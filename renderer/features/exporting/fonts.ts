import latin400 from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import latin700 from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2?url';
import hebrew400 from '@fontsource/noto-sans-hebrew/files/noto-sans-hebrew-hebrew-400-normal.woff2?url';
import hebrew700 from '@fontsource/noto-sans-hebrew/files/noto-sans-hebrew-hebrew-700-normal.woff2?url';

/** The family the minutes' style sheet asks for first; these faces are what it gets. */
export const EXPORT_FONT_FAMILY = 'Outmodel Sans';

const FACES = [
  { url: latin400, weight: 400, range: 'U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD' },
  { url: latin700, weight: 700, range: 'U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD' },
  { url: hebrew400, weight: 400, range: 'U+0307-0308, U+0590-05FF, U+200C-2010, U+20AA, U+25CC, U+FB1D-FB4F' },
  { url: hebrew700, weight: 700, range: 'U+0307-0308, U+0590-05FF, U+200C-2010, U+20AA, U+25CC, U+FB1D-FB4F' },
] as const;

function faceRule(src: string, weight: number, range: string): string {
  return `@font-face{font-family:'${EXPORT_FONT_FAMILY}';font-style:normal;font-weight:${weight};font-display:block;src:url(${src}) format('woff2');unicode-range:${range};}`;
}

/** Font rules that point at the app's own font files: for printing inside the app. */
export function linkedFontCss(): string {
  return FACES.map((f) => faceRule(new URL(f.url, window.location.href).href, f.weight, f.range)).join('\n');
}

function toBase64(bytes: ArrayBuffer): string {
  let binary = '';
  const view = new Uint8Array(bytes);
  for (let i = 0; i < view.length; i += 0x8000) binary += String.fromCharCode(...view.subarray(i, i + 0x8000));
  return btoa(binary);
}

let embedded: Promise<string> | undefined;

/** Font rules carrying the fonts themselves (data: URLs): for a file that must look the same anywhere. */
export function embeddedFontCss(): Promise<string> {
  embedded ??= Promise.all(
    FACES.map(async (f) => {
      const response = await fetch(f.url);
      if (!response.ok) throw new Error(`font ${f.url}: ${response.status}`);
      return faceRule(`data:font/woff2;base64,${toBase64(await response.arrayBuffer())}`, f.weight, f.range);
    }),
  ).then((rules) => rules.join('\n'));
  embedded.catch(() => {
    embedded = undefined;
  });
  return embedded;
}
