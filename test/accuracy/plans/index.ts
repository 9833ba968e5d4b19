// Every plan of the accuracy corpus, in order. scripts/accuracy-corpus.ts writes each one out.

import type { PlanBuilder } from '../build/plan';
import { build as p01 } from './p01-aarhus-statusfarver-med-forklaring';

export const PLANS: readonly (() => PlanBuilder)[] = [p01];
