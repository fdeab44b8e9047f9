// Written by `npm run train:spans` (tests/bench/quotes-corpus/train-spans.ts): do not edit by hand.
import type { KindModel } from './quote-kind';

/** Weights in KIND_FEATURES order (L2 0.0003); a span scoring above the threshold is a quotation. */
export const QUOTE_KIND: KindModel = { threshold: -0.3, weights: [-3.54, 0.69, 1.29, 1.02, 1.08, -1.15, -2.16, 0.47, 0.26, -0.87, 1.23, 0.69, 1.53, -0.01, -0.44, -2.07, 1.42, 0.53, -1.38, 0.91, 0.34, -0.15, -0.46, -0.21, -0.66, 1.1, 2.66, -0.64, 1.58, 1.1, -1.31, 0.07, -0.46, 0, -0.57, -0.62, -0.4, -0.02, 0.82, 0.45, 0.19, -0.75, -0.97, -0.48, -0.68, 0.98, 0, -0.08, -0.85, -0.2, -1.3, 0.32, 0.71, -0.65, 1.1, 0, -0.54, -0.15] };
