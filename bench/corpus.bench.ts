/**
 * The checker's accuracy on the corpus of real names (test/fixtures/corpus):
 * precision and recall per rule, and the mismatches. The test in
 * test/core/corpus.test.ts holds every rule to 0.97 or better.
 */
import { scoreCorpus, scoreTable } from '../test/fixtures/corpus/score';

export function run(report: (line: string) => void): void {
  const score = scoreCorpus();
  report(`${score.names} names and ${score.plans} plans`);
  report('');
  for (const line of scoreTable(score).split('\n')) report(line);
  report('');
  report(
    score.mismatches.length === 0 ? 'No mismatches.' : `Mismatches: ${score.mismatches.map((m) => `${m.rule} ${m.kind} ${JSON.stringify(m.text)}`).join('; ')}`,
  );
}
