// Firefox's manifest, made from the Chromium one (manifest.json) at build time: every difference between the two
// browsers' manifests is here. Usage: node tools/firefox_manifest.mjs manifest.json > dist-firefox/manifest.json
//
// - background: Firefox runs the same background.js as an event page (`scripts`, after the photo engine's glue),
//   not a service worker;
// - browser_specific_settings.gecko: a fixed add-on ID (what an enterprise policy names to install and configure
//   it), the oldest Firefox it is tested on, and the declaration that it collects no data at all;
// - Chromium-only keys are dropped (the key that fixes Chromium's extension ID, the minimum Chrome version, the
//   managed-storage schema Firefox does not read, `use_dynamic_url`).
import { readFileSync } from 'node:fs';

/** The add-on's ID in Firefox: `3rdparty.Extensions.<id>` in policies.json configures it. */
export const GECKO_ID = 'postguard@postguard-schools.org.uk';
/** The Firefox the tests run on (Debian's firefox-esr, tests/firefox/). */
export const STRICT_MIN_VERSION = '153.0';

export function firefoxManifest(chromium) {
  const { key, minimum_chrome_version, storage, background, ...manifest } = structuredClone(chromium);
  // The photo engine's glue first: the worker imports it itself (importScripts), a background page cannot.
  manifest.background = { scripts: ['photo/postguard_photo.js', background.service_worker] };
  manifest.web_accessible_resources = manifest.web_accessible_resources.map(({ use_dynamic_url, ...entry }) => entry);
  manifest.browser_specific_settings = {
    gecko: { id: GECKO_ID, strict_min_version: STRICT_MIN_VERSION, data_collection_permissions: { required: ['none'] } },
  };
  return manifest;
}

if (import.meta.main ?? process.argv[1] === new URL(import.meta.url).pathname) {
  process.stdout.write(`${JSON.stringify(firefoxManifest(JSON.parse(readFileSync(process.argv[2], 'utf8'))), null, 2)}\n`);
}
