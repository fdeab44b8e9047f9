// Written by `npm run train:spans` (tests/bench/quotes-corpus/train-spans.ts): do not edit by hand.
import type { KindModel } from './quote-kind';

/** Weights in KIND_FEATURES order (L2 0.0003); a span scoring above the threshold is a quotation. */
export const QUOTE_KIND: KindModel = { threshold: 0, weights: [-3.05, 0.4, 1.47, 0.97, 0.95, -1.32, -2.13, 0.4, 0.67, -0.66, 1.27, 0.71, 1.13, -0.4, -0.45, -2.17, 1.61, 1.28, -1.44, 0.62, 0.17, -1.57, -0.25, -0.37, -0.77, 1.95, 2.57] };
