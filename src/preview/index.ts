// Serving a published site on 127.0.0.1 to look at it before it goes to the portal.

export { contentTypeOf } from './content-types.js';
export { defaultPreviewPort, previewHost, startPreview, type PreviewOptions, type PreviewServer } from './serve.js';
