/**
 * Brand spellings that event names may use as written in every event casing
 * (conventions.md, event-casing). The list is short on purpose: it holds the
 * spellings that planning guides and real plans use most, each of which
 * would otherwise read as camel case ("iOS", "PayPal"). Teams add their own
 * as accepted words in the settings.
 */
export const BUILT_IN_BRANDS: readonly string[] = [
  'OAuth',
  'iOS',
  'iPadOS',
  'macOS',
  'PayPal',
  'GitHub',
  'GitLab',
  'YouTube',
  'LinkedIn',
  'WhatsApp',
  'iPhone',
  'iPad',
  'eBay',
];
