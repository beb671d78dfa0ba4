/** Prints the checker's precision and recall per rule on the corpus in test/fixtures/corpus (`npm run corpus`). */
import { scoreCorpus, scoreTable } from '../test/fixtures/corpus/score';

const score = scoreCorpus();
console.log(`${score.names} names and ${score.plans} plans\n`);
console.log(scoreTable(score));
console.log(
  score.mismatches.length === 0
    ? '\nNo mismatches.'
    : `\nMismatches:\n${score.mismatches.map((m) => `- ${m.rule} ${m.kind}: ${JSON.stringify(m.text)} (${m.source})`).join('\n')}`,
);
