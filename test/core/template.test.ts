import { TEMPLATE, headerCaptions, normalizeCaption, tabDef, tabKindForName } from '../../src/core/template';

describe('TEMPLATE', () => {
  it('has the five tabs of the design, in order, with their captions', () => {
    expect(TEMPLATE.map((t) => t.name)).toEqual(['Goals', 'Identify', 'Group', 'Page & Screen', 'Track (Custom)']);
    expect(headerCaptions(tabDef('goals'))).toEqual(['Business Goal', 'Key Questions', 'Metric', 'Events', 'Owner']);
    expect(headerCaptions(tabDef('group'))).toEqual(['Trait', 'Type', 'Required', 'Allowed Values', 'Trait Description', 'Notes']);
    expect(headerCaptions(tabDef('page'))).toEqual(['Priority', 'Business Goal', 'Side', 'Method(s)', 'Page or Screen Name', 'Properties', 'Notes']);
    expect(headerCaptions(tabDef('track'))).toEqual([
      'Priority',
      'Spec',
      'Event Name',
      'Fires When...',
      'Business Goal',
      'Property Name',
      'Type',
      'Required',
      'Allowed Values',
      'Property Description',
      'Status',
      'Notes',
    ]);
  });

  it('has no caption or alias that means two columns of one tab', () => {
    for (const def of TEMPLATE) {
      const seen = new Map<string, string>();
      for (const column of def.columns) {
        for (const caption of [column.caption, ...(column.aliases ?? [])]) {
          const key = normalizeCaption(caption);
          const owner = seen.get(key);
          expect(owner === undefined || owner === column.key).toBe(true);
          seen.set(key, column.key);
        }
      }
    }
  });

  it('lets every Type dropdown accept other text, so a check can explain a wrong one', () => {
    for (const def of TEMPLATE) for (const c of def.columns) if (c.validation?.kind === 'list') expect(c.validation.strict).toBe(false);
  });
});

describe('normalizeCaption', () => {
  it('ignores case, trailing dots and surrounding or repeated spaces', () => {
    expect(normalizeCaption('  Fires   When... ')).toBe('fires when');
    expect(normalizeCaption('EVENT NAME.')).toBe('event name');
    expect(normalizeCaption(null)).toBe('');
  });
});

describe('tabKindForName', () => {
  it('knows the template names and their aliases', () => {
    expect(tabKindForName('Track (Custom)')).toBe('track');
    expect(tabKindForName(' track ')).toBe('track');
    expect(tabKindForName('Page and Screen')).toBe('page');
    expect(tabKindForName('Identify Traits')).toBe('identify');
    expect(tabKindForName('Budget')).toBeUndefined();
  });
});
