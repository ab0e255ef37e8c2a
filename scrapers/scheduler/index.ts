export {
  computeNextFetchAfterFailure,
  computeNextFetchAfterSuccess,
  decideSourceRun,
  type RunDecision,
  type SkipReason,
} from './due.ts';
export { runWatchLoop, sleepUnlessAborted, type WatchLoopDeps } from './watch.ts';
