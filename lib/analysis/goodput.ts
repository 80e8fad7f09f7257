// Goodput for the analysis layer: the formula lives in the import layer (lib/locust/goodput.ts),
// which must not import lib/analysis; it is re-exported here.
export { goodputRps, type GoodputInput } from '../locust/goodput';
