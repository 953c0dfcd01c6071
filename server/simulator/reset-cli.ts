import { loadConfig } from '../config'
import { createSimulator } from './index'
import { findExamples } from './examples'

/**
 * `npm run sim:reset`: reseeds the simulator database in DATA_DIR with the configured SIM_SEED,
 * SIM_SCALE, SIM_NOW and SIM_LEADPING_REVISION, then prints the counts and good demo examples.
 */
const config = loadConfig()
const simulator = createSimulator({ ...config.simulator, reset: true, live: false })
console.log(JSON.stringify(findExamples(simulator.context), null, 2))
simulator.close()
