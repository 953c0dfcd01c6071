// One autocannon run as a promise, for both load tests (the gateway's and the call index's).
import autocannon from 'autocannon'

export type CannonOptions = Parameters<typeof autocannon>[0]
export type CannonResult = Parameters<Parameters<typeof autocannon>[1]>[1]
/** Called with every response's size and latency (ms). */
type OnResponse = (client: unknown, status: number, resBytes: number, ms: number) => void

export function cannon(options: CannonOptions, onResponse?: OnResponse) {
  return new Promise<CannonResult>((resolve, reject) => {
    const instance = autocannon(options, (error, result) => (error ? reject(error) : resolve(result)))
    if (onResponse) instance.on('response', onResponse)
  })
}
