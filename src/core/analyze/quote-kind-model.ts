// Written by `npm run train:spans` (tests/bench/quotes-corpus/train-spans.ts): do not edit by hand.
import type { KindModel } from './quote-kind';

/** Weights in KIND_FEATURES order (L2 0.0003); a span scoring above the threshold is a quotation. */
export const QUOTE_KIND: KindModel = { threshold: 0.05, weights: [-2.61, 0.4, 1.29, 0.92, 0.98, -1.33, -2.12, 0.6, 0.42, -0.65, 1.31, 0.74, 1.4, -0.37, -0.53, -2.14, 1.57, 0.6, -1.53, 0.67, 0.2, -0.63, -0.25, -0.34, -0.77, 2.03, 3.01, -0.83] };
