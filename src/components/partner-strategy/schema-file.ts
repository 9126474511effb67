// Where the schema's file is served and the widths it is laid out for.

/** The downloadable schema, a path inside the site (see src/pages/figuren/schema.svg.ts). */
export const SCHEMA_FILE = 'figuren/schema.svg';

/** On the page: the width of a 375 px phone's text column, so its text is 12 px or more there. */
export const SCHEMA_PAGE_WIDTH = 340;

/** The file: wide enough for a slide, with room for its title. */
export const SCHEMA_FILE_WIDTH = 640;
