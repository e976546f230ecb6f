/** The site's name, as the header, the feed, the citations and the structured data give it. */
export const SITE_NAME = 'Russia & ISIS: the arguments';
