/** The flags lint and coverage share: the plan's tab, the output and the settings that override the sheet's. */
export const CHECK_OPTIONS = {
  tab: { type: 'string' },
  format: { type: 'string', default: 'text' },
  'max-warnings': { type: 'string' },
  config: { type: 'string' },
  'event-casing': { type: 'string' },
  'property-casing': { type: 'string' },
  accept: { type: 'string', multiple: true },
  disable: { type: 'string', multiple: true },
} as const;
