"use strict";
/**
 * Points a manifest written for the dev server at the production deployment, the way the Office
 * generator's webpack config does: every "https://localhost:3000/" becomes the production base URL,
 * and a bare "https://localhost:3000" (an AppDomain) becomes the production origin.
 */

const DEV_URL = "https://localhost:3000/";

/** @param {string} prodUrl absolute https URL of the folder that serves taskpane.html */
function normalizeBaseUrl(prodUrl) {
  const url = new URL(prodUrl);
  if (url.protocol !== "https:") throw new Error(`production URL must use https: ${prodUrl}`);
  if (url.search || url.hash) throw new Error(`production URL must not have a query or fragment: ${prodUrl}`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

function rewriteManifestUrls(xmlText, prodUrl) {
  const base = normalizeBaseUrl(prodUrl);
  if (base === DEV_URL) return xmlText;
  const origin = new URL(base).origin;
  const devOrigin = DEV_URL.slice(0, -1);
  return xmlText.split(DEV_URL).join(base).split(devOrigin).join(origin);
}

module.exports = { DEV_URL, rewriteManifestUrls, normalizeBaseUrl };
