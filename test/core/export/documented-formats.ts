/**
 * The import formats of Amplitude, Mixpanel and Avo as their own
 * documentation states them, transcribed for the tests (never copied from
 * code). Each constant cites its source.
 *
 * This file is a test oracle: it restates on purpose what the exporters in
 * src/core/export/ also list, so that a column or value wrongly added,
 * dropped or renamed there fails a test instead of changing on both sides at
 * once. Duplicate finders pair these lists with the exporters' own; those
 * pairs are intended, and the lists must never be imported from src/.
 */
import { parseCsv } from '../../../src/cli/read-plan';

/**
 * Amplitude Data, ".CSV import and export" (cited below): both file schemas
 * end with these columns, in this order: whether the property is an array,
 * then the constraints on its values.
 */
const AMPLITUDE_VALUE_FIELDS = [
  'Property Is Array',
  'Enum Values',
  'Property Regex',
  'Const Value',
  'String Property Value Min Length',
  'String Property Value Max Length',
  'Number Property Value Min',
  'Number Property Value Max',
  'Number Is Integer',
  'Array Min Items',
  'Array Max Items',
  'Array Unique Items',
];

/**
 * Amplitude Data, ".CSV import and export", section "Events and event
 * properties file schema" (amplitude/amplitude-docs,
 * content/collections/data/en/csv-import-export.md at commit
 * 34c46bf769d854a5f4a7509cd04046d5c7a44bca): "The file's header must contain
 * all listed fields ... names and values must be exact in spelling and
 * capitalization".
 */
export const AMPLITUDE_EVENTS_FIELDS = [
  'Action',
  'Object Type',
  'Object Name',
  'Event Display Name',
  'Object description',
  'Event Category',
  'Tags',
  'Event Activity',
  'Event Source',
  'Property Type',
  'Property Group Names',
  'Event Property Name',
  'Property Description',
  'Property Value Type',
  'Property Required',
  ...AMPLITUDE_VALUE_FIELDS,
];

/** Same page, section "User properties file schema". */
export const AMPLITUDE_USER_PROPERTIES_FIELDS = [
  'Action',
  'Property Type',
  'Property Name',
  'Property description',
  'Property Value Type',
  ...AMPLITUDE_VALUE_FIELDS,
];

/** Same page: the values each field takes. */
export const AMPLITUDE_VALUES = {
  'Object Type': ['Event', 'Property Group'],
  'Property Type (events file)': ['Event Property', 'Event Property Group'],
  'Property Type (user properties file)': ['User Property'],
  'Property Value Type': ['string', 'number', 'boolean', 'any', 'enum', 'const'],
  booleans: ['True', 'False', ''],
};

/**
 * Avo, "Import a CSV of Your Existing Tracking Plan", section "Avo's
 * Ultimate Tracking Plan Template" (avohq/docs,
 * pages/publishing/import/importing.mdx): its required columns, and the
 * optional Property Type and Event Tags. "The order of the columns in your
 * sheet does not matter ... There must be a header row in your sheet with the
 * exact column names".
 */
export const AVO_ULTIMATE_REQUIRED = [
  'Event Name',
  'Event Description',
  'Event Category',
  'Sources',
  'Property Name',
  'Property Description',
  'Property Value Type',
  'Is Property Required?',
  'Is Property Array?',
  'Property Enumeration Options',
];
export const AVO_ULTIMATE_OPTIONAL = ['Property Type', 'Event Tags'];
export const AVO_VALUES = {
  'Property Value Type': ['string', 'int', 'float', 'bool', 'object', 'any'],
  booleans: ['true', 'false'],
  'Property Type': ['Event', 'User', 'System'],
};

/**
 * Mixpanel's Lexicon Schemas API, `POST /projects/{projectId}/schemas`
 * ("Create/Replace Multiple"), its request body and the SchemaEntry and
 * Schema components, transcribed from the OpenAPI document
 * (mixpanel/docs, openapi/src/lexicon-schemas.openapi.yaml at commit
 * 3719c3d8205fda86c4b0585622e7fd34a80eac78).
 */
const MIXPANEL_SCHEMA = {
  type: 'object',
  properties: {
    description: { type: 'string' },
    properties: {
      type: 'object',
      additionalProperties: {
        type: 'object',
        required: ['type'],
        properties: {
          type: { enum: ['array', 'boolean', 'integer', 'null', 'number', 'object', 'string'] },
          description: { type: 'string' },
          metadata: {
            type: 'object',
            properties: {
              'com.mixpanel': {
                type: 'object',
                properties: { displayName: { type: 'string' }, hidden: { type: 'boolean' }, dropped: { type: 'boolean' } },
                additionalProperties: false,
              },
            },
          },
        },
        additionalProperties: false,
      },
    },
    metadata: {
      type: 'object',
      properties: {
        'com.mixpanel': {
          type: 'object',
          properties: {
            $source: { type: 'string' },
            displayName: { type: 'string' },
            tags: { type: 'array', items: { type: 'string' } },
            hidden: { type: 'boolean' },
            dropped: { type: 'boolean' },
            owners: {
              type: 'array',
              items: { type: 'object', properties: { name: { type: 'string' }, email: { type: 'string', format: 'email' } }, additionalProperties: false },
            },
          },
          additionalProperties: false,
        },
      },
    },
  },
};

export const MIXPANEL_UPLOAD_SCHEMAS_BODY = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'object',
  properties: {
    entries: {
      type: 'array',
      items: {
        type: 'object',
        properties: { entityType: { enum: ['event', 'profile'] }, name: { type: 'string' }, schemaJson: MIXPANEL_SCHEMA },
        required: ['name', 'entityType', 'schemaJson'],
        additionalProperties: false,
      },
    },
    truncate: { type: 'boolean' },
  },
  required: ['entries'],
  additionalProperties: false,
};

/** A CSV file as records keyed by its header, checking that every row has the header's width. */
export function csvRecords(text: string): { header: string[]; records: Record<string, string>[] } {
  const [header, ...rows] = parseCsv(text);
  for (const row of rows) expect(row).toHaveLength(header.length);
  return { header, records: rows.map((row) => Object.fromEntries(header.map((h, i) => [h, row[i]]))) };
}
