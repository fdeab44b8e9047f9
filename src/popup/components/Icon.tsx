// Small inline SVG icons drawn for the popup (16 px grid, 1.5 px strokes in currentColor): no icon font, nothing remote.

/** Each icon is the inner markup of a 16×16 viewBox; strokes inherit the text colour. */
const PATHS = {
  copy: (
    <>
      <rect x="5.5" y="5.5" width="8" height="8" rx="1.5" />
      <path d="M10.5 3.5v-.5a1 1 0 0 0-1-1h-6a1 1 0 0 0-1 1v6a1 1 0 0 0 1 1h.5" />
    </>
  ),
  download: <path d="M8 2.5v8m0 0 3-3m-3 3-3-3M3 12.5v1h10v-1" />,
  check: <path d="m3.5 8.5 3 3 6-7" />,
  chevron: <path d="m4.5 6 3.5 3.5L11.5 6" />,
  sparkle: <path d="M8 2.5 9.3 6.7 13.5 8l-4.2 1.3L8 13.5 6.7 9.3 2.5 8l4.2-1.3ZM12.5 2v2.5M11.25 3.25h2.5" />,
  person: (
    <>
      <circle cx="8" cy="5.5" r="2.5" />
      <path d="M3 13.5c.6-2.6 2.6-4 5-4s4.4 1.4 5 4" />
    </>
  ),
  place: (
    <>
      <path d="M8 14s-4.5-4.2-4.5-7.5a4.5 4.5 0 0 1 9 0C12.5 9.8 8 14 8 14Z" />
      <circle cx="8" cy="6.5" r="1.5" />
    </>
  ),
  organisation: <path d="M2.5 13.5h11M4 13.5v-7h8v7M6.5 13.5v-3h3v3M3 6.5 8 3l5 3.5" />,
  date: (
    <>
      <rect x="2.5" y="3.5" width="11" height="10" rx="1.5" />
      <path d="M2.5 6.5h11M5.5 2v3M10.5 2v3" />
    </>
  ),
  figure: <path d="M3 13.5V9M6.3 13.5V6M9.7 13.5V8M13 13.5V3" />,
  quote: <path d="M3 7.5h3v4H3v-4Zm0 0c0-2 .7-3.3 2.5-4M9.5 7.5h3v4h-3v-4Zm0 0c0-2 .7-3.3 2.5-4" />,
  summary: <path d="M3 4h10M3 7h10M3 10h7M3 13h5" />,
  sliders: <path d="M2.5 4.5h7m3 0h1M2.5 11.5h2m3 0h6M9.5 3v3M4.5 10v3" />,
  reset: <path d="M3.5 8a4.5 4.5 0 1 0 1.3-3.2M3.5 2.5v2.8h2.8" />,
  stop: <rect x="4.5" y="4.5" width="7" height="7" rx="1" />,
  alert: <path d="M8 2.5 14 13H2L8 2.5Zm0 4v3m0 1.8v.2" />,
  retry: <path d="M12.5 8A4.5 4.5 0 1 1 11.2 4.8M12.5 2.5v2.8H9.7" />,
  speaker: <path d="M2.5 6v4h2.5l3.5 3V3L5 6H2.5Zm8 -.5a3.5 3.5 0 0 1 0 5m1.5-7a6 6 0 0 1 0 9" />,
  book: <path d="M8 4c-1.3-1-3-1.5-5.5-1.5v10c2.5 0 4.2.5 5.5 1.5m0-10c1.3-1 3-1.5 5.5-1.5v10c-2.5 0-4.2.5-5.5 1.5m0-10v10" />,
  markdown: (
    <>
      <rect x="1.5" y="3.5" width="13" height="9" rx="1.5" />
      <path d="M4 10.5v-5l2 2.5 2-2.5v5M11 5.5v5m0 0-1.5-1.5M11 10.5l1.5-1.5" />
    </>
  ),
} as const;

export type IconName = keyof typeof PATHS;

export function Icon({ name, size = 16 }: { name: IconName; size?: number }) {
  return (
    <svg
      class="icon"
      width={size}
      height={size}
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      stroke-width="1.5"
      stroke-linecap="round"
      stroke-linejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {PATHS[name]}
    </svg>
  );
}
