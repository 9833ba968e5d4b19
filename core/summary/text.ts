// Inert cell text lives with the document model (core/document/text.ts); kept for existing imports.
export * from '../document/text';
