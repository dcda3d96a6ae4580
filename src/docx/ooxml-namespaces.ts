/** Namespace, relationship-type and content-type URIs the writer uses. */

export const NS_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
export const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const NS_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
export const NS_CONTENT_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types";

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
export const REL_OFFICE_DOCUMENT = REL + "officeDocument";
export const REL_STYLES = REL + "styles";
export const REL_SETTINGS = REL + "settings";
export const REL_HEADER = REL + "header";
export const REL_FOOTER = REL + "footer";
export const REL_COMMENTS = REL + "comments";
export const REL_EXTENDED_PROPERTIES = REL + "extended-properties";
export const REL_CORE_PROPERTIES = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";

const WML = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
export const CT_DOCUMENT = WML + "document.main+xml";
export const CT_STYLES = WML + "styles+xml";
export const CT_SETTINGS = WML + "settings+xml";
export const CT_HEADER = WML + "header+xml";
export const CT_FOOTER = WML + "footer+xml";
export const CT_COMMENTS = WML + "comments+xml";
export const CT_RELATIONSHIPS = "application/vnd.openxmlformats-package.relationships+xml";
export const CT_CORE_PROPERTIES = "application/vnd.openxmlformats-package.core-properties+xml";
export const CT_EXTENDED_PROPERTIES = "application/vnd.openxmlformats-officedocument.extended-properties+xml";

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
