/** `/calls` (lazy route): the calls page lives in src/features/calls. */
export { CallsPage as Component } from '../../features/calls/calls-page'
