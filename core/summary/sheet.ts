// The summary is written in the document model (core/document/model.ts); this name is kept for
// the modules that import it.
export * from '../document/model';
