import { publicOrigin } from '../http/public-origin'

/** A JSON string that begins with a link to the simulator's media on some host: `"http://0.0.0.0:8080/sim-media/`. */
const SIM_MEDIA_LINK = /"https?:\/\/[^/"\\\s]+\/sim-media\//g

/**
 * The simulator writes recording links for the host that asked: for the sync that is the bound address
 * (HOST:PORT, e.g. 0.0.0.0:8080), for its webhooks 127.0.0.1. A browser reaches us by another name, and
 * our CSP (media-src 'self' https:) refuses media from another origin: e2e/access-control.spec.ts, on a
 * server bound to 0.0.0.0, logged that violation once list rows gained a play button. So as an answer
 * leaves the index, links to /sim-media/ point at the origin the browser used. Only with simulated
 * providers: /sim-media/ is the simulator's and nobody else's.
 */
export function simulatorMediaLinks(enabled: boolean): (json: string, request: Request) => string {
  if (!enabled) return (json) => json
  return (json, request) => {
    const { proto, host } = publicOrigin(request.headers, request.url)
    return json.replace(SIM_MEDIA_LINK, `"${proto}://${host}/sim-media/`)
  }
}
