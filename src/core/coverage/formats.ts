/**
 * The exports a team already has, told apart by their content (never by the
 * file's name), and the names each sender's tool reserves for itself.
 *
 * - Segment Source Schema CSV (Protocols > Source > Schema, exported as CSV):
 *   Event Name, Last Seen, Allowed, Blocked, Total, Planned.
 *   https://www.twilio.com/docs/segment/connections/sources/schema
 * - Segment raw events (debugger, webhook, warehouse): `{"type":"track",
 *   "event":..., "properties":{...}}`, `identify`/`group` with `traits`,
 *   `page`/`screen` with `name`. https://segment.com/docs/connections/spec/
 * - Amplitude Export API: one JSON object per line with `event_type`,
 *   `event_properties`, `user_properties`, `event_time`
 *   ("2015-08-10 12:00:00.000000", UTC). https://amplitude.com/docs/apis/analytics/export
 * - Mixpanel raw event export: JSON lines `{"event":...,"properties":{"time":
 *   <epoch seconds>, "distinct_id":..., "$insert_id":...}}`; its CSV
 *   downloads have an `event` column and one column per property.
 *   https://docs.mixpanel.com/docs/export-methods
 * - GA4 events report CSV (Reports > Engagement > Events, Share > Download
 *   CSV): `#` comment lines, then "Event name", "Event count", ...
 * - Any CSV of event names, with a count column when there is one.
 */

export type ObservedFormat =
  'segment-schema-csv' | 'segment-events' | 'amplitude-events' | 'mixpanel-events' | 'amplitude-csv' | 'mixpanel-csv' | 'ga4-csv' | 'names-csv';

/** How each format is named to the person who gave it. */
export const FORMAT_LABELS: Readonly<Record<ObservedFormat, string>> = {
  'segment-schema-csv': 'Segment Source Schema CSV',
  'segment-events': 'Segment raw events (JSON)',
  'amplitude-events': 'Amplitude event export (JSON lines)',
  'mixpanel-events': 'Mixpanel event export (JSON lines)',
  'amplitude-csv': 'Amplitude events (CSV)',
  'mixpanel-csv': 'Mixpanel events (CSV)',
  'ga4-csv': 'GA4 events report (CSV)',
  'names-csv': 'CSV of event names',
};

/** Header captions compare lowercased, with runs of spaces, dots and underscores as one space. */
export function captionKey(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/[\s._]+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Which CSV format a header row is, or undefined when it names no event column at all. */
export function detectCsvFormat(header: readonly string[]): ObservedFormat | undefined {
  const keys = header.map(captionKey);
  const has = (k: string) => keys.includes(k);
  if (has('event name') && has('last seen') && (has('total') || has('allowed') || has('blocked'))) return 'segment-schema-csv';
  if (has('event name') && has('event count')) return 'ga4-csv';
  if (has('event type') && (has('event properties') || has('event time') || keys.some((k) => k.startsWith('event properties ')))) return 'amplitude-csv';
  if (has('event') && (has('distinct id') || has('time') || has('properties') || keys.some((k) => k.startsWith('properties ')))) return 'mixpanel-csv';
  if (nameColumn(keys) !== undefined) return 'names-csv';
  return undefined;
}

const NAME_CAPTIONS = ['event name', 'event', 'name', 'events', 'event type', 'event action', 'action'];
const COUNT_CAPTIONS = ['count', 'total', 'event count', 'events count', 'occurrences', 'volume', 'hits', 'events', 'total events', 'allowed'];
const LAST_SEEN_CAPTIONS = ['last seen', 'lastseen', 'last seen at', 'last event', 'last received', 'timestamp', 'time', 'date'];

function firstOf(keys: readonly string[], captions: readonly string[], except?: number): number | undefined {
  for (const caption of captions) {
    const i = keys.indexOf(caption);
    if (i >= 0 && i !== except) return i;
  }
  return undefined;
}

export function nameColumn(keys: readonly string[]): number | undefined {
  return firstOf(keys, NAME_CAPTIONS);
}

/** Columns of a counting CSV: the name, the count and the last-seen time, where there are such columns. */
export function countingColumns(header: readonly string[], format: ObservedFormat): { name: number; count?: number; lastSeen?: number } {
  const keys = header.map(captionKey);
  const name = nameColumn(keys) ?? 0;
  const countCaptions = format === 'segment-schema-csv' ? ['total', 'allowed'] : format === 'ga4-csv' ? ['event count'] : COUNT_CAPTIONS;
  return { name, count: firstOf(keys, countCaptions, name), lastSeen: firstOf(keys, LAST_SEEN_CAPTIONS, name) };
}

/** A JSON record's format: Segment messages have a call type, Amplitude an event_type, Mixpanel an event with properties. */
export function detectJsonFormat(record: Record<string, unknown>): ObservedFormat | undefined {
  const type = record.type;
  if (typeof type === 'string' && SEGMENT_TYPES.has(type.toLowerCase())) return 'segment-events';
  if (typeof record.event_type === 'string') return 'amplitude-events';
  if (typeof record.event === 'string' && (record.properties === undefined || isObject(record.properties))) return 'mixpanel-events';
  return undefined;
}

export const SEGMENT_TYPES: ReadonlySet<string> = new Set(['track', 'identify', 'group', 'page', 'screen', 'alias']);

export function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

// ------------------------------------------------------------ reserved names

/**
 * GA4's automatically collected and enhanced-measurement events: a GA4
 * report lists them beside the team's own, and no plan should have to.
 * https://support.google.com/analytics/answer/9234069
 */
const GA4_AUTOMATIC = new Set([
  'first_visit',
  'first_open',
  'session_start',
  'user_engagement',
  'page_view',
  'screen_view',
  'scroll',
  'click',
  'view_search_results',
  'file_download',
  'form_start',
  'form_submit',
  'video_start',
  'video_progress',
  'video_complete',
  'app_remove',
  'app_update',
  'app_clear_data',
  'app_exception',
  'os_update',
  'app_store_refund',
  'app_store_subscription_cancel',
  'app_store_subscription_convert',
  'app_store_subscription_renew',
  'notification_dismiss',
  'notification_foreground',
  'notification_open',
  'notification_receive',
  'in_app_purchase',
  'dynamic_link_app_open',
  'dynamic_link_app_update',
  'dynamic_link_first_open',
  'error',
  'firebase_campaign',
  'firebase_in_app_message_action',
  'firebase_in_app_message_dismiss',
  'firebase_in_app_message_impression',
  'ad_click',
  'ad_exposure',
  'ad_impression',
  'ad_query',
  'ad_reward',
  'adunit_exposure',
  'screen_view',
]);

/** Event names the sender's tool makes up itself, never reported as unplanned. */
export function isReservedEvent(format: ObservedFormat, name: string): boolean {
  if (name.startsWith('$')) return true; // Mixpanel, Amplitude and PostHog's own events ($identify, $mp_web_page_view, $pageview)
  if (format === 'ga4-csv') return GA4_AUTOMATIC.has(name.trim().toLowerCase());
  if (format === 'amplitude-events' || format === 'amplitude-csv') return /^\[Amplitude\]/i.test(name);
  return false;
}

const MIXPANEL_DEFAULTS = new Set(['time', 'distinct_id', 'token', 'insert_id']);

/** Property names the sender's tool adds to every event. */
export function reservedPropertyTest(format: ObservedFormat): (name: string) => boolean {
  if (format === 'mixpanel-events' || format === 'mixpanel-csv') {
    return (name) => name.charCodeAt(0) === 36 || name.startsWith('mp_') || MIXPANEL_DEFAULTS.has(name);
  }
  if (format === 'amplitude-events' || format === 'amplitude-csv') return (name) => name.charCodeAt(0) === 36 || name.startsWith('[Amplitude]');
  return (name) => name.charCodeAt(0) === 36 || name.startsWith('context.');
}
