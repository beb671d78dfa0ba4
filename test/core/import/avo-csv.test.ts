import { readImportFiles } from '../../../src/core/import';
import { fixture } from './fixtures';

describe('Avo CSV export', () => {
  const [plan] = readImportFiles([fixture('avo.csv')]);

  it('groups the rows of each event, "Always sent" as required, lists as arrays, allowed values', () => {
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
  });

  it('sends user properties to Identify once, and group properties to Group', () => {
    expect(plan.identify.map((t) => [t.name, t.allowedValues])).toEqual([['subscription_tier', ['Free', 'Premium']]]);
    expect(plan.group.map((t) => t.name)).toEqual(['workspace_plan']);
  });
});
