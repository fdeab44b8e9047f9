// Written by `npm run train:spans` (tests/bench/quotes-corpus/train-spans.ts): do not edit by hand.
import type { KindModel } from './quote-kind';

/** Weights in KIND_FEATURES order (L2 0.001); a span scoring above the threshold is a quotation. */
export const QUOTE_KIND: KindModel = { threshold: 0.15, weights: [-3.1, 0.51, 1.36, 0.88, 0.8, -0.9, -1.66, 0.56, 0.32, 0, 0.88, 0.45, 0.68, -0.16, -0.48, -1.65, 0.79, 0.28, -0.93, 0.64, 0.27, 0.1, -0.29, -0.05, -0.48, 0.87, 1.95, -0.63, 1.08, -1.42, -1.2, -0.04, 1.24, 0.87, -0.58, 0.07, -0.03, 0, -0.57, -0.17, -0.05, 0.12, 0.89, 0.21, -0.66, -0.23, -0.75, -0.31, -0.67, 0.35, 0, -0.22, -0.59, 0.13, -0.35, 0.29, 0.28, 0.12, 0.87, 0, -0.7, 0.19, -1.42, -0.21, 0.02, 0.13] };
