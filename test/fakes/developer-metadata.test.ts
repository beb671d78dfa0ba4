import { createFakeServices } from '../../fakes/index';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

type Finder = GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder;

/** Keys of what the finder finds, sorted: find() promises no order. */
function keysFound(finder: Finder): string[] {
  return finder
    .find()
    .map((m) => m.getKey())
    .sort();
}

function setUp() {
  const fake = createFakeServices();
  const ss = fake.spreadsheet as unknown as Spreadsheet;
  const sheet = ss.getSheets()[0];
  return { fake, ss, sheet };
}

describe('developer metadata in the fake', () => {
  it('keeps a key and value on the spreadsheet, a sheet and a whole column, each seen where it belongs', () => {
    const { ss, sheet } = setUp();
    ss.addDeveloperMetadata('doc', 'd');
    sheet.addDeveloperMetadata('tab', 't');
    sheet.getRange('C:C').addDeveloperMetadata('col', 'c');
    expect(ss.getDeveloperMetadata().map((m) => m.getKey())).toEqual(['doc']);
    expect(sheet.getDeveloperMetadata().map((m) => m.getKey())).toEqual(['tab']);
    expect(
      sheet
        .getRange('C:C')
        .getDeveloperMetadata()
        .map((m) => m.getValue()),
    ).toEqual(['c']);
    expect(keysFound(ss.createDeveloperMetadataFinder())).toEqual(['col', 'doc', 'tab']);
    expect(keysFound(sheet.createDeveloperMetadataFinder())).toEqual(['col', 'tab']);
  });

  it('refuses metadata on a range that is not whole rows or columns, with the service message', () => {
    const { sheet } = setUp();
    expect(() => sheet.getRange('A1:B2').addDeveloperMetadata('k', 'v')).toThrow('Adding developer metadata to arbitrary ranges is not currently supported');
  });

  it('moves column metadata with its column and drops it with the column', () => {
    const { sheet } = setUp();
    sheet.getRange('C:C').addDeveloperMetadata('col', 'c');
    sheet.insertColumnsBefore(1, 2);
    const find = () => sheet.createDeveloperMetadataFinder().withKey('col').find();
    expect(find()[0].getLocation().getColumn()!.getColumn()).toBe(5);
    sheet.deleteColumns(1, 1);
    expect(find()[0].getLocation().getColumn()!.getColumn()).toBe(4);
    sheet.deleteColumn(4);
    expect(find()).toEqual([]);
  });

  it("drops a sheet's metadata with the sheet", () => {
    const { ss } = setUp();
    const other = ss.insertSheet('Other');
    other.addDeveloperMetadata('tab', 'x');
    ss.deleteSheet(other);
    expect(ss.createDeveloperMetadataFinder().withKey('tab').find()).toEqual([]);
  });

  it('filters by key, value and location type, and finds within a range only what is wholly inside it', () => {
    const { fake, ss, sheet } = setUp();
    const types = (fake.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).DeveloperMetadataLocationType;
    sheet.getRange('3:3').addDeveloperMetadata('row', 'r');
    sheet.getRange('B:B').addDeveloperMetadata('col', 'a');
    sheet.getRange('D:D').addDeveloperMetadata('col', 'b');
    expect(
      ss
        .createDeveloperMetadataFinder()
        .withKey('col')
        .withValue('b')
        .find()
        .map((m) => m.getLocation().getColumn()!.getColumn()),
    ).toEqual([4]);
    expect(keysFound(ss.createDeveloperMetadataFinder().withLocationType(types.ROW))).toEqual(['row']);
    expect(sheet.getRange('A1:D5').createDeveloperMetadataFinder().find()).toEqual([]);
    expect(keysFound(sheet.getRange('1:5').createDeveloperMetadataFinder())).toEqual(['row']);
    expect(keysFound(sheet.getRange('A1:B5').createDeveloperMetadataFinder().onIntersectingLocations())).toEqual(['col', 'row']);
  });

  it('removes one piece of metadata and changes a value', () => {
    const { ss } = setUp();
    ss.addDeveloperMetadata('a', '1');
    ss.addDeveloperMetadata('b', '2');
    ss.getDeveloperMetadata()[0].remove();
    ss.getDeveloperMetadata()[0].setValue('3');
    expect(ss.getDeveloperMetadata().map((m) => [m.getKey(), m.getValue()])).toEqual([['b', '3']]);
  });

  it('counts every call, like every other service', () => {
    const { fake, ss } = setUp();
    fake.calls.reset();
    ss.createDeveloperMetadataFinder().withKey('x').find();
    expect(fake.calls.byMethod()).toEqual({
      'Spreadsheet.createDeveloperMetadataFinder': 1,
      'DeveloperMetadataFinder.withKey': 1,
      'DeveloperMetadataFinder.find': 1,
    });
  });
});
