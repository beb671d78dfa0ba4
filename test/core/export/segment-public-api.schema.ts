/**
 * JSON Schemas of the request bodies of Segment's Public API that the
 * Protocols export writes, transcribed from the models of the Public API's
 * TypeScript SDK (segmentio/public-api-sdk-typescript at commit
 * 3780bc6078c0463733403e6ea86b9c7d40987b42, generated from the Public API
 * OpenAPI document 73.2.0):
 * - model/createTrackingPlanV1Input.ts: `name` (string, required),
 *   `description` (string), `type` (required; ENGAGE, LIVE,
 *   PROPERTY_LIBRARY, RULE_LIBRARY, TEMPLATE). Body of `POST /tracking-plans`.
 * - model/replaceRulesInTrackingPlanV1Input.ts: `rules` (required, array of
 *   RuleInputV1). Body of `PUT /tracking-plans/{trackingPlanId}/rules`.
 * - model/ruleInputV1.ts: `type` (required; COMMON, GROUP, IDENTIFY, PAGE,
 *   SCREEN, TRACK), `key` (string), `jsonSchema` (required, any or null),
 *   `version` (number, required).
 * The SDK sends no other field, so any other is rejected here.
 */
export const CREATE_TRACKING_PLAN_V1_INPUT = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'object',
  required: ['name', 'type'],
  additionalProperties: false,
  properties: {
    name: { type: 'string', minLength: 1 },
    description: { type: 'string' },
    type: { enum: ['ENGAGE', 'LIVE', 'PROPERTY_LIBRARY', 'RULE_LIBRARY', 'TEMPLATE'] },
  },
};

export const RULE_INPUT_V1 = {
  type: 'object',
  required: ['type', 'jsonSchema', 'version'],
  additionalProperties: false,
  properties: {
    type: { enum: ['COMMON', 'GROUP', 'IDENTIFY', 'PAGE', 'SCREEN', 'TRACK'] },
    key: { type: 'string' },
    jsonSchema: {},
    version: { type: 'number' },
  },
};

export const REPLACE_RULES_IN_TRACKING_PLAN_V1_INPUT = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'object',
  required: ['rules'],
  additionalProperties: false,
  properties: { rules: { type: 'array', items: RULE_INPUT_V1 } },
};
