// Written by `npm run train:spans` (tests/bench/quotes-corpus/train-spans.ts): do not edit by hand.
import type { KindModel } from './quote-kind';

/** Weights in KIND_FEATURES order (L2 0.0003); a span scoring above the threshold is a quotation. */
export const QUOTE_KIND: KindModel = { threshold: -0.05, weights: [-3.01, 0.44, 1.42, 0.94, 0.92, -1.26, -2.18, 0.4, 0.75, -0.55, 1.31, 0.72, 1.13, -0.39, -0.46, -2.2, 1.52, 0.65, -1.42, 0.58, 0.2, -0.72, -0.31, -0.46, -0.77, 1.99, 2.55] };
