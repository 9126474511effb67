// Headers for every response of the site, whatever the path: the "/*" rule of _headers
// (headers-integration.ts) and what our own server (scripts/serve.mjs) sends on every answer,
// redirects and errors included. Plain JavaScript so that serve.mjs can use it without a build
// step.

/**
 * Powerful features no page uses. Denying them means a script that ever slipped in could not ask
 * a reader for their camera, location or devices, nor could a page it frames. Only features that
 * Chromium recognises (checked in Chromium 156): an unknown one ('battery', 'vr',
 * 'document-domain', 'ambient-light-sensor') logs a console warning on every page. Not
 * 'interest-cohort': FLoC is gone, 'browsing-topics' is its successor. Not 'clipboard-write': the
 * copy buttons (share link, embed code) use it.
 */
const DENIED_FEATURES = [
  'accelerometer',
  'browsing-topics',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'hid',
  'idle-detection',
  'local-fonts',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
];

export const PERMISSIONS_POLICY = DENIED_FEATURES.map((feature) => `${feature}=()`).join(', ');

/** @type {Readonly<Record<string, string>>} */
export const SITE_HEADERS = Object.freeze({
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': PERMISSIONS_POLICY,
});
