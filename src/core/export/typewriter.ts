/**
 * The plan as Typewriter's local files: a `plan.json` in the Public API shape
 * that `typewriter` (v8 and later) keeps as its local copy, and a matching
 * `typewriter.yml`. With both in one folder, `npx typewriter build` generates
 * typed tracking functions there with no Segment account or token: build
 * reads the local plan.json unless it is asked to `--update`.
 * Typewriter only generates code for TRACK rules, so plan.json holds those.
 */
import { DEFAULT_PLAN_NAME, ExportOptions, ProtocolsRule, trackRules } from './protocols';
import { Plan } from '../plan';

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

export function toTypewriterPlan(plan: Plan, options: TypewriterOptions = {}): TypewriterPlan {
  const name = options.name && options.name.trim() ? options.name.trim() : DEFAULT_PLAN_NAME;
  const slug = planSlug(name);
  return { id: `tp_${slug.replace(/-/g, '_')}`, name, slug, description: `Exported from the tracking plan sheet "${name}".`, rules: trackRules(plan) };
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
  'break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default', 'delete', 'do', 'else',
  'enum', 'export', 'extends', 'false', 'finally', 'for', 'function', 'if', 'import', 'in', 'instanceof',
  'new', 'null', 'return', 'super', 'switch', 'this', 'throw', 'true', 'try', 'typeof', 'var', 'void',
  'while', 'with', 'implements', 'interface', 'let', 'package', 'private', 'protected', 'public', 'static',
  'yield', 'await',
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
