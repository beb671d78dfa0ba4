import { readImportFiles } from '../../../src/core/import';
import { fixture } from './fixtures';

describe('Amplitude Data CSV export', () => {
  it('reads events and the event property rows that follow each (Property Type or Object Type "Event Property")', () => {
    const [plan] = readImportFiles([fixture('amplitude-events.csv')]);
    expect(plan.format).toBe('amplitude-csv');
    expect(plan.events.map((e) => [e.name, e.description])).toEqual([
      ['Search Performed', 'User ran a search'],
      ['Item Saved', 'Saved an item for later'],
    ]);
    expect(plan.events[0].properties).toEqual([
      { name: 'query', type: 'String', required: true, allowedValues: [], description: 'Text typed' },
      { name: 'result_count', type: 'Integer', required: false, allowedValues: [], description: 'Results shown' },
      { name: 'sort', type: 'String', required: false, allowedValues: ['relevance', 'newest'], description: 'Sort order' },
      { name: 'filters', type: 'Array[String]', required: false, allowedValues: [], description: 'Filters applied' },
      { name: 'searched_at', type: 'Date', required: false, allowedValues: [], description: 'When' },
    ]);
    expect(plan.events.map((e) => e.spec)).toEqual(['Ecommerce v2', undefined]);
    expect(plan.events[1].properties).toEqual([
      { name: 'source', type: 'String', required: true, allowedValues: ['search'], description: 'Where it was saved' },
    ]);
    expect(plan.notes.join(' ')).toMatch(/property group/);
  });

  it('reads the user properties file into Identify traits', () => {
    const [plan] = readImportFiles([fixture('amplitude-user-properties.csv')]);
    expect(plan.format).toBe('amplitude-csv');
    expect(plan.events).toEqual([]);
    expect(plan.identify).toEqual([
      { name: 'plan', type: 'String', required: false, allowedValues: ['free', 'pro'], description: 'Subscription plan' },
      { name: 'signup_date', type: 'String', required: true, allowedValues: [], description: 'When the user signed up' },
      { name: 'seats', type: 'Integer', required: false, allowedValues: [], description: 'Seats bought' },
    ]);
  });
});
