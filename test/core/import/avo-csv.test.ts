import { readImportFiles } from '../../../src/core/import';
import { fixture } from './fixtures';

describe('Avo CSV export', () => {
  const [plan] = readImportFiles([fixture('avo.csv')]);

  it('also reads the column spellings of other Avo exports (Property Presence, Property Is List, Sent As)', () => {
    const csv = [
      'Event Name,Property Name,Property Type,Property Presence,Property Is List,Property Allowed Values,Property Sent As',
      'Song Played,genre,string,Always sent,TRUE,"Rock,Pop",Event Property',
      'Song Played,tier,string,Sometimes sent,FALSE,,User Property',
    ].join('\n');
    const [other] = readImportFiles([{ name: 'avo-old.csv', content: csv }]);
    expect(other.format).toBe('avo-csv');
    expect(other.events[0].properties).toEqual([{ name: 'genre', type: 'Array[String]', required: true, allowedValues: ['Rock', 'Pop'], description: '' }]);
    expect(other.identify.map((t) => [t.name, t.required])).toEqual([['tier', false]]);
  });

  it('groups the rows of each event: value types, required, arrays and enumeration options of the documented template', () => {
    expect(plan.format).toBe('avo-csv');
    expect(plan.events.map((e) => [e.name, e.description])).toEqual([
      ['Song Played', 'A song started playing'],
      ['Playlist Created', ''],
      ['App Opened', 'The app came to the foreground'],
    ]);
    expect(plan.events[0].properties).toEqual([
      { name: 'song_id', type: 'String', required: true, allowedValues: [], description: 'Id of the song' },
      { name: 'genre', type: 'String', required: false, allowedValues: ['Rock', 'Pop', 'Jazz'], description: 'Genre of the song' },
      { name: 'artist_ids', type: 'Array[String]', required: true, allowedValues: [], description: 'Artists on the song' },
    ]);
    expect(plan.events[2].properties).toEqual([]);
    expect(plan.events.map((e) => e.spec)).toEqual([undefined, 'Custom', undefined]);
  });

  it('sends user properties to Identify once, and group properties to Group', () => {
    expect(plan.identify.map((t) => [t.name, t.allowedValues])).toEqual([['subscription_tier', ['Free', 'Premium']]]);
    expect(plan.group.map((t) => t.name)).toEqual(['workspace_plan']);
  });
});
