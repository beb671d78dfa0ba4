/**
 * JSON Schemas of the export files themselves: the Protocols plan (Public API
 * rules) and Typewriter's plan.json. Tests validate every export against them.
 */
const rule = {
  type: 'object',
  required: ['type', 'version', 'jsonSchema'],
  additionalProperties: false,
  properties: {
    type: { enum: ['TRACK', 'IDENTIFY', 'GROUP', 'PAGE'] },
    key: { type: 'string', minLength: 1 },
    version: { type: 'integer', minimum: 1 },
    jsonSchema: {
      type: 'object',
      required: ['$schema', 'type', 'properties'],
      properties: {
        $schema: { const: 'http://json-schema.org/draft-07/schema#' },
        type: { const: 'object' },
        properties: {
          type: 'object',
          properties: { context: { type: 'object' }, properties: { type: 'object' }, traits: { type: 'object' } },
          additionalProperties: false,
        },
      },
    },
  },
  if: { properties: { type: { const: 'TRACK' } } },
  then: { required: ['key'], properties: { jsonSchema: { properties: { properties: { required: ['properties'] } } } } },
  else: { not: { required: ['key'] }, properties: { jsonSchema: { properties: { properties: { required: ['traits'] } } } } },
};

export const PROTOCOLS_SHAPE = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'object',
  required: ['name', 'rules'],
  additionalProperties: false,
  properties: {
    name: { type: 'string', minLength: 1 },
    description: { type: 'string' },
    rules: { type: 'array', items: rule },
  },
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
    rules: { type: 'array', minItems: 1, items: { allOf: [rule, { properties: { type: { const: 'TRACK' } } }] } },
  },
};
