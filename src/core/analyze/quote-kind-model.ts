// Written by `npm run train:spans` (tests/bench/quotes-corpus/train-spans.ts): do not edit by hand.
import type { KindModel } from './quote-kind';

/** Weights in KIND_FEATURES order (L2 0.0003); a span scoring above the threshold is a quotation. */
export const QUOTE_KIND: KindModel = { threshold: -0.05, weights: [-2.63, 0.43, 1.31, 0.89, 0.98, -1.32, -2.1, 0.62, 0.41, -0.6, 1.31, 0.71, 1.41, -0.38, -0.48, -2.11, 1.55, 0.57, -1.51, 0.62, 0.2, -0.6, -0.26, -0.46, -0.7, 1.97, 3, -0.88] };
