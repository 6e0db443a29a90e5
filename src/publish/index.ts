// Public surface of the disclosure site.

export { publishSite, publishSiteFiles, type LogoFormat, type PublishOptions } from './publish-site.js';
export { renderPage, type Crumb, type PageSpec, type SiteFrame } from './layout.js';
export { relativeHref, sitePaths } from './paths.js';
