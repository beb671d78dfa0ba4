/**
 * Ajv as strict as it gets for the exports' schemas: strict mode (unknown
 * keywords, formats and type mistakes are errors), `allowUnionTypes` for the
 * `type: [...]` unions the plan's Type cells make, ajv-formats for
 * `date-time`, and Segment's `labels` keyword (Protocols stores the rule's
 * labels in its jsonSchema) registered as known.
 */
import Ajv from 'ajv';
import addFormats from 'ajv-formats';

export function strictAjv(): Ajv {
  const ajv = new Ajv({ strict: true, allErrors: true, allowUnionTypes: true });
  addFormats(ajv);
  ajv.addKeyword({ keyword: 'labels', schemaType: 'object' });
  return ajv;
}
