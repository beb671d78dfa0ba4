/**
 * Confirms, in a real spreadsheet, the behaviours the fakes in fakes/
 * assume where the Apps Script reference is silent (ASSUMPTIONS.md, by
 * number). Use a scratch spreadsheet: Extensions > Apps Script, paste this
 * file, run confirmAssumptions, read View > Logs. It creates one tab,
 * "fake-check", and deletes it at the end. Set the spreadsheet's locale to
 * United States first (File > Settings): the fakes model en_US.
 */
function confirmAssumptions() {
  var ss = SpreadsheetApp.getActiveSpreadsheet();
  var old = ss.getSheetByName('fake-check');
  if (old) ss.deleteSheet(old);
  var sheet = ss.insertSheet('fake-check');
  var results = [];
  function check(number, label, actual, expected) {
    var ok = JSON.stringify(actual) === JSON.stringify(expected);
    results.push((ok ? 'PASS ' : 'FAIL ') + number + ' ' + label + ': got ' + JSON.stringify(actual) + (ok ? '' : ', fake assumes ' + JSON.stringify(expected)));
  }
  function written(text) {
    var cell = sheet.getRange('A1');
    cell.clear();
    cell.setValue(text);
    var v = cell.getValue();
    if (v instanceof Date) return 'Date ' + Utilities.formatDate(v, ss.getSpreadsheetTimeZone(), 'yyyy-MM-dd HH:mm:ss');
    return v;
  }
  try {
    var year = new Date().getFullYear();
    // 1. Written strings are read like typed input.
    check(1, '42', written('42'), 42);
    check(1, '1,000', written('1,000'), 1000);
    check(1, '$5', written('$5'), 5);
    check(1, '50%', written('50%'), 0.5);
    check(1, '1e5', written('1e5'), 100000);
    check(1, 'TRUE', written('TRUE'), true);
    check(1, '3/4/2024', written('3/4/2024'), 'Date 2024-03-04 00:00:00');
    check(1, '3/4', written('3/4'), 'Date ' + year + '-03-04 00:00:00');
    check(1, 'March 4, 2024', written('March 4, 2024'), 'Date 2024-03-04 00:00:00');
    check(1, '2024-01-31', written('2024-01-31'), 'Date 2024-01-31 00:00:00');
    check(1, '12:30', written('12:30'), 'Date 1899-12-30 12:30:00');
    check(1, '1:30 PM', written('1:30 PM'), 'Date 1899-12-30 13:30:00');
    check(1, '3/4/2024 12:30', written('3/4/2024 12:30'), 'Date 2024-03-04 12:30:00');
    check(1, '13/45/2024 stays text', written('13/45/2024'), '13/45/2024');
    check(1, '1,00 stays text', written('1,00'), '1,00');
    // 2. A leading apostrophe keeps text.
    check(2, "'$5", written("'$5"), '$5');
    check(2, "''tis", written("''tis"), "'tis");
    // 3. Plain-text format keeps text.
    var plain = sheet.getRange('B1');
    plain.setNumberFormat('@');
    plain.setValue('$5');
    check(3, "'@' cell keeps $5", plain.getValue(), '$5');
    // 5. Sheet names are unique regardless of case.
    var message = '';
    try {
      ss.insertSheet('FAKE-CHECK');
    } catch (e) {
      message = String(e.message);
    }
    check(5, 'insertSheet in another case', message, 'A sheet with the name "FAKE-CHECK" already exists. Please enter another name.');
    // 6. getSheetByName and case.
    check(6, 'getSheetByName in another case finds nothing', ss.getSheetByName('FAKE-CHECK') === null, true);
    // 7. The lock: held by this execution, a second tryLock from the same script is not a second execution; log only.
    var lock = LockService.getDocumentLock();
    check(7, 'tryLock on a free lock', lock.tryLock(1000), true);
    lock.releaseLock();
    // 8. Negative shifts over mixed depths.
    sheet.getRange('3:6').shiftRowGroupDepth(1);
    sheet.getRange('4:5').shiftRowGroupDepth(1);
    sheet.getRange('2:7').shiftRowGroupDepth(-1);
    check(8, 'depths of rows 2..7 after -1', [2, 3, 4, 5, 6, 7].map(function (r) { return sheet.getRowGroupDepth(r); }), [0, 0, 1, 1, 0, 0]);
    // 9. Rows inserted below a grouped row join its group; above the first row of a group they stay out.
    sheet.getRange('10:12').shiftRowGroupDepth(1);
    sheet.insertRowsAfter(12, 1);
    check(9, 'row inserted after the last grouped row', sheet.getRowGroupDepth(13), 1);
    sheet.insertRowsBefore(10, 1);
    check(9, 'row inserted before the first grouped row', sheet.getRowGroupDepth(10), 0);
    // 10. Values of an empty sheet.
    var empty = ss.insertSheet('fake-check-empty');
    try {
      check(10, 'getDataRange of an empty sheet', empty.getDataRange().getA1Notation(), 'A1');
      var values = null;
      try {
        values = empty.getSheetValues(1, 1, -1, -1);
      } catch (e) {
        values = 'throws: ' + e.message;
      }
      check(10, 'getSheetValues(1, 1, -1, -1) of an empty sheet', values, []);
    } finally {
      ss.deleteSheet(empty);
    }
  } finally {
    ss.deleteSheet(sheet);
    Logger.log(results.join('\n'));
  }
}
