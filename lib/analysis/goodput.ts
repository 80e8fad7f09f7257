// Goodput: successful requests per second. Locust's rps counts failed requests too, so capacity,
// scaling and efficiency are judged on goodput (see README "Goodput"). The formula lives in the
// import layer (lib/locust/goodput.ts: the Run JSON carries goodputRps too, and lib/locust must
// not import lib/analysis); it is re-exported here.
export { goodputRps, type GoodputInput } from '../locust/goodput';
