// Goodput: successful requests per second. Locust's rps counts failed requests too, so capacity,
// scaling and efficiency are judged on goodput (see README "Goodput"). The formula lives in the
// import layer (lib/domain/locust/goodput.ts: the Run JSON carries goodputRps too, and lib/domain/locust must
// not import lib/domain/analysis); it is re-exported here.
export { goodputRps, type GoodputInput } from '../locust/goodput';
