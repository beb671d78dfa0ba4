/**
 * Writes docs/rules.md from the rule registry (`npm run docs`). With
 * `--check`, exits 1 when the file on disk is out of date instead.
 */
import { readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { renderRulesMarkdown } from '../src/core/rule-docs';
import { REGISTRY } from '../src/core/rules';

const target = join(__dirname, '..', 'docs', 'rules.md');
const text = renderRulesMarkdown(REGISTRY);
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // A missing file is out of date.
  }
  if (current !== text) {
    console.error('docs/rules.md is out of date: run npm run docs');
    process.exit(1);
  }
} else {
  writeFileSync(target, text);
  console.log(`Wrote docs/rules.md (${REGISTRY.length} rules)`);
}
