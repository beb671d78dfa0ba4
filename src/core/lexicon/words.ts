/**
 * Word lists the naming rules share: Title Case's minor words, month names
 * for dates, and the nouns that tell a verb used as a noun ("Purchase Button")
 * from a verb that starts an Action + Object name ("Purchase Plan").
 */

/** Words Title Case may leave in lower case when they are not the first word (conventions.md). */
export const MINOR_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'and', 'as', 'at', 'but', 'by', 'for', 'from', 'in', 'into', 'nor', 'of', 'off', 'on', 'onto',
  'or', 'out', 'over', 'per', 'the', 'to', 'up', 'via', 'vs', 'with',
]);

/** Month names and their usual abbreviations, lower case. */
export const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
] as const;

/**
 * Base verbs that are just as often nouns. Followed by a UI noun they name a
 * thing ("Purchase Button", "Search Results"), not an action.
 */
export const NOUN_TOO: ReadonlySet<string> = new Set([
  'answer', 'block', 'bookmark', 'change', 'charge', 'download', 'drop', 'end', 'exit', 'export', 'favorite',
  'import', 'like', 'load', 'play', 'preview', 'print', 'purchase', 'reply', 'request', 'search', 'share',
  'sort', 'switch', 'update', 'upgrade', 'upload', 'use', 'visit', 'win', 'start', 'sign', 'log', 'view',
]);

/** Nouns for parts of a screen; a name ending in one names a thing, not an action. */
export const UI_NOUNS: ReadonlySet<string> = new Set([
  'bar', 'banner', 'box', 'button', 'card', 'cta', 'details', 'dialog', 'field', 'form', 'history', 'icon',
  'link', 'list', 'menu', 'modal', 'option', 'options', 'page', 'panel', 'popup', 'results', 'screen',
  'section', 'settings', 'summary', 'tab', 'toggle', 'tooltip', 'view', 'widget', 'window', 'flow', 'step',
]);

/** Objects whose embedded value is a title rather than a name ("Blog Post" -> blog_post_title). */
export const TITLED_OBJECTS: ReadonlySet<string> = new Set([
  'article', 'blog', 'book', 'chapter', 'course', 'document', 'episode', 'lesson', 'movie', 'page', 'podcast',
  'post', 'show', 'song', 'story', 'video', 'webinar', 'guide', 'ebook', 'whitepaper', 'report', 'track',
]);

/** Words that name what a qualifier qualifies by: "Business Tier", "Free Plan", "Variant B". */
export const DIMENSIONS: ReadonlySet<string> = new Set([
  'tier', 'plan', 'edition', 'subscription', 'level', 'package', 'variant', 'version', 'size', 'type', 'segment', 'cohort',
]);

/**
 * Objects that name a kind of thing, so the qualifiers in front are its
 * values: "Build Mode", "Design Mode" -> mode.
 */
export const KIND_OBJECTS: ReadonlySet<string> = new Set([
  'mode', 'type', 'tier', 'plan', 'level', 'variant', 'version', 'option', 'method', 'category', 'theme', 'view',
  'status', 'role', 'step', 'tab', 'layout', 'format', 'language', 'filter', 'sort', 'size', 'color', 'style',
]);

/** Dimensions that describe the account rather than the object ("Free Tier Workspace Created" -> account_tier). */
export const ACCOUNT_QUALIFIERS: ReadonlySet<string> = new Set(['tier', 'plan', 'edition', 'subscription', 'level', 'package']);

/**
 * Words that qualify an event rather than name a different object, and the
 * property their values belong to ("_size" means "<object>_size"): "Free
 * Workspace Created" and "Paid Workspace Created" are one event with an
 * account_plan. "Payment Method Added" and "Shipping Method Added" are not:
 * payment and shipping are not here.
 */
export const QUALIFIERS: Readonly<Record<string, string>> = {
  free: 'account_plan', paid: 'account_plan', trial: 'account_plan', basic: 'account_plan', starter: 'account_plan',
  standard: 'account_plan', plus: 'account_plan', pro: 'account_plan', premium: 'account_plan', business: 'account_plan',
  enterprise: 'account_plan', unlimited: 'account_plan',
  team: 'account_type', personal: 'account_type', individual: 'account_type', family: 'account_type', student: 'account_type',
  annual: 'billing_period', monthly: 'billing_period', yearly: 'billing_period', quarterly: 'billing_period',
  ios: 'platform', android: 'platform', web: 'platform', mobile: 'platform', desktop: 'platform', tablet: 'platform',
  new: 'user_type', returning: 'user_type', existing: 'user_type', guest: 'user_type', anonymous: 'user_type', registered: 'user_type',
  manual: '_method', automatic: '_method', auto: '_method', scheduled: '_method',
  public: '_visibility', private: '_visibility', shared: '_visibility',
  beta: '_version', legacy: '_version',
  small: '_size', medium: '_size', large: '_size', big: '_size', mini: '_size', tiny: '_size', huge: '_size',
  gold: '_tier', silver: '_tier', bronze: '_tier', platinum: '_tier',
  primary: '_type', secondary: '_type', default: '_type', custom: '_type', internal: '_type', external: '_type',
};
