/**
 * JSON Schemas of the export files' own shape: a rule's jsonSchema as
 * Segment stores it (the whole message, with context, traits and properties
 * under `properties`, all three present), and Typewriter's plan.json.
 * The request bodies themselves are checked against segment-public-api.schema.ts.
 */
export const STORED_RULE_SHAPE = {
  type: 'object',
  required: ['type', 'version', 'jsonSchema'],
  properties: {
    type: { enum: ['TRACK', 'IDENTIFY', 'GROUP', 'PAGE', 'SCREEN'] },
    key: { type: 'string', minLength: 1 },
    version: { const: 1 },
    jsonSchema: {
      type: 'object',
      required: ['$schema', 'type', 'properties'],
      properties: {
        $schema: { const: 'http://json-schema.org/draft-07/schema#' },
        type: { const: 'object' },
        labels: { type: 'object', additionalProperties: { type: 'string' } },
        properties: {
          type: 'object',
          required: ['context', 'traits', 'properties'],
          properties: { context: { type: 'object' }, properties: { type: 'object' }, traits: { type: 'object' } },
          additionalProperties: false,
        },
      },
    },
  },
  if: { properties: { type: { enum: ['IDENTIFY', 'GROUP'] } } },
  then: {
    properties: {
      key: false,
      // Identify and Group send only changed traits: `traits` itself is never required.
      jsonSchema: { type: 'object', properties: { required: { type: 'array', not: { contains: { const: 'traits' } } } } },
    },
  },
  else: { required: ['key'] },
};

export const TYPEWRITER_PLAN_SHAPE = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'object',
  required: ['id', 'name', 'slug', 'rules'],
  additionalProperties: false,
  properties: {
    id: { type: 'string', pattern: '^[A-Za-z0-9_]+$' },
    name: { type: 'string', minLength: 1 },
    slug: { type: 'string', pattern: '^[a-z0-9-]+$' },
    description: { type: 'string' },
    rules: { type: 'array', minItems: 1, items: { allOf: [STORED_RULE_SHAPE, { properties: { type: { const: 'TRACK' } } }] } },
  },
};
