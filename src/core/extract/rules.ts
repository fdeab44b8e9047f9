// Clutter and structure rules as data: every list has a one-line reason so it can be reviewed on its own.

/** Tags whose whole subtree never holds article text (code, media plumbing, chrome). */
export const DROP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'LINK', 'META', 'OBJECT', 'EMBED', 'APPLET', // code and plug-ins, not prose
  'BUTTON', 'INPUT', 'SELECT', 'TEXTAREA', 'OPTION', 'LABEL', 'FORM', 'FIELDSET', // interactive controls: widgets, sign-up boxes
  'CANVAS', 'DIALOG', 'MENU', 'AUDIO', 'TRACK', 'MAP', 'AREA', // interactive or decorative media without text
  'TITLE', // a document title misplaced in the body (or injected): hidden text, never article prose
]);

/** Tags that are page chrome rather than article (navigation, landmarks around the article). */
export const CHROME_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER', 'HEADER']);

/** Block-level tags: text inside them forms its own paragraph unit. */
export const BLOCK_TAGS = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD', 'TD', 'TH', 'TR', 'TABLE', 'TBODY',
  'THEAD', 'TFOOT', 'CAPTION', 'BLOCKQUOTE', 'PRE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'FIGURE', 'FIGCAPTION',
  'HEADER', 'FOOTER', 'NAV', 'ASIDE', 'ADDRESS', 'CENTER', 'HR', 'BR', 'DETAILS', 'SUMMARY', 'HGROUP',
]);

/** Heading tags: kept with their level, never judged by length. */
export const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

/**
 * class/id words that mark boilerplate blocks (chrome, promotion, social, comments, consent).
 * Matched against class and id tokens split on - _ and camelCase.
 */
export const CLUTTER_WORDS: ReadonlyArray<readonly [string, string]> = [
  ['share', 'share bars ("Share", "PARTAGER", "Teilen")'],
  ['sharing', 'share bars'],
  ['social', 'social network buttons'],
  ['sociable', 'social network buttons'],
  ['comment', 'reader comment sections'],
  ['comments', 'reader comment sections'],
  ['disqus', 'third-party comment widget'],
  ['discuss', 'reader discussion sections'],
  ['discussion', 'reader discussion sections'],
  ['related', 'related-article lists'],
  ['recommended', 'recommended-article lists'],
  ['recommendations', 'recommended-article lists'],
  ['popular', 'most-read lists'],
  ['trending', 'trending lists'],
  ['mostread', 'most-read lists'],
  ['newsletter', 'newsletter sign-up boxes'],
  ['subscribe', 'subscription prompts'],
  ['subscription', 'subscription prompts'],
  ['signup', 'sign-up boxes'],
  ['cookie', 'cookie banners'],
  ['cookies', 'cookie banners'],
  ['consent', 'consent banners'],
  ['gdpr', 'consent banners'],
  ['banner', 'banners'],
  ['ad', 'advertising slots'],
  ['ads', 'advertising slots'],
  ['advert', 'advertising slots'],
  ['advertisement', 'advertising slots'],
  ['adslot', 'advertising slots'],
  ['adunit', 'advertising slots'],
  ['adsbygoogle', 'advertising slots'],
  ['advertising', 'advertising slots'],
  ['pub', 'advertising slots (French "pub")'],
  ['publicite', 'advertising slots (French)'],
  ['inread', 'in-article video ad slots'],
  ['dfp', 'ad-server slots'],
  ['sponsor', 'sponsored blocks'],
  ['sponsored', 'sponsored blocks'],
  ['promo', 'promotion boxes'],
  ['outbrain', 'sponsored content widget'],
  ['taboola', 'sponsored content widget'],
  ['sidebar', 'side columns'],
  ['breadcrumb', 'breadcrumb trails'],
  ['breadcrumbs', 'breadcrumb trails'],
  ['crumbs', 'breadcrumb trails'],
  ['toolbar', 'tool bars'],
  ['tools', 'article tool bars (print, font size)'],
  ['fontsize', 'text-size widgets ("-A +A")'],
  ['textsize', 'text-size widgets'],
  ['print', 'print buttons'],
  ['masthead', 'site header'],
  ['footer', 'page or article footers'],
  ['nav', 'navigation'],
  ['navbar', 'navigation'],
  ['menu', 'menus'],
  ['pagination', 'pagers'],
  ['pager', 'pagers'],
  ['tags', 'tag lists'],
  ['popup', 'overlays'],
  ['modal', 'overlays'],
  ['overlay', 'overlays'],
  ['hidden', 'hidden blocks'],
  ['skip', 'skip links'],
  ['login', 'log-in prompts'],
  ['teaser', '"read more" teasers'],
  ['readmore', '"read more" teasers'],
  ['more-stories', 'story lists'],
  ['jump', 'jump links'],
];

/** class/id words that vouch for content, overriding a clutter word on the same element. */
export const CONTENT_WORDS: ReadonlyArray<readonly [string, string]> = [
  ['article', 'article containers'],
  ['body', 'article body containers'],
  ['content', 'content containers'],
  ['entry', 'blog entry containers'],
  ['story', 'story containers'],
  ['post', 'blog post containers'],
  ['text', 'text containers'],
  ['main', 'main column'],
  ['prose', 'prose containers'],
];

/**
 * The words of a word list. Module-level sets are built through this pure call so that a bundle importing these
 * modules without reading the sets (the content script) leaves the lists out.
 */
export function wordsOf(list: ReadonlyArray<readonly [string, string]>): Set<string> {
  return new Set(list.map((w) => w[0]));
}
export const CLUTTER_SET = /* @__PURE__ */ wordsOf(CLUTTER_WORDS);
export const CONTENT_SET = /* @__PURE__ */ wordsOf(CONTENT_WORDS);

/** Short texts that are widgets or labels when they stand alone in a block (lower-case, trimmed). */
export const BOILERPLATE_TEXTS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(partager|share|teilen|compartir|condividi|delen|udostępnij|поделиться)\b/i, 'share bars'],
  [/^(share|partager)( (on|sur|this|cet article|this article|this story))?$/i, 'share bars'],
  [/^[-–]\s*a\s*\+\s*a$/i, 'text-size widget'],
  [/^a\s*[-–]\s*a\s*\+$/i, 'text-size widget'],
  [/^(advertisement|advertising|publicité|anzeige|publicidad|pubblicità|reklama|sponsored( content)?)$/i, 'ad labels'],
  [/^(commentaires?|comments?|kommentare|comentarios|commenti)( \(\d+\))?$/i, 'comment headers'],
  [/^(read more|lire aussi|lire la suite|à lire aussi|weiterlesen|leer más|see also|related( articles| stories)?|more from|recommended)\b.{0,80}$/i, '"read more" teasers'],
  [/^(print|imprimer|email|e-mail|tweet|facebook|twitter|linkedin|whatsapp|pinterest|reddit)$/i, 'tool buttons'],
  [/^((click|tap) here to )?(sign up|subscribe|s'abonner|abonnez-vous|newsletter)\b.{0,120}$/i, 'subscription prompts'],
  [/^(like this:?|like loading\W*|j'aime chargement\W*)$/i, 'blog "like" widgets'],
  [/\b(we use cookies|nous utilisons des cookies|utilise des cookies|verwendet cookies|accept cookies|accepter les cookies)\b/i, 'cookie banners'],
];

/** Embeds allowed to survive sanitisation as inert placeholders (host suffix → label). */
export const VIDEO_EMBED_HOSTS: ReadonlyArray<readonly [string, string]> = [
  ['youtube.com', 'YouTube'],
  ['youtube-nocookie.com', 'YouTube'],
  ['player.vimeo.com', 'Vimeo'],
  ['dailymotion.com', 'Dailymotion'],
  ['players.brightcove.net', 'Brightcove'],
];

/** Attributes kept on cleaned content; everything else (class, style, on*, data-*) goes. */
export const KEEP_ATTRS: Readonly<Record<string, ReadonlySet<string>>> = {
  '*': new Set(['dir', 'lang', 'title']),
  A: new Set(['href']),
  IMG: new Set(['src', 'srcset', 'alt', 'width', 'height', 'sizes']),
  SOURCE: new Set(['srcset', 'type', 'media', 'sizes']),
  TD: new Set(['colspan', 'rowspan']),
  TH: new Set(['colspan', 'rowspan', 'scope']),
  TIME: new Set(['datetime']),
  OL: new Set(['start', 'type']),
  BLOCKQUOTE: new Set(['cite']),
  Q: new Set(['cite']),
  FIGURE: new Set(['data-readlens-embed', 'data-embed-src']),
};

/** Lazy-loading attributes that hold the real image URL (first match wins). */
export const LAZY_SRC_ATTRS = ['data-src', 'data-lazy-src', 'data-original', 'data-url', 'data-hi-res-src', 'data-lazy', 'data-echo'];
/** Lazy-loading attributes that hold the real srcset. */
export const LAZY_SRCSET_ATTRS = ['data-srcset', 'data-lazy-srcset'];
