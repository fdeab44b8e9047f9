// Written by `npm run train:spans` (tests/bench/quotes-corpus/train-spans.ts): do not edit by hand.
import type { KindModel } from './quote-kind';

/** Weights in KIND_FEATURES order (L2 0.001); a span scoring above the threshold is a quotation. */
export const QUOTE_KIND: KindModel = { threshold: 0.1, weights: [-3.11, 0.5, 1.36, 0.89, 0.79, -0.89, -1.66, 0.57, 0.32, 0.01, 0.87, 0.45, 0.68, -0.14, -0.5, -1.65, 0.78, 0.28, -0.93, 0.64, 0.27, 0.1, -0.32, -0.05, -0.47, 0.88, 1.95, -0.63, 1.06, -1.42, -1.2, -0.06, 1.18, 0.88, -0.58, 0.07, -0.03, 0, -0.58, -0.17, -0.05, 0.12, 0.88, 0.22, -0.66, -0.23, -0.76, -0.29, -0.67, 0.35, 0, -0.22, -0.59, 0.13, -0.35, 0.3, 0.28, 0.11, 0.88, 0, -0.7, 0.21, -1.42, -0.21, 0.03, 0.14] };
