/**
 * property-type: a filled Type cell names a type the exporters understand:
 * String, Number, Integer, Float, Boolean, Object, Array, Date, Null or Any,
 * a union of them, or an array of one of them.
 */
import { readType } from '../property-types';
import { quote } from './shared';
import type { NameRule } from './types';

export const propertyType: NameRule<'property-type'> = {
  kind: 'name',
  id: 'property-type',
  severity: 'error',
  title: 'Known types',
  description:
    'The Type cell is one of String, Number, Integer, Float, Boolean, Object, Array, Date, Null or Any, a union such as "String | Object", or an array such as "Array[String]".',
  doc: {
    reason: 'Exporters and code generators only understand known types, so an unknown type makes an export the consumer rejects.',
    good: ['String', 'Integer', 'String | Object', 'Array[String]'],
    bad: ['int', 'bool', 'text', 'datetime', 'list'],
    fix: 'Apply the suggestion (the closest known type: "int" -> Integer), or pick one of String, Number, Integer, Float, Boolean, Object, Array, Date, Null or Any.',
  },
  targets: ['type'],
  check({ text }) {
    if (text === '') return undefined;
    const reading = readType(text);
    if (reading.valid) return undefined;
    return {
      message:
        `${quote(text)} is not a type the plan knows. Use String, Number, Integer, Float, Boolean, Object, Array, Date, Null or Any, ` +
        'several of them separated by "|" (as in "String | Object"), or an array of one (as in "Array[String]").',
      suggestion: reading.suggestion,
    };
  },
};
