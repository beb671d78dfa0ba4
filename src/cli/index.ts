/** The command line's entry: runs `main` on the process's arguments and exits with its code. */
import { main } from './main';

main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // main turns every expected failure into a message and exit code 2; this is a bug, shown as one.
    process.stderr.write(`tracking-plan: unexpected error: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 2;
  },
);
