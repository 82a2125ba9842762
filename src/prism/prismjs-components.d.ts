/** A prismjs grammar file: run for its effect on the global Prism, it exports nothing. */
declare module 'prismjs/components/*';
