// Makes sure a Chromium exists for the browser tests, installing Debian's package when it can.
import { findChromium } from './chromium.mjs'
import { ensureDebianPackage } from './ensure-debian-package.mjs'

ensureDebianPackage({
  what: 'Chromium for browser tests',
  pkg: 'chromium',
  find: findChromium,
  envVar: 'CHROMIUM_PATH',
  envHint: 'its binary',
})
