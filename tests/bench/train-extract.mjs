// Launcher for the block-model trainer (tests/bench/train-extract.ts).
import { runBundled } from './lib/run-bundled.mjs';

await runBundled('tests/bench/train-extract.ts');
