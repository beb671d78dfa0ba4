/**
 * The plan as Typewriter's local files: a `plan.json` in the Public API shape
 * that `typewriter` (v8 and later) keeps as its local copy, and a matching
 * `typewriter.yml`. With both in one folder, `npx typewriter build` generates
 * typed tracking functions there with no Segment account or token: build
 * reads the local plan.json unless it is asked to `--update`.
 * Typewriter only generates code for TRACK rules, so plan.json holds those.
 */
import { type ExportOptions, planDescription, planName, type ProtocolsRule, trackRules } from './protocols';
import { type Plan } from '../plan';
import { type JsonSchema } from './json-schema';

export const TYPEWRITER_SDKS = ['analytics-js', 'analytics-node', 'analytics-react-native', 'none'] as const;
export type TypewriterSdk = (typeof TYPEWRITER_SDKS)[number];

export interface TypewriterOptions extends ExportOptions {
  /** Which Segment library the generated functions call; analytics-js (the browser) by default. */
  sdk?: TypewriterSdk;
}

export interface TypewriterPlan {
  id: string;
  name: string;
  slug: string;
  description: string;
  rules: ProtocolsRule[];
}

/** A stable id from the plan name; typewriter.yml and plan.json must agree on it. */
export function planSlug(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return slug || 'tracking-plan';
}

/**
 * plan.json for Typewriter. Objects are closed by default (`closed: false`
 * opens them), so a misspelled property is a type error in the generated
 * code; Dates are written as a pattern, which the generated client's Ajv can
 * check (it has no date-time format and throws on one), and its type is the
 * ISO string that analytics sends.
 */
export function toTypewriterPlan(plan: Plan, options: TypewriterOptions = {}): TypewriterPlan {
  const name = planName(options);
  const slug = planSlug(name);
  const rules = trackRules(plan, { closed: options.closed ?? true, dates: 'pattern' });
  return { id: `tp_${slug.replace(/-/g, '_')}`, name, slug, description: planDescription(name), rules };
}

/** typewriter.yml for the plan: the plan.json beside it, the generated code written into the same folder. */
export function typewriterConfig(typewriterPlan: TypewriterPlan, options: TypewriterOptions = {}): string {
  const sdk = options.sdk ?? 'analytics-js';
  const oneLine = typewriterPlan.name.replace(/[\r\n]+/g, ' ');
  return [
    '# Segment Typewriter configuration (https://segment.com/docs/protocols/typewriter)',
    `# exported from the tracking plan sheet "${oneLine}".`,
    '#',
    '# Keep this file and plan.json in one folder and run, from that folder:',
    '#   npx typewriter build',
    '# Typewriter reads the local plan.json (no Segment account or token is',
    '# needed) and writes typed tracking functions into this folder.',
    '# sdk: analytics-js (browser), analytics-node, analytics-react-native, or',
    '# none (types and validation only).',
    'client:',
    '  language: typescript',
    `  sdk: ${sdk}`,
    'trackingPlans:',
    `  - id: ${typewriterPlan.id}`,
    '    path: .',
    '',
  ].join('\n');
}

/** Words TypeScript will not take as a function name; Typewriter names each function after its event. */
const RESERVED: ReadonlySet<string> = new Set([
  'break',
  'case',
  'catch',
  'class',
  'const',
  'continue',
  'debugger',
  'default',
  'delete',
  'do',
  'else',
  'enum',
  'export',
  'extends',
  'false',
  'finally',
  'for',
  'function',
  'if',
  'import',
  'in',
  'instanceof',
  'new',
  'null',
  'return',
  'super',
  'switch',
  'this',
  'throw',
  'true',
  'try',
  'typeof',
  'var',
  'void',
  'while',
  'with',
  'implements',
  'interface',
  'let',
  'package',
  'private',
  'protected',
  'public',
  'static',
  'yield',
  'await',
]);

/** The function name Typewriter generates for an event, as quicktype camel-cases it. */
export function functionName(eventName: string): string {
  const words = eventName.split(/[^A-Za-z0-9]+/).filter((w) => w !== '');
  return words.map((w, i) => (i === 0 ? w.toLowerCase() : w[0].toUpperCase() + w.slice(1).toLowerCase())).join('');
}

/** Events whose generated function would be a reserved word, which the generated code cannot compile with. */
export function unusableEventNames(typewriterPlan: TypewriterPlan): string[] {
  return typewriterPlan.rules.map((r) => r.key!).filter((key) => RESERVED.has(functionName(key)));
}

/**
 * Why Typewriter 9 cannot generate a working function for an event name, or
 * undefined when it can. Found by running `typewriter build` on such names
 * (see test/core/export/typewriter.test.ts):
 * - `:` or `%` (`Checkout:Started`, `Page: Viewed`, `50% Scrolled`) make
 *   quicktype read the name as a URI, and the build fails with "Internal
 *   error: Defined value expected";
 * - `=`, `&`, `'`, `"`, `` ` ``, `<`, `>` are HTML-escaped by its templates, so the
 *   function would send another name (`=SUM(A1)` is sent as `&#x3D;SUM(A1)`);
 * - a backslash starts an escape sequence in the generated string;
 * - a line break or other control character ends the string: the file does not compile.
 */
export function typewriterNameProblem(name: string): string | undefined {
  if (/[:%]/.test(name)) return 'typewriter build fails on ":" and "%"';
  if (/[=&'"`<>]/.test(name)) return 'Typewriter would send it HTML-escaped, as another name';
  if (name.includes('\\')) return 'Typewriter would read its backslash as an escape';

  if (/[\u0000-\u001f\u007f\u2028\u2029]/.test(name)) return 'Typewriter cannot write a line break or control character into code';
  return undefined;
}

export interface UnbuildableName {
  name: string;
  problem: string;
}

/**
 * Whether a schema has a field named `__proto__` at any depth. Typewriter
 * writes each schema into the generated code as an object literal, where
 * `"__proto__": {...}` sets the object's prototype instead of adding a
 * field: the client's Ajv then rejects the schema and every call throws.
 */
function hasProtoField(schema: JsonSchema | undefined): boolean {
  if (!schema) return false;
  const properties = schema.properties ?? {};
  if (Object.prototype.hasOwnProperty.call(properties, '__proto__')) return true;
  return Object.values(properties).some(hasProtoField) || hasProtoField(schema.items);
}

/**
 * Events with a top-level property named like a member every object inherits
 * (`constructor`, `toString`, ...): Typewriter keeps it, but a call must then
 * state it, since TypeScript and the client's Ajv read the inherited member
 * when it is left out.
 */
export function inheritedNameEvents(typewriterPlan: TypewriterPlan): string[] {
  const inherited = Object.getOwnPropertyNames(Object.prototype).filter((n) => n !== '__proto__');
  return typewriterPlan.rules
    .filter((rule) => inherited.some((name) => Object.prototype.hasOwnProperty.call(rule.jsonSchema.properties?.properties?.properties ?? {}, name)))
    .map((rule) => rule.key!);
}

/** Every event of the plan that Typewriter cannot build, with the reason. */
export function unbuildableEventNames(typewriterPlan: TypewriterPlan): UnbuildableName[] {
  const found: UnbuildableName[] = [];
  for (const rule of typewriterPlan.rules) {
    const problem = typewriterNameProblem(rule.key!);
    if (problem) found.push({ name: rule.key!, problem });
    else if (hasProtoField(rule.jsonSchema.properties?.properties)) {
      found.push({ name: rule.key!, problem: 'a property named "__proto__" makes the generated client throw on every call' });
    }
  }
  return found;
}
