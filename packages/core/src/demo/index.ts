/**
 * `@servicescore/core/demo` — a deterministic, realistic after-sales service dataset for stories,
 * docs and benchmarks, and {@link evaluateDemoInWorker}, which makes and evaluates it in a demo
 * worker of its own (so the production evaluation worker never carries the generator).
 * Independent of the main entry: it only shares the record types.
 */
export {
  type DemoEntry,
  demoCategories,
  demoCategoryLabel,
  demoChannels,
  demoIndustries,
  demoProducts,
  demoRegions,
} from './directory';
export { demoInstallers } from './installers';
export type { DemoOptions } from './options';
export { demoImprovementPlan } from './plan';
export {
  type DemoDataset,
  type DemoMeta,
  type DemoProgress,
  demoDatasetSteps,
  generateDemoDataset,
} from './generate';
export { evaluateDemoInWorker } from './evaluate-demo-in-worker';
