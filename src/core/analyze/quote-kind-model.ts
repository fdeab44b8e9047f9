// Written by `npm run train:spans` (tests/bench/quotes-corpus/train-spans.ts): do not edit by hand.
import type { KindModel } from './quote-kind';

/** Weights in KIND_FEATURES order (L2 0.001); a span scoring above the threshold is a quotation. */
export const QUOTE_KIND: KindModel = { threshold: 0, weights: [-2.98, 0.53, 1.26, 0.88, 0.94, -0.96, -1.64, 0.64, 0.34, -0.11, 0.77, 0.43, 0.74, -0.09, -0.47, -1.65, 0.87, 0.3, -0.94, 0.66, 0.29, 0.14, -0.23, -0.09, -0.49, 0.84, 1.94, -0.64, 1.14, -1.42, -1.18, -0.07, 0.84, -0.6, 0.16, -0.02, 0, -0.52, -0.18, -0.08, 0.05, 0.95, 0.27, -0.61, -0.24, -0.8, -0.32, -0.68, 0.32, 0, -0.22, -0.62, 0.13, -0.35, 0.27, 0.28, 0.12, 0.84, 0, -0.72, 0.18, -1.42, -0.22, 0.02] };
