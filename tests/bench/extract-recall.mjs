// Launcher for the recall-loss report (tests/bench/extract-recall.ts).
import { runBundled } from './lib/run-bundled.mjs';

await runBundled('tests/bench/extract-recall.ts');
